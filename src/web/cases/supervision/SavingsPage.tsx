import { DatePicker, Empty, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../../i18n/I18nProvider';
import type { InstantDecision, InstantDecisionList, MaterialsSaved } from '../../../shared/cases/cases.wire';
import { api } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { formatDateTime, localName } from '../shared/format';
import './board.css';

type Row = MaterialsSaved['rows'][number];
type Cut = 'department' | 'item';
type Outcome = 'all' | 'approved' | 'declined';

const percent = (v: number | null, noData: string) => (v === null ? noData : `${(v * 100).toFixed(1)}%`);

/**
 * `/supervision/savings` (减材料与秒批, docs/decisions.md D21, D22): per department or item over a
 * period, the required materials applicants did not bring — their real-name account, an e-licence
 * or the exchange stood in — and the cases 秒批 decided; then every 秒批 decision with its evidence
 * per rule (which fact, through which logged query and grant, met or not).
 */
export function SavingsPage() {
  const t = useT();
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('cases.savings.title')}
      </Typography.Title>
      <p className="tb-lead">{t('cases.savings.lead')}</p>
      <SavedFigures />
      <Typography.Title level={2} className="tb-section-title tb-savings-decisions">
        {t('cases.savings.decisions')}
      </Typography.Title>
      <InstantDecisions />
    </div>
  );
}

function SavedFigures() {
  const t = useT();
  const { lang } = useLang();
  const [by, setBy] = useState<Cut>('department');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const load = useApiQuery((signal) => api.get<MaterialsSaved>('/api/v1/cases/stats/materials-saved', { query: { by, from, to }, signal }), [by, from, to]);
  const noData = t('cases.savings.noData');
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: t(by === 'department' ? 'cases.savings.department' : 'cases.savings.item'), render: (_v, r) => localName(lang, r.nameZh, r.nameEn) },
    { key: 'cases', title: t('cases.savings.cases'), align: 'right', render: (_v, r) => r.cases },
    { key: 'required', title: t('cases.savings.required'), align: 'right', render: (_v, r) => r.required },
    { key: 'identity', title: t('cases.savings.identity'), align: 'right', render: (_v, r) => r.saved.identity },
    { key: 'eLicence', title: t('cases.savings.eLicence'), align: 'right', render: (_v, r) => r.saved.eLicence },
    { key: 'exchange', title: t('cases.savings.exchange'), align: 'right', render: (_v, r) => r.saved.exchange },
    { key: 'perCase', title: t('cases.savings.perCase'), align: 'right', render: (_v, r) => (r.savedPerCase === null ? noData : r.savedPerCase.toFixed(2)) },
    { key: 'share', title: t('cases.savings.share'), align: 'right', render: (_v, r) => percent(r.savedShare, noData) },
    { key: 'instant', title: t('cases.savings.instant'), align: 'right', render: (_v, r) => r.instant },
  ];
  const total = load.data?.total;
  return (
    <div className="tb-case-table">
      <div className="tb-case-filters" role="group" aria-label={t('cases.savings.filters')}>
        <div className="tb-case-filter" role="group" aria-label={t('cases.savings.by')}>
          <span aria-hidden="true">{t('cases.savings.by')}</span>
          <Segmented<Cut>
            value={by}
            onChange={setBy}
            options={[
              { value: 'department', label: t('cases.savings.department') },
              { value: 'item', label: t('cases.savings.item') },
            ]}
          />
        </div>
        <label className="tb-case-filter">
          <span>{t('cases.savings.period')}</span>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            aria-label={t('cases.savings.period')}
          />
        </label>
      </div>
      {total && (
        <p className="tb-cell-sub" aria-live="polite">
          {t('cases.savings.total', {
            cases: total.cases,
            saved: total.saved,
            required: total.required,
            share: percent(total.savedShare, noData),
            instant: total.instant,
          })}
        </p>
      )}
      {load.status === 'error' ? (
        <ErrorAlert error={load.error} title={t('cases.savings.loadError')} onRetry={load.reload} />
      ) : (
        <Table<Row>
          aria-label={t('cases.savings.title')}
          rowKey="key"
          size="middle"
          columns={columns}
          loading={load.status === 'loading' || load.pending}
          dataSource={load.data?.rows ?? []}
          locale={{ emptyText: load.status === 'loading' ? ' ' : <Empty description={t('cases.savings.empty')} /> }}
          scroll={{ x: 'max-content' }}
          pagination={(load.data?.rows.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        />
      )}
    </div>
  );
}

const OUTCOME_COLOR = { met: 'green', failed: 'red', unknown: 'default' } as const;

function InstantDecisions() {
  const t = useT();
  const { lang } = useLang();
  const [outcome, setOutcome] = useState<Outcome>('all');
  const [page, setPage] = useState(1);
  const load = useApiQuery(
    (signal) =>
      api.get<InstantDecisionList>('/api/v1/cases/instant-decisions', {
        query: { page, pageSize: 20, ...(outcome === 'all' ? {} : { outcome }) },
        signal,
      }),
    [outcome, page],
  );
  const columns: TableColumnsType<InstantDecision> = [
    { key: 'at', title: t('cases.savings.decidedAt'), render: (_v, r) => formatDateTime(r.decidedAt) },
    {
      key: 'case',
      title: t('cases.savings.case'),
      render: (_v, r) => <Link to={`/supervision/cases/${r.caseId}`}>{r.caseNo ?? r.caseId}</Link>,
    },
    { key: 'item', title: t('cases.savings.item'), render: (_v, r) => r.itemName },
    {
      key: 'outcome',
      title: t('cases.savings.outcome'),
      render: (_v, r) => <Tag color={r.outcome === 'approved' ? 'green' : 'orange'}>{t(`cases.savings.outcome.${r.outcome}`)}</Tag>,
    },
    { key: 'reason', title: t('cases.savings.reason'), render: (_v, r) => r.reason ?? '—' },
  ];
  return (
    <div className="tb-case-table">
      <div className="tb-case-filters" role="group" aria-label={t('cases.savings.outcome')}>
        <Segmented<Outcome>
          value={outcome}
          onChange={(v) => {
            setOutcome(v);
            setPage(1);
          }}
          options={(['all', 'approved', 'declined'] as const).map((o) => ({ value: o, label: t(`cases.savings.outcome.${o}`) }))}
        />
      </div>
      {load.status === 'error' ? (
        <ErrorAlert error={load.error} title={t('cases.savings.loadError')} onRetry={load.reload} />
      ) : (
        <Table<InstantDecision>
          aria-label={t('cases.savings.decisions')}
          rowKey="caseId"
          size="middle"
          columns={columns}
          loading={load.status === 'loading' || load.pending}
          dataSource={load.data?.items ?? []}
          locale={{ emptyText: load.status === 'loading' ? ' ' : <Empty description={t('cases.savings.decisionsEmpty')} /> }}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (r) => (
              <ul className="tb-plain-list" aria-label={t('cases.savings.evidence')}>
                {r.evidence.map((e, i) => (
                  <li key={i}>
                    <Tag color={OUTCOME_COLOR[e.outcome]}>{t(`cases.savings.rule.${e.outcome}`)}</Tag>
                    {localName(lang, e.textZh, e.textEn)}
                    <span className="tb-cell-sub"> {t('cases.savings.fact', { resource: e.resource, field: e.field ?? '—', query: e.queryId ?? '—' })}</span>
                  </li>
                ))}
              </ul>
            ),
          }}
          pagination={{
            current: page,
            pageSize: 20,
            total: load.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
        />
      )}
    </div>
  );
}
