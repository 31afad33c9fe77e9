import { Alert, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { DepartmentLoad } from '../office/DepartmentLoad';
import { CaseTable } from '../shared/CaseTable';
import { BOARD_STATUSES } from '../../../shared/cases/board.enums';
import { readDrillFilters } from './drillDown';
import './board.css';

/** Accepted and not yet decided: the cases whose time limits are running (or paused). */
const MONITORED = BOARD_STATUSES;

/**
 * `/supervision/efficiency` (效能监察): every case of the supervisor's region whose limits run, most
 * urgent first, filterable by light and item, with the open work per department (lights and
 * special procedures past their own limit); each case opens with its four lines and timeline.
 * `?department=|region=|item=|acceptedBy=&light=` (the live board's drill-down) starts the table
 * filtered by that key and light.
 */
export function EfficiencyPage() {
  const t = useT();
  const [params] = useSearchParams();
  const f = readDrillFilters(params);
  const scope = f.scope;
  const key = f.department ?? f.region ?? f.acceptedBy ?? f.item;
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('nav.supervision.efficiency')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.supervision.lead')}</p>
      {scope && (
        <Alert
          type="info"
          showIcon
          className="tb-drill-filter"
          message={t('cases.supervision.drill', { scope: t(`cases.board.cut.${scope}`), name: f.name ?? key ?? '' })}
          action={
            <span className="tb-drill-actions">
              <Link to="/supervision/board">{t('cases.supervision.backToBoard')}</Link>
              <Link to="/supervision/efficiency">{t('cases.supervision.clearFilter')}</Link>
            </span>
          }
        />
      )}
      {!scope && <DepartmentLoad refreshKey={0} />}
      <CaseTable
        // A new drill-down (another bar) starts the table afresh with its filters.
        key={params.toString()}
        statuses={MONITORED}
        label={t('cases.supervision.tableTitle')}
        emptyText={t('cases.supervision.empty')}
        linkTo={(c) => `/supervision/cases/${c.id}`}
        query={{ department: f.department, region: f.region, acceptedBy: f.acceptedBy }}
        initial={{ light: f.light, item: f.item }}
      />
    </div>
  );
}
