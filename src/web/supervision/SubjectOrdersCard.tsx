import './supervision.css';
import { App, Button, Card, Empty, List } from 'antd';
import { useState } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../i18n/I18nProvider';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDate } from '../cases/shared/format';
import { useDepartments, useNames } from '../cases/shared/useCaseData';
import type { OrderSubjectKind } from '../../shared/supervision/supervision.enums';
import { CreateOrderDrawer } from './CreateOrderDrawer';
import { OrderDrawer } from './OrderDrawer';
import { OrderLightBadge } from './OrderLightBadge';
import { listOrders } from './supervisionApi';

/**
 * The supervision orders on a case or a ticket, on its page (docs/decisions.md D14): read through
 * the supervision API, scoped to the viewer, so the case and ticket modules know nothing of orders.
 * A supervisor (or the 12345 centre, on a ticket) opens a new order from here with the 督办 button.
 */
export function SubjectOrdersCard({ kind, subjectId, label }: { kind: Extract<OrderSubjectKind, 'case' | 'ticket'>; subjectId: string; label: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { me } = useAuth();
  const roles = me?.roles ?? [];
  const staff = roles.some((r) =>
    ['supervisor', 'dispatcher', 'hotline_agent', 'reviewer', 'approver', 'dept_handler', 'dept_head', 'city_leader'].includes(r),
  );
  const mayOpen = roles.includes('supervisor') || (kind === 'ticket' && roles.includes('hotline_agent'));
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const names = useNames(null, useDepartments());
  const load = useApiQuery(staff ? (signal: AbortSignal) => listOrders({ subjectId, page: 1, pageSize: 20 }, signal) : null, [subjectId, refresh, staff]);
  if (!staff) return null;
  const items = load.status === 'done' ? load.data.items : [];
  return (
    <Card
      size="small"
      className="tb-case-card tb-order-card"
      title={<h2 className="tb-card-title">{t('supervision.subject.title')}</h2>}
      extra={
        mayOpen && (
          <Button size="small" type="primary" onClick={() => setCreating(true)}>
            {t('supervision.subject.open')}
          </Button>
        )
      }
    >
      {load.status === 'done' && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.subject.empty')} />
      ) : (
        <List
          size="small"
          loading={load.status === 'loading'}
          dataSource={items}
          renderItem={(o) => (
            <List.Item key={o.id}>
              <Button type="link" className="tb-mono tb-link-button" onClick={() => setOpenId(o.id)}>
                {o.orderNo}
              </Button>
              <span>{t(`supervision.status.${o.status}`)}</span>
              <OrderLightBadge light={o.light} />
              <span>{t('supervision.subject.due', { date: formatDate(o.dueAt) })}</span>
              {o.escalationLevel > 0 && <span>{t(`supervision.level.${o.escalationLevel}`)}</span>}
              <span className="tb-order-note">{o.problem}</span>
            </List.Item>
          )}
        />
      )}
      <OrderDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => setRefresh((n) => n + 1)} departmentName={names.department} />
      <CreateOrderDrawer
        open={creating}
        preset={{ kind, id: subjectId, label }}
        onClose={() => setCreating(false)}
        onCreated={(ref) => {
          setCreating(false);
          setRefresh((n) => n + 1);
          void message.success(t('supervision.create.done', { no: ref.orderNo }));
        }}
      />
    </Card>
  );
}
