import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';

/** True for the 409 a stale version gets (someone else changed the case meanwhile). */
export function isVersionConflict(error: ApiError): boolean {
  return error.status === 409 && error.code === 'VERSION_CONFLICT';
}

/**
 * A failed action: a version conflict says plainly that the case changed under the user and offers
 * to reload it; any other error shows the server's message.
 */
export function ActionError({ error, onReload }: { error: ApiError; onReload: () => void }) {
  const t = useT();
  if (!isVersionConflict(error)) return <ErrorAlert error={error} />;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="tb-conflict"
      title={t('cases.conflict.title')}
      description={t('cases.conflict.body')}
      action={
        <Button size="small" type="primary" icon={<ReloadOutlined />} onClick={onReload}>
          {t('cases.conflict.reload')}
        </Button>
      }
    />
  );
}
