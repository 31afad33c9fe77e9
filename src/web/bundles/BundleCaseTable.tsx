import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { FilterSelect } from '../shared/FilterSelect';
import { PagedTable } from '../shared/PagedTable';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDate, localName } from '../cases/shared/format';
import { LightBadge } from '../cases/shared/StatusTag';
import { BUNDLE_STATUSES } from '../../shared/bundles/bundles.enums';
import type { BundleCaseList } from '../../shared/bundles/bundles.wire';
import { BundleStatusTag } from './BundleStatusTag';
import { listBundleCases } from './bundlesApi';
import type { BundleStatus } from './bundleTypes';

type Row = BundleCaseList['items'][number];
const PAGE_SIZE = 20;

/** A page of bundle cases (the applicant's own, or the staff member's region), newest first, by status. */
export function BundleCaseTable({
  label,
  linkTo,
  showApplicant,
  emptyText,
}: {
  label: string;
  linkTo: (id: string) => string;
  showApplicant: boolean;
  emptyText: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const [status, setStatus] = useState<BundleStatus | undefined>();
  const [page, setPage] = useState(1);
  const load = useApiQuery((signal) => listBundleCases({ status, page, pageSize: PAGE_SIZE }, signal), [status, page]);
  const columns: TableColumnsType<Row> = [
    {
      key: 'bundleNo',
      title: t('bundles.list.bundleNo'),
      render: (_v, r) => (
        <Link to={linkTo(r.id)} className="tb-mono">
          {r.bundleNo}
        </Link>
      ),
    },
    { key: 'name', title: t('bundles.list.name'), render: (_v, r) => localName(lang, r.name, r.nameEn) },
    ...(showApplicant ? [{ key: 'applicant', title: t('bundles.list.applicant'), render: (_v: unknown, r: Row) => r.applicantName }] : []),
    { key: 'status', title: t('bundles.list.status'), render: (_v, r) => <BundleStatusTag status={r.status} /> },
    { key: 'members', title: t('bundles.list.members'), render: (_v, r) => t('bundles.list.membersDone', { done: r.membersDone, n: r.memberCount }) },
    { key: 'light', title: t('bundles.list.light'), render: (_v, r) => <LightBadge light={r.light} /> },
    { key: 'promised', title: t('bundles.list.promisedDue'), render: (_v, r) => formatDate(r.promisedDue) },
    { key: 'submitted', title: t('bundles.list.submittedAt'), render: (_v, r) => formatDate(r.submittedAt) },
  ];
  return (
    <div className="tb-case-table">
      <div className="tb-case-filters" role="group" aria-label={t('cases.list.filters')}>
        <FilterSelect
          label={t('bundles.list.status')}
          placeholder={t('cases.list.allStatuses')}
          value={status}
          values={BUNDLE_STATUSES}
          labelOf={(v) => t(`bundles.status.${v}`)}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
      </div>
      <PagedTable<Row>
        label={label}
        columns={columns}
        load={load}
        errorTitle={t('bundles.list.loadError')}
        emptyText={emptyText}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
    </div>
  );
}
