import { Empty, Table, type TableColumnsType } from 'antd';
import { ErrorAlert } from './ErrorAlert';
import type { Query } from './useApiQuery';

/** A page of a work queue as the API answers it. */
interface Page<T> {
  items: T[];
  total: number;
}

interface Props<T> {
  /** The table's accessible name. */
  label: string;
  columns: TableColumnsType<T>;
  load: Query<Page<T>>;
  errorTitle: string;
  emptyText: string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** The pager's "N in all" text, when the queue shows one. */
  showTotal?: (total: number) => string;
  /**
   * A table with no link or button in its rows scrolls sideways inside a focusable region, so it
   * can be scrolled from the keyboard too (WCAG 2.1.1); rows with controls already take focus.
   */
  plainRows?: boolean;
}

/**
 * A work queue's table (cases, rectifications, supervision orders): the error with a retry, the
 * rows with a spinner while a page loads, the empty state, and a pager only when there is more
 * than one page.
 */
export function PagedTable<T extends { id: string }>({ label, columns, load, errorTitle, emptyText, page, pageSize, onPage, showTotal, plainRows }: Props<T>) {
  if (load.status === 'error') return <ErrorAlert error={load.error} title={errorTitle} onRetry={load.reload} />;
  const table = (
    <Table<T>
      aria-label={label}
      rowKey="id"
      size="middle"
      columns={columns}
      loading={load.status === 'loading' || load.pending}
      dataSource={load.status === 'done' ? load.data.items : []}
      locale={{ emptyText: load.status === 'loading' ? ' ' : <Empty description={emptyText} /> }}
      scroll={plainRows ? undefined : { x: 'max-content' }}
      pagination={
        load.status === 'done' && load.data.total > pageSize
          ? { current: page, pageSize, total: load.data.total, showSizeChanger: false, onChange: onPage, showTotal }
          : false
      }
    />
  );
  return plainRows ? (
    <div className="tb-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {table}
    </div>
  ) : (
    table
  );
}
