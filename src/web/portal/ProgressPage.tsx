import { Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { NotAvailable } from '../shared/NotAvailable';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** Public progress query by application number; the cases module will fill it in. */
export function ProgressPage() {
  const t = useT();
  useDocumentTitle(t('progress.title'));
  return (
    <div className="tb-container tb-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('progress.title')}
      </Typography.Title>
      <NotAvailable />
    </div>
  );
}
