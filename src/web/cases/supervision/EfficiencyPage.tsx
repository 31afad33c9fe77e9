import { Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { DepartmentLoad } from '../office/DepartmentLoad';
import { CaseTable } from '../shared/CaseTable';
import type { CaseStatus } from '../../../shared/cases/cases.enums';

/** Accepted and not yet decided: the cases whose time limits are running (or paused). */
const MONITORED: readonly CaseStatus[] = ['accepted', 'routed', 'reviewed', 'special_procedure', 'correction_requested'];

/**
 * `/supervision/efficiency` (效能监察): every case of the supervisor's region whose limits run, most
 * urgent first, filterable by light and item, with the open work per department (lights and
 * special procedures past their own limit); each case opens with its four lines and timeline.
 */
export function EfficiencyPage() {
  const t = useT();
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('nav.supervision.efficiency')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.supervision.lead')}</p>
      <DepartmentLoad refreshKey={0} />
      <CaseTable
        statuses={MONITORED}
        label={t('cases.supervision.tableTitle')}
        emptyText={t('cases.supervision.empty')}
        linkTo={(c) => `/supervision/cases/${c.id}`}
      />
    </div>
  );
}
