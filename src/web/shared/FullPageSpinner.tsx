import { Spin } from 'antd';
import { useT } from '../i18n/I18nProvider';

/** Shown while the session is being checked; announced to screen readers as "loading". */
export function FullPageSpinner() {
  const t = useT();
  return (
    <div className="tb-full-page-spinner" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="tb-visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
