import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { localName } from '../cases/shared/format';
import { getBundle } from './bundlesApi';
import { BundleWizard } from './BundleWizard';
import './bundles.css';

/**
 * `/portal/me/bundles/apply/:code`: a citizen or enterprise applies online for a bundle in one
 * guided application (signed-out visitors sign in first and come back here).
 */
export function BundleApplyPage() {
  const t = useT();
  const { lang } = useLang();
  const { me } = useAuth();
  const { code = '' } = useParams();
  const load = useApiQuery((signal) => getBundle(code, signal), [code]);
  const guide = load.status === 'done' ? load.data : null;
  const name = guide ? localName(lang, guide.name, guide.nameEn) : '';
  const title = guide ? t('bundles.apply.titleFor', { name }) : t('bundles.apply.title');
  useDocumentTitle(title);
  const role = me?.roles.includes('enterprise') ? 'enterprise' : me?.roles.includes('citizen') ? 'citizen' : null;
  const forYou = !guide || (role !== null && guide.audience.includes(role));

  return (
    <div className="tb-apply tb-bundle-apply">
      <Link to={`/bundles/${encodeURIComponent(code)}`} className="tb-case-back">
        <ArrowLeftOutlined aria-hidden="true" /> {t('bundles.apply.backToGuide')}
      </Link>
      <Typography.Title level={1} className="tb-page-title">
        {title}
      </Typography.Title>
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 8 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('bundles.apply.loadError')} onRetry={load.reload} />}
      {guide && !forYou && <Alert type="warning" showIcon title={t('bundles.apply.notForYou')} description={t('cases.apply.goToWindow')} />}
      {guide && forYou && <BundleWizard key={guide.code} guide={guide} walkIn={false} progressPath={(id) => `/portal/me/bundles/${id}`} />}
    </div>
  );
}
