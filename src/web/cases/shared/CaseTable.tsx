import { type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import { PagedTable } from '../../shared/PagedTable';
import { FilterSelect } from '../../shared/FilterSelect';
import { useApiQuery } from '../../shared/useApiQuery';
import { listCases } from './casesApi';
import { formatDate, formatPlainDate } from './format';
import { ItemPicker } from './ItemPicker';
import { LightBadge, StatusTag } from './StatusTag';
import { CASE_LIGHTS as LIGHTS, type CaseLight as Light, type CaseStatus } from '../../../shared/cases/cases.enums';
import type { CaseListItem } from '../../../shared/cases/cases.wire';
import { useEnglishItemNames } from './useCaseData';

export interface CaseTableProps {
  /** Statuses the table covers; the status filter offers these. */
  statuses: readonly CaseStatus[];
  /** Accessible name of the table (its heading's text). */
  label: string;
  linkTo: (c: CaseListItem) => string;
  showApplicant?: boolean;
  filters?: boolean;
  emptyText: string;
  /** A last column, e.g. the dispatcher's route button. */
  action?: { title: string; render: (c: CaseListItem, reload: () => void) => ReactNode };
  /** Extra query parameters (e.g. `mine`, or a drill-down's department, region or accepting clerk). */
  query?: { mine?: boolean; department?: string; region?: string; acceptedBy?: string };
  /** Filters to start with (a drill-down's light and item from the URL); the user may change them. */
  initial?: { light?: Light; item?: string };
  /** Changes whenever the table must reload (after an action elsewhere on the page). */
  refreshKey?: number;
  /** The applicant's own list: the promise as a day in plain words, no lights (issue 13). */
  plain?: boolean;
}

const PAGE_SIZE = 20;

/**
 * A page of cases from `GET /api/v1/cases` (already scoped to the caller and sorted most urgent
 * first: light, then promised date), with filters by status, light and item.
 */
export function CaseTable({
  statuses,
  label,
  linkTo,
  showApplicant = true,
  filters = true,
  emptyText,
  action,
  query,
  initial,
  refreshKey = 0,
  plain = false,
}: CaseTableProps) {
  const t = useT();
  const { lang } = useLang();
  const [status, setStatus] = useState<CaseStatus | undefined>();
  const [light, setLight] = useState<Light | undefined>(initial?.light);
  const [item, setItem] = useState<string | undefined>(initial?.item);
  const [page, setPage] = useState(1);
  const load = useApiQuery(
    (signal) => listCases({ status: (status ? [status] : statuses).join(','), light, item, page, pageSize: PAGE_SIZE, ...query }, signal),
    [statuses.join(','), status, light, item, page, query?.mine, query?.department, query?.region, query?.acceptedBy, refreshKey],
  );
  const { reload } = load;

  const englishNames = useEnglishItemNames(load.status === 'done' ? load.data.items.map((c) => c.itemCode) : []);

  const columns: TableColumnsType<CaseListItem> = [
    {
      key: 'caseNo',
      title: t('cases.list.caseNo'),
      render: (_v, c) => (
        <Link to={linkTo(c)} className="tb-mono">
          {c.caseNo ?? t('cases.draftNo')}
        </Link>
      ),
    },
    { key: 'item', title: t('cases.list.item'), render: (_v, c) => englishNames[c.itemCode] ?? c.itemName },
    ...(showApplicant
      ? [
          {
            key: 'applicant',
            title: t('cases.list.applicant'),
            render: (_v: unknown, c: CaseListItem) => (
              <>
                {c.applicantName}
                <div className="tb-cell-sub tb-mono">{c.applicantIdMasked}</div>
              </>
            ),
          },
        ]
      : []),
    {
      key: 'status',
      title: t('cases.list.status'),
      render: (_v, c) => (
        <span className="tb-cell-stack">
          <StatusTag status={c.status} />
          {c.deficiencyOutstanding && <span className="tb-cell-flag">{t('cases.list.deficiency')}</span>}
        </span>
      ),
    },
    ...(plain
      ? [
          {
            key: 'promised',
            title: t('cases.plain.promisedColumn'),
            render: (_v: unknown, c: CaseListItem) => (c.promisedDue ? formatPlainDate(c.promisedDue, lang) : t('cases.plain.notYet')),
          },
        ]
      : [
          { key: 'light', title: t('cases.list.light'), render: (_v: unknown, c: CaseListItem) => <LightBadge light={c.light} paused={c.paused} /> },
          { key: 'promised', title: t('cases.list.promisedDue'), render: (_v: unknown, c: CaseListItem) => formatDate(c.promisedDue) },
        ]),
    { key: 'submitted', title: t('cases.list.submittedAt'), render: (_v, c) => formatDate(c.submittedAt) },
    ...(action ? [{ key: 'action', title: action.title, render: (_v: unknown, c: CaseListItem) => action.render(c, reload) }] : []),
  ];

  return (
    <div className="tb-case-table">
      {filters && (
        <div className="tb-case-filters" role="group" aria-label={t('cases.list.filters')}>
          {statuses.length > 1 && (
            <FilterSelect
              label={t('cases.list.status')}
              placeholder={t('cases.list.allStatuses')}
              value={status}
              values={statuses}
              labelOf={(v) => t(`cases.status.${v}`)}
              onChange={(v) => {
                setStatus(v);
                setPage(1);
              }}
            />
          )}
          {!plain && (
            <FilterSelect
              label={t('cases.list.light')}
              placeholder={t('cases.list.allLights')}
              value={light}
              values={LIGHTS}
              labelOf={(v) => t(`cases.light.${v}`)}
              onChange={(v) => {
                setLight(v);
                setPage(1);
              }}
            />
          )}
          <label className="tb-case-filter tb-case-filter--wide">
            <span>{t('cases.list.item')}</span>
            <ItemPicker
              value={item}
              ariaLabel={t('cases.list.item')}
              placeholder={t('cases.list.allItems')}
              onChange={(code) => {
                setItem(code);
                setPage(1);
              }}
            />
          </label>
        </div>
      )}
      <PagedTable<CaseListItem>
        label={label}
        columns={columns}
        load={load}
        errorTitle={t('cases.list.loadError')}
        emptyText={emptyText}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        showTotal={(total: number) =>
          t(load.status === 'done' && load.data.totalCapped ? 'cases.list.totalCapped' : 'cases.list.total', { total: total.toLocaleString(lang) })
        }
      />
    </div>
  );
}
