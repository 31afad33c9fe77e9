import './supervision.css';
import { Button, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { PagedTable } from '../shared/PagedTable';
import { FilterSelect } from '../shared/FilterSelect';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDate } from '../cases/shared/format';
import { useDepartments, useNames } from '../cases/shared/useCaseData';
import { ORDER_LIGHTS, ORDER_STATUSES, type OrderLight, type OrderStatus } from '../../shared/supervision/supervision.enums';
import type { OrderItemWire } from '../../shared/supervision/supervision.wire';
import { OrderDrawer } from './OrderDrawer';
import { OrderLightBadge } from './OrderLightBadge';
import { listOrders } from './supervisionApi';

const PAGE_SIZE = 20;

/**
 * A page of supervision orders from `GET /api/v1/supervision/orders` (scoped by the server to the
 * caller: a supervisor's region, a department's orders, those escalated to a leader), unfinished
 * and most escalated first, with status and light filters; a row opens the order in a drawer.
 */
export function OrdersTable({
  label,
  emptyText,
  escalated,
  refreshKey = 0,
  focusId = null,
}: {
  label: string;
  emptyText: string;
  escalated?: boolean;
  refreshKey?: number;
  /** An order to open at once (a message's link, `?order=<id>`). */
  focusId?: string | null;
}) {
  const t = useT();
  const [status, setStatus] = useState<OrderStatus | undefined>();
  const [light, setLight] = useState<OrderLight | undefined>();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    if (focusId) setOpenId(focusId);
  }, [focusId]);
  const names = useNames(null, useDepartments());
  const load = useApiQuery(
    (signal) => listOrders({ status, light, page, pageSize: PAGE_SIZE, ...(escalated ? { escalated: 'true' as const } : {}) }, signal),
    [status, light, page, escalated, refresh, refreshKey],
  );

  const columns: TableColumnsType<OrderItemWire> = [
    {
      key: 'orderNo',
      title: t('supervision.order.no'),
      render: (_v, o) => (
        <Button type="link" className="tb-mono tb-link-button" onClick={() => setOpenId(o.id)}>
          {o.orderNo}
        </Button>
      ),
    },
    { key: 'subject', title: t('supervision.order.subject'), render: (_v, o) => `${t(`supervision.kind.${o.subjectKind}`)} ${o.subjectLabel}` },
    { key: 'problem', title: t('supervision.order.problem'), render: (_v, o) => o.problem },
    { key: 'department', title: t('supervision.order.department'), render: (_v, o) => names.department(o.departmentCode) },
    { key: 'status', title: t('supervision.order.status'), render: (_v, o) => t(`supervision.status.${o.status}`) },
    { key: 'light', title: t('supervision.order.light'), render: (_v, o) => <OrderLightBadge light={o.light} /> },
    { key: 'level', title: t('supervision.order.escalation'), render: (_v, o) => t(`supervision.level.${o.escalationLevel}`) },
    { key: 'due', title: t('supervision.order.due'), render: (_v, o) => formatDate(o.dueAt) },
  ];

  return (
    <div className="tb-case-table">
      <div className="tb-case-filters" role="group">
        <FilterSelect
          label={t('supervision.order.status')}
          placeholder={t('supervision.filter.allStatuses')}
          value={status}
          values={ORDER_STATUSES}
          labelOf={(v) => t(`supervision.status.${v}`)}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
        <FilterSelect
          label={t('supervision.order.light')}
          placeholder={t('supervision.filter.allLights')}
          value={light}
          values={ORDER_LIGHTS}
          labelOf={(v) => t(`supervision.light.${v}`)}
          onChange={(v) => {
            setLight(v);
            setPage(1);
          }}
        />
      </div>
      <PagedTable<OrderItemWire>
        label={label}
        columns={columns}
        load={load}
        errorTitle={t('supervision.loadError')}
        emptyText={emptyText}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
      <OrderDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => setRefresh((n) => n + 1)} departmentName={names.department} />
    </div>
  );
}
