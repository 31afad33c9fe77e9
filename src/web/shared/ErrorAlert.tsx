import { Alert, Button } from 'antd';
import { useT } from '../i18n/I18nProvider';
import type { ApiError } from './api';

/** The server's message for a failed call, its request id in small print, and an optional retry. */
export function ErrorAlert({ error, title, onRetry }: { error: ApiError; title?: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? error.message}
      description={
        <>
          {title && <div>{error.message}</div>}
          {error.requestId && <RequestId id={error.requestId} />}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

/** The request id a user can read out to support. */
export function RequestId({ id }: { id: string }) {
  const t = useT();
  return <small className="tb-request-id">{t('common.requestId', { id })}</small>;
}
