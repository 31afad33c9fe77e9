import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { PagedTable } from '../shared/PagedTable';
import { FilterSelect } from '../shared/FilterSelect';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDate } from '../cases/shared/format';
import { LightBadge } from '../cases/shared/StatusTag';
import { useDepartments, useEnglishItemNames, useNames } from '../cases/shared/useCaseData';
import { RECTIFICATION_STATUSES, type RectificationStatus } from '../../shared/ratings/ratings.enums';
import type { RectificationItemWire } from '../../shared/ratings/ratings.wire';
import { listRectifications } from './ratingsApi';
import { RectificationDrawer } from './RectificationDrawer';
import { subjectNo } from './ratingSubject';

const PAGE_SIZE = 20;

/**
 * A page of rectifications from `GET /api/v1/rectifications` (scoped by the server to the caller:
 * their department, or a supervisor's region), open work first and earliest due first; a row opens
 * the task in a drawer with its actions.
 */
export function RectificationsTable({
  label,
  fixedStatus,
  emptyText,
  initialOpenId = null,
}: {
  label: string;
  fixedStatus?: RectificationStatus;
  emptyText: string;
  /** A task to open at once (a link from a 12345 ticket's page: `?id=`). */
  initialOpenId?: string | null;
}) {
  const t = useT();
  const [status, setStatus] = useState<RectificationStatus | undefined>(fixedStatus);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(initialOpenId);
  const [refresh, setRefresh] = useState(0);
  const names = useNames(null, useDepartments());
  const load = useApiQuery((signal) => listRectifications({ status, page, pageSize: PAGE_SIZE }, signal), [status, page, refresh]);
  // A case's item has an English name in the catalog; a ticket's category and a bundle are named as rated.
  const englishNames = useEnglishItemNames(load.status === 'done' ? load.data.items.filter((r) => r.subject === 'case').map((r) => r.itemCode) : []);

  const columns: TableColumnsType<RectificationItemWire> = [
    {
      key: 'caseNo',
      title: t('ratings.rect.caseNo'),
      render: (_v, r) => (
        <>
          <Button type="link" className="tb-mono tb-link-button" onClick={() => setOpenId(r.id)}>
            {subjectNo(r) ?? t('ratings.rect.open')}
          </Button>
          {r.subject === 'ticket' && <div className="tb-cell-sub">{t('ratings.rect.ticketTag')}</div>}
          {r.subject === 'bundle' && <div className="tb-cell-sub">{t('ratings.rect.bundleTag')}</div>}
        </>
      ),
    },
    { key: 'item', title: t('ratings.rect.item'), render: (_v, r) => englishNames[r.itemCode] ?? r.itemName },
    { key: 'department', title: t('ratings.rect.department'), render: (_v, r) => names.department(r.departmentCode) },
    { key: 'level', title: t('ratings.rect.level'), render: (_v, r) => t(`ratings.level.${r.level}`) },
    { key: 'status', title: t('ratings.rect.status'), render: (_v, r) => t(`ratings.status.${r.status}`) },
    { key: 'light', title: t('ratings.rect.light'), render: (_v, r) => <LightBadge light={r.light} /> },
    { key: 'due', title: t('ratings.rect.due'), render: (_v, r) => formatDate(r.dueAt) },
    { key: 'opened', title: t('ratings.rect.opened'), render: (_v, r) => formatDate(r.openedAt) },
  ];

  return (
    <div className="tb-case-table">
      {!fixedStatus && (
        <div className="tb-case-filters" role="group">
          <FilterSelect
            label={t('ratings.rect.status')}
            placeholder={t('ratings.rect.allStatuses')}
            value={status}
            values={RECTIFICATION_STATUSES}
            labelOf={(v) => t(`ratings.status.${v}`)}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
          />
        </div>
      )}
      <PagedTable<RectificationItemWire>
        label={label}
        columns={columns}
        load={load}
        errorTitle={t('ratings.rect.loadError')}
        emptyText={emptyText}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
      <RectificationDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => setRefresh((n) => n + 1)} departmentName={names.department} />
    </div>
  );
}
