import { PhoneFilled } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { PublicHotline, type PublicChannel } from './PublicHotline';
import './hotline.css';

/**
 * `/m/12345`: the mobile page (WeChat official account / city app channel). A slim frame of its
 * own, one column, large touch targets; `?channel=app` when opened from the app.
 */
export function MobileHotlinePage() {
  const t = useT();
  const [params] = useSearchParams();
  const channel: PublicChannel = params.get('channel') === 'app' ? 'app' : 'wechat';
  useDocumentTitle(t('hotline.mobile.title'));
  return (
    <div className="tb-hl-mobile">
      <SkipLink />
      <header className="tb-hl-mobile-bar tb-header">
        <Link to="/" className="tb-hl-mobile-brand">
          <span className="tb-hl-mobile-badge" aria-hidden="true">
            <PhoneFilled />
          </span>
          <span>{t('hotline.mobile.brand')}</span>
        </Link>
        <LanguageSwitch onDark />
      </header>
      <main id="main-content" tabIndex={-1} className="tb-hl-mobile-main">
        <h1 className="tb-hl-mobile-title">{t('hotline.mobile.title')}</h1>
        <p className="tb-hl-mobile-lead">{t('hotline.mobile.lead')}</p>
        <a className="tb-hl-mobile-call" href="tel:12345">
          <PhoneFilled aria-hidden="true" /> {t('hotline.mobile.call')}
        </a>
        <div className="tb-hl-mobile-card">
          <PublicHotline channel={channel} compact />
        </div>
      </main>
      <footer className="tb-hl-mobile-footer">{t('app.footer')}</footer>
    </div>
  );
}
