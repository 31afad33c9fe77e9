import { Drawer, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { useApiQuery } from './useApiQuery';

/**
 * One record of a work queue in a drawer (a rectification, a supervision order): loads it by id,
 * shows a skeleton while it loads and the error with a retry, and hands the body a `changed`
 * callback that reloads the record and tells the queue behind it.
 */
export function RecordDrawer<T>({
  id,
  fetch,
  title,
  errorTitle,
  onClose,
  onChanged,
  children,
}: {
  id: string | null;
  fetch: (id: string, signal: AbortSignal) => Promise<T>;
  /** The drawer's title: with the record once it has come, without it before. */
  title: (record: T | null) => string;
  errorTitle: string;
  onClose: () => void;
  onChanged: () => void;
  children: (record: T, changed: () => void) => ReactNode;
}) {
  const load = useApiQuery(id ? (signal: AbortSignal) => fetch(id, signal) : null, [id]);
  const record = load.status === 'done' && id ? load.data : null;
  return (
    <Drawer open={!!id} onClose={onClose} size="large" title={title(record)} destroyOnHidden>
      {id && load.status === 'loading' && <Skeleton active paragraph={{ rows: 6 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={errorTitle} onRetry={load.reload} />}
      {record &&
        children(record, () => {
          load.reload();
          onChanged();
        })}
    </Drawer>
  );
}
