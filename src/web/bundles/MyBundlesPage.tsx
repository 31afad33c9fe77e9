import { AppstoreAddOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { LinkButton } from '../portal/LinkButton';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { BundleCaseTable } from './BundleCaseTable';
import './bundles.css';

/** `/portal/me/bundles` (我的一件事): the applicant's bundle applications, each opening its 开办进度. */
export function MyBundlesPage() {
  const t = useT();
  useDocumentTitle(t('bundles.mine.title'));
  return (
    <div className="tb-list-page">
      <div className="tb-page-head">
        <Typography.Title level={1} className="tb-page-title">
          {t('bundles.mine.title')}
        </Typography.Title>
        <LinkButton to="/bundles" type="primary" size="middle" icon={<AppstoreAddOutlined aria-hidden="true" />}>
          {t('bundles.mine.start')}
        </LinkButton>
      </div>
      <p className="tb-lead">{t('bundles.mine.lead')}</p>
      <BundleCaseTable label={t('bundles.mine.title')} linkTo={(id) => `/portal/me/bundles/${id}`} showApplicant={false} emptyText={t('bundles.mine.empty')} />
    </div>
  );
}
