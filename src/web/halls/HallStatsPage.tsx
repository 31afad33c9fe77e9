import { Empty, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import type { QueueStatsWire } from '../../shared/queue/queue.wire';
import { getQueueStats } from './queueApi';
import { HallDayControls, useHallDay } from './HallDayControls';
import './halls.css';

type Figures = QueueStatsWire['total'];
type Row = Figures & { key: string; name: string };

/** Seconds as whole minutes ("6 分钟"), or a dash where nothing was measured. */
function minutes(seconds: number | null, unit: (n: number) => string): string {
  return seconds === null ? '—' : unit(Math.round(seconds / 60));
}

/**
 * `/supervision/halls` (大厅统计, docs/decisions.md D29): a hall's day — tickets taken, served,
 * skipped, closed unserved at the day's end and waiting, and the waiting and service times (median and average) per window group,
 * per window and per clerk — for supervisors of the hall's region.
 */
export function HallStatsPage() {
  const t = useT();
  const hallDay = useHallDay();
  const { place, date } = hallDay;
  const stats = useApiQuery((signal) => (place ? getQueueStats(place, date, signal) : Promise.resolve(null)), [place, date]);
  const unit = (n: number) => t('halls.stats.minutes', { n });
  const columns = (first: string): TableColumnsType<Row> => [
    { key: 'name', title: first, render: (_, r) => r.name },
    { key: 'taken', title: t('halls.stats.taken'), render: (_, r) => r.taken, align: 'right' },
    { key: 'served', title: t('halls.stats.served'), render: (_, r) => r.served, align: 'right' },
    { key: 'skipped', title: t('halls.stats.skipped'), render: (_, r) => r.skipped, align: 'right' },
    { key: 'closed', title: t('halls.stats.closed'), render: (_, r) => r.closed, align: 'right' },
    { key: 'waiting', title: t('halls.stats.waiting'), render: (_, r) => r.waiting, align: 'right' },
    { key: 'wait', title: t('halls.stats.wait'), render: (_, r) => `${minutes(r.waitMedianSeconds, unit)} / ${minutes(r.waitAvgSeconds, unit)}` },
    { key: 'service', title: t('halls.stats.service'), render: (_, r) => `${minutes(r.serviceMedianSeconds, unit)} / ${minutes(r.serviceAvgSeconds, unit)}` },
  ];
  const s = stats.status === 'done' ? stats.data : null;
  const tables: Array<{ key: string; title: string; first: string; rows: Row[] }> = s
    ? [
        {
          key: 'groups',
          title: t('halls.stats.byGroup'),
          first: t('halls.stats.group'),
          rows: [{ ...s.total, key: '*', name: t('halls.stats.all') }, ...s.groups.map((g) => ({ ...g, key: g.group, name: g.group }))],
        },
        {
          key: 'windows',
          title: t('halls.stats.byWindow'),
          first: t('halls.calling.window'),
          rows: s.windows.map((w) => ({ ...w, key: w.window, name: w.name })),
        },
        { key: 'clerks', title: t('halls.stats.byClerk'), first: t('halls.stats.clerk'), rows: s.clerks.map((c) => ({ ...c, key: c.clerkId, name: c.name })) },
      ]
    : [];

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('halls.stats.title')}
      </Typography.Title>
      <p className="tb-lead">{t('halls.stats.lead')}</p>
      <HallDayControls hallDay={hallDay} pastOnly />
      {stats.status === 'loading' && place && <Skeleton active paragraph={{ rows: 4 }} />}
      {stats.status === 'error' && <ErrorAlert error={stats.error} title={t('halls.stats.loadError')} onRetry={stats.reload} />}
      {s && s.total.taken === 0 && <Empty description={t('halls.stats.empty')} />}
      {s &&
        s.total.taken > 0 &&
        tables.map((tb) => (
          <section key={tb.key} aria-labelledby={`stats-${tb.key}`} className="tb-day-group">
            <h2 id={`stats-${tb.key}`} className="tb-subheading">
              {tb.title}
            </h2>
            <Table<Row> rowKey="key" size="small" columns={columns(tb.first)} dataSource={tb.rows} pagination={false} scroll={{ x: 'max-content' }} />
          </section>
        ))}
    </div>
  );
}
