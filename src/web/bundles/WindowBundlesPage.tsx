import { FormOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { LinkButton } from '../portal/LinkButton';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { BundleCaseTable } from './BundleCaseTable';
import './bundles.css';

/** `/window/bundles` (一件事受理): the region's bundle cases by status, and a new one for a walk-in applicant. */
export function WindowBundlesPage() {
  const t = useT();
  useDocumentTitle(t('bundles.window.title'));
  return (
    <div className="tb-list-page">
      <div className="tb-page-head">
        <Typography.Title level={1} className="tb-page-title">
          {t('bundles.window.title')}
        </Typography.Title>
        <LinkButton to="/window/bundles/new" type="primary" size="middle" icon={<FormOutlined aria-hidden="true" />}>
          {t('bundles.window.new')}
        </LinkButton>
      </div>
      <p className="tb-lead">{t('bundles.window.lead')}</p>
      <BundleCaseTable label={t('bundles.window.title')} linkTo={(id) => `/window/bundles/${id}`} showApplicant emptyText={t('bundles.window.empty')} />
    </div>
  );
}
