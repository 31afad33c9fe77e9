import { Empty } from 'antd';
import { useT } from '../i18n/I18nProvider';

/** Stand-in for a feature another release will build: "该功能建设中 / Not available yet". */
export function NotAvailable() {
  const t = useT();
  return (
    <Empty
      className="tb-empty"
      description={
        <>
          <strong className="tb-empty-title">{t('placeholder.title')}</strong>
          <span className="tb-empty-hint">{t('placeholder.desc')}</span>
        </>
      }
    />
  );
}
