import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../i18n/I18nProvider';
import { CreateOrderDrawer } from './CreateOrderDrawer';
import { OrdersTable } from './OrdersTable';

/**
 * The 督办 lists of every workbench (docs/domain.md S25): `/supervision/orders` (a supervisor opens
 * and reviews orders), `/office/orders` and `/hotline/orders` (a department answers; the 12345
 * centre opens orders on tickets), `/leadership/orders` (those escalated to the department head
 * or the city leadership). The server scopes the list to the caller.
 */
function OrdersPage({ variant }: { variant: 'supervision' | 'department' | 'leadership' }) {
  const t = useT();
  const { message } = App.useApp();
  const { me } = useAuth();
  const [params] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  const roles = me?.roles ?? [];
  const mayOpen = roles.includes('supervisor') || roles.includes('hotline_agent');
  const kinds = roles.includes('supervisor') ? undefined : (['ticket'] as const);
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t(`supervision.page.${variant}.title`)}
      </Typography.Title>
      <p className="tb-lead">{t(`supervision.page.${variant}.lead`)}</p>
      {mayOpen && variant !== 'leadership' && (
        <div className="tb-order-toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('supervision.create.button')}
          </Button>
        </div>
      )}
      <OrdersTable
        label={t(`supervision.page.${variant}.title`)}
        emptyText={t(`supervision.page.${variant}.empty`)}
        escalated={variant === 'leadership'}
        refreshKey={refreshKey}
        focusId={params.get('order')}
      />
      <CreateOrderDrawer
        open={creating}
        kinds={kinds}
        onClose={() => setCreating(false)}
        onCreated={(ref) => {
          setCreating(false);
          setRefreshKey((n) => n + 1);
          void message.success(t('supervision.create.done', { no: ref.orderNo }));
        }}
      />
    </div>
  );
}

/** `/supervision/orders`. */
export function SupervisionOrdersPage() {
  return <OrdersPage variant="supervision" />;
}

/** `/office/orders` and `/hotline/orders` (督办件). */
export function DepartmentOrdersPage() {
  return <OrdersPage variant="department" />;
}

/** `/leadership/orders` (领导督办). */
export function LeadershipOrdersPage() {
  return <OrdersPage variant="leadership" />;
}
