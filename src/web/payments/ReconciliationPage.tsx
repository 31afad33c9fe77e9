import { Empty, Pagination, Skeleton, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDateTime } from '../cases/shared/format';
import { formatYuan } from '../../shared/payments/money';
import type { ReconciliationListWire } from '../../shared/payments/payments.wire';
import { listReconciliations } from './paymentsApi';
import './payments.css';

type Day = ReconciliationListWire['items'][number];
type Mismatch = Day['mismatches'][number];
const PAGE_SIZE = 10;

/**
 * `/supervision/reconciliation` (对账, docs/decisions.md D30): each day's comparison of the payments
 * the platform recorded with the gateway's statement, newest first, and every mismatch spelt out.
 */
export function ReconciliationPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const only = params.get('only') === '1';
  const load = useApiQuery((signal) => listReconciliations({ page, pageSize: PAGE_SIZE, onlyMismatches: only }, signal), [page, only]);
  const fen = (v: number | null) => (v === null ? '—' : `¥${formatYuan(v)}`);
  const mismatchColumns: TableColumnsType<Mismatch> = [
    { key: 'kind', title: t('payments.recon.kind'), render: (_, m) => t(`payments.recon.mismatch.${m.kind}`) },
    { key: 'order', title: t('payments.recon.orderNo'), render: (_, m) => <span className="tb-mono">{m.orderNo ?? '—'}</span> },
    { key: 'trade', title: t('payments.cashier.tradeNo'), render: (_, m) => <span className="tb-mono">{m.tradeNo ?? '—'}</span> },
    { key: 'ours', title: t('payments.recon.ours'), render: (_, m) => fen(m.ourFen), align: 'right' },
    { key: 'gateway', title: t('payments.recon.gateway'), render: (_, m) => fen(m.gatewayFen), align: 'right' },
  ];
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('payments.recon.title')}
      </Typography.Title>
      <p className="tb-lead">{t('payments.recon.lead')}</p>
      <label className="tb-appointment-actions">
        <Switch checked={only} onChange={(v) => setParams(v ? { only: '1' } : {})} /> {t('payments.recon.onlyMismatches')}
      </label>
      {load.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('payments.recon.loadError')} onRetry={load.reload} />}
      {load.status === 'done' && load.data.items.length === 0 && <Empty description={t('payments.recon.empty')} />}
      {load.status === 'done' &&
        load.data.items.map((d) => (
          <section key={`${d.date}-${d.gateway}`} aria-labelledby={`recon-${d.date}-${d.gateway}`} className="tb-day-group">
            <h2 id={`recon-${d.date}-${d.gateway}`} className="tb-subheading">
              {d.date} · {d.gateway}{' '}
              {d.mismatches.length ? (
                <Tag color="red">{t('payments.recon.mismatches', { n: d.mismatches.length })}</Tag>
              ) : (
                <Tag color="green">{t('payments.recon.ok')}</Tag>
              )}
            </h2>
            <p className="tb-hint">
              {t('payments.recon.figures', { orders: d.orders, rows: d.statementRows, matched: d.matched, time: formatDateTime(d.ranAt) })}
            </p>
            {d.mismatches.length > 0 && (
              <Table<Mismatch>
                rowKey={(m) => `${m.kind}-${m.orderNo ?? ''}-${m.tradeNo ?? ''}`}
                size="small"
                columns={mismatchColumns}
                dataSource={d.mismatches}
                pagination={false}
                scroll={{ x: 'max-content' }}
              />
            )}
          </section>
        ))}
      {load.status === 'done' && load.data.total > PAGE_SIZE && (
        <Pagination
          current={page}
          pageSize={PAGE_SIZE}
          total={load.data.total}
          showSizeChanger={false}
          onChange={(p) => setParams({ page: String(p), ...(only ? { only: '1' } : {}) })}
        />
      )}
    </div>
  );
}
