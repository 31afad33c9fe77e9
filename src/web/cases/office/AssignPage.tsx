import { Alert, Button, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { ActionDialog } from '../shared/ActionDialog';
import { CaseTable } from '../shared/CaseTable';
import type { CaseStatus } from '../../../shared/cases/cases.enums';
import type { CaseListItem } from '../../../shared/cases/cases.wire';
import { useCaseData } from '../shared/useCaseData';
import { DepartmentLoad } from './DepartmentLoad';

const TO_ROUTE: readonly CaseStatus[] = ['accepted'];
const ROUTED: readonly CaseStatus[] = ['routed', 'reviewed'];

/**
 * `/office/assign` (中台分办): accepted cases to route to their department(s) — the item's own and
 * joint departments preselected (会签) — routed cases to reassign, and the load per department.
 */
export function AssignPage() {
  const t = useT();
  const { me } = useAuth();
  const [target, setTarget] = useState<{ id: string; action: 'route' | 'reassign' } | null>(null);
  const [refresh, setRefresh] = useState(0);
  const isDispatcher = me?.roles.includes('dispatcher');

  const button = (action: 'route' | 'reassign') => ({
    title: t('cases.assign.column'),
    render: (c: CaseListItem) => (
      <Button
        size="small"
        type={action === 'route' ? 'primary' : 'default'}
        onClick={() => setTarget({ id: c.id, action })}
        aria-label={t(`cases.assign.${action}For`, { caseNo: c.caseNo ?? '' })}
      >
        {t(`cases.action.${action}`)}
      </Button>
    ),
  });

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('cases.assign.title')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.assign.lead')}</p>
      {!isDispatcher ? (
        <Alert type="info" showIcon title={t('cases.assign.dispatcherOnly')} />
      ) : (
        <>
          <Tabs
            items={[
              {
                key: 'route',
                label: t('cases.assign.tabToRoute'),
                children: (
                  <CaseTable
                    statuses={TO_ROUTE}
                    label={t('cases.assign.tabToRoute')}
                    emptyText={t('cases.assign.emptyToRoute')}
                    linkTo={(c) => `/office/cases/${c.id}`}
                    refreshKey={refresh}
                    action={button('route')}
                  />
                ),
              },
              {
                key: 'routed',
                label: t('cases.assign.tabRouted'),
                children: (
                  <CaseTable
                    statuses={ROUTED}
                    label={t('cases.assign.tabRouted')}
                    emptyText={t('cases.assign.emptyRouted')}
                    linkTo={(c) => `/office/cases/${c.id}`}
                    refreshKey={refresh}
                    action={button('reassign')}
                  />
                ),
              },
            ]}
          />
          <DepartmentLoad refreshKey={refresh} />
        </>
      )}
      {target && (
        <RouteLauncher
          id={target.id}
          action={target.action}
          onClose={() => setTarget(null)}
          onDone={() => {
            setTarget(null);
            setRefresh((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}

/** Loads the case and its item (for the default departments), then opens the route/reassign dialog. */
function RouteLauncher({ id, action, onClose, onDone }: { id: string; action: 'route' | 'reassign'; onClose: () => void; onDone: () => void }) {
  const { load, guide, guideLoading, departments, names, reload } = useCaseData(id);
  if (load.status === 'loading' || guideLoading) return <Spin className="tb-launcher-spin" />;
  if (load.status === 'error') return <ErrorAlert error={load.error} onRetry={reload} />;
  return (
    <ActionDialog
      action={action}
      detail={load.data}
      guide={guide}
      departments={departments}
      names={names}
      onClose={onClose}
      onDone={onDone}
      onReload={onDone}
    />
  );
}
