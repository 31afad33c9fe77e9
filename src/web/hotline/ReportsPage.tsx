import { DownloadOutlined, FireOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, DatePicker, Empty, Segmented, Skeleton, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useLang, useT, type Translate } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/messages';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { EChart, type ChartOption } from '../shared/EChart';
import { beijingToday, formatRate } from './format';
import { getReport, reportExportUrl } from './hotlineApi';
import { channelLabel } from './labels';
import { nameOf, regionName, useReference, type Reference } from './reference';
import type { HotlineReport } from '../../shared/hotline/hotline.wire';
import type { ReportPeriod } from '../../shared/hotline/tickets.enums';
import './hotline.css';

const PERIODS: readonly ReportPeriod[] = ['day', 'week', 'month'];
const BLUE = '#0958d9';
const PALETTE = ['#0958d9', '#08979c', '#d46b08', '#7cb305', '#c41d7f', '#531dab', '#8c8c8c'];

type Kpi = { key: string; label: string; value: string; hint?: string; tone?: 'good' | 'warn' | 'bad' };

/** Tone of a rate against its target (e.g. connection ≥ 95 %). */
function tone(rate: number | null, good: number, warn: number): Kpi['tone'] {
  if (rate === null) return undefined;
  return rate >= good ? 'good' : rate >= warn ? 'warn' : 'bad';
}

function kpisOf(t: Translate, report: HotlineReport): Kpi[] {
  const s = report.summary;
  return [
    { key: 'tickets', label: t('hotline.report.kpi.tickets'), value: String(s.tickets) },
    {
      key: 'calls',
      label: t('hotline.report.kpi.calls'),
      value: String(s.calls.total),
      hint: t('hotline.report.kpi.callsHint', { answered: s.calls.answered, abandoned: s.calls.abandoned }),
    },
    {
      key: 'connection',
      label: t('hotline.report.kpi.connection'),
      value: formatRate(s.connectionRate),
      hint: t('hotline.report.target', { target: '95%' }),
      tone: tone(s.connectionRate, 0.95, 0.9),
    },
    { key: 'firstContact', label: t('hotline.report.kpi.firstContact'), value: formatRate(s.firstContactRate) },
    { key: 'signOnTime', label: t('hotline.report.kpi.signOnTime'), value: formatRate(s.signOnTimeRate), tone: tone(s.signOnTimeRate, 0.95, 0.85) },
    {
      key: 'completionOnTime',
      label: t('hotline.report.kpi.completionOnTime'),
      value: formatRate(s.completionOnTimeRate),
      hint: t('hotline.report.kpi.replied', { n: s.replied }),
      tone: tone(s.completionOnTimeRate, 0.95, 0.85),
    },
    {
      key: 'satisfaction',
      label: t('hotline.report.kpi.satisfaction'),
      value: formatRate(s.satisfactionRate),
      hint: t('hotline.report.kpi.visits', { n: s.visits }),
      tone: tone(s.satisfactionRate, 0.9, 0.8),
    },
    { key: 'resolution', label: t('hotline.report.kpi.resolution'), value: formatRate(s.resolutionRate), tone: tone(s.resolutionRate, 0.9, 0.8) },
    { key: 'repeat', label: t('hotline.report.kpi.repeat'), value: formatRate(s.repeatCallRate) },
    { key: 'overdue', label: t('hotline.report.kpi.overdue'), value: String(s.overdueOpen), tone: s.overdueOpen > 0 ? 'bad' : 'good' },
  ];
}

/**
 * 定期通报: daily, weekly or monthly figures of the 12345 hotline for the viewer's reach, charts
 * of volume by channel, category and region, the department ranking and hot spots; xlsx export.
 * Shown to dispatchers and agents (hotline workbench) and supervisors (supervision workbench).
 */
export function ReportsPage() {
  const t = useT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const refState = useReference();
  const reference = refState.status === 'done' ? refState.ref : null;
  const rawPeriod = params.get('period');
  const period: ReportPeriod = PERIODS.includes(rawPeriod as ReportPeriod) ? (rawPeriod as ReportPeriod) : 'month';
  const rawDate = params.get('date');
  const date = rawDate && /^\d{4}-\d{2}-\d{2}$/.test(rawDate) ? rawDate : beijingToday();
  useDocumentTitle(t('hotline.report.title'));
  const load = useApiQuery((signal) => getReport(period, date, signal), [period, date]);
  // The last report stays on screen while another period loads (an error replaces it).
  const report = load.status === 'error' ? undefined : load.data;

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="tb-hl-page tb-hl-reports">
      <Typography.Title level={1} className="tb-page-title">
        {t('hotline.report.title')}
      </Typography.Title>
      <div className="tb-hl-report-tools" role="group" aria-label={t('hotline.report.controls')}>
        <Segmented
          value={period}
          onChange={(value) => set({ period: String(value) })}
          options={PERIODS.map((p) => ({ value: p, label: t(`hotline.report.period.${p}`) }))}
          aria-label={t('hotline.report.periodLabel')}
        />
        <DatePicker
          aria-label={t('hotline.report.date')}
          allowClear={false}
          picker={period === 'month' ? 'month' : period === 'week' ? 'week' : 'date'}
          value={dayjs(date)}
          onChange={(value: Dayjs | null) => value && set({ date: value.format('YYYY-MM-DD') })}
          disabledDate={(value) => value.isAfter(dayjs().endOf('day'))}
        />
        {report && (
          <span className="tb-hl-muted" role="status">
            {t('hotline.report.range', { from: report.fromDate, to: report.toDate })}
            {report.regionCode && ` · ${regionName(reference, report.regionCode, lang)}`}
          </span>
        )}
        <a className="tb-hl-export" href={reportExportUrl(period, date)} download>
          <DownloadOutlined aria-hidden="true" /> {t('hotline.report.export')}
        </a>
      </div>

      {load.status === 'loading' && !report && <Skeleton active paragraph={{ rows: 12 }} />}
      {load.status === 'error' && load.error.status === 403 && <Alert type="info" showIcon title={t('hotline.report.forbidden')} />}
      {load.status === 'error' && load.error.status !== 403 && <ErrorAlert error={load.error} title={t('hotline.report.error')} onRetry={load.reload} />}
      {report && <Report report={report} reference={reference} lang={lang} busy={load.pending} />}
    </div>
  );
}

function Report({ report, reference, lang, busy }: { report: HotlineReport; reference: Reference | null; lang: Lang; busy: boolean }) {
  const t = useT();
  const kpis = kpisOf(t, report);
  const name = (item: { nameZh: string; nameEn: string }) => nameOf(item, lang);

  const channelOption = useMemo<ChartOption>(
    () => ({
      animation: false,
      color: PALETTE,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['42%', '70%'],
          center: ['50%', '44%'],
          label: { formatter: '{b}\n{c}' },
          data: report.byChannel.map((c) => ({ name: channelLabel(t, c.channel), value: c.count })),
        },
      ],
    }),
    [report, t],
  );
  const topCategories = report.byCategory.slice(0, 10);
  const categoryOption = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: topCategories.map(name), axisLabel: { width: 120, overflow: 'truncate' } },
      series: [{ type: 'bar', data: topCategories.map((c) => c.count), itemStyle: { color: BLUE }, label: { show: true, position: 'right' } }],
    }),
    [report, lang],
  );
  const regionOption = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: report.byRegion.map((r) => regionName(reference, r.regionCode, lang)), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: report.byRegion.map((r) => r.tickets), itemStyle: { color: '#08979c' } }],
    }),
    [report, reference, lang],
  );

  if (report.summary.tickets === 0 && report.summary.calls.total === 0) {
    return <Empty className="tb-empty" description={t('hotline.report.empty')} />;
  }

  return (
    <div aria-busy={busy}>
      <section aria-labelledby="hl-kpi-title">
        <h2 id="hl-kpi-title" className="tb-visually-hidden">
          {t('hotline.report.kpiTitle')}
        </h2>
        <ul className="tb-hl-kpis">
          {kpis.map((kpi) => (
            <li key={kpi.key} className={`tb-hl-kpi${kpi.tone ? ` tb-hl-kpi-${kpi.tone}` : ''}`}>
              <span className="tb-hl-kpi-label">{kpi.label}</span>
              <span className="tb-hl-kpi-value">{kpi.value}</span>
              {kpi.hint && <span className="tb-hl-kpi-hint">{kpi.hint}</span>}
            </li>
          ))}
        </ul>
      </section>

      <div className="tb-hl-report-grid">
        <section className="tb-hl-panel" aria-labelledby="hl-ch-title">
          <h2 id="hl-ch-title" className="tb-card-title">
            {t('hotline.report.byChannel')}
          </h2>
          <EChart
            option={channelOption}
            label={t('hotline.report.byChannelChart', {
              list: report.byChannel.map((c) => `${channelLabel(t, c.channel)} ${c.count}`).join(t('hotline.listSeparator')),
            })}
          />
        </section>
        <section className="tb-hl-panel" aria-labelledby="hl-cat-title">
          <h2 id="hl-cat-title" className="tb-card-title">
            {t('hotline.report.byCategory')}
          </h2>
          <EChart
            option={categoryOption}
            label={t('hotline.report.byCategoryChart', { list: topCategories.map((c) => `${name(c)} ${c.count}`).join(t('hotline.listSeparator')) })}
            height={320}
          />
        </section>
        <section className="tb-hl-panel" aria-labelledby="hl-reg-title">
          <h2 id="hl-reg-title" className="tb-card-title">
            {t('hotline.report.byRegion')}
          </h2>
          <EChart
            option={regionOption}
            label={t('hotline.report.byRegionChart', {
              list: report.byRegion.map((r) => `${regionName(reference, r.regionCode, lang)} ${r.tickets}`).join(t('hotline.listSeparator')),
            })}
          />
        </section>
        <section className="tb-hl-panel" aria-labelledby="hl-hot-title">
          <h2 id="hl-hot-title" className="tb-card-title">
            <FireOutlined aria-hidden="true" /> {t('hotline.report.hotSpots')}
          </h2>
          {report.hotSpots.places.length === 0 ? (
            <p className="tb-hl-muted">{t('hotline.report.noHotSpots')}</p>
          ) : (
            <ol className="tb-hl-hotspots">
              {report.hotSpots.places.map((place) => (
                <li key={place.place}>
                  <span className="tb-hl-hotspot-place">{place.place}</span>
                  <span className="tb-hl-muted">{name(place)}</span>
                  <span className="tb-hl-hotspot-count">{t('hotline.report.count', { n: place.count })}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <section className="tb-hl-panel tb-hl-ranking" aria-labelledby="hl-rank-title">
        <h2 id="hl-rank-title" className="tb-card-title">
          <TrophyOutlined aria-hidden="true" /> {t('hotline.report.ranking')}
        </h2>
        <p className="tb-hl-muted">
          {t('hotline.report.weights', {
            completion: Math.round((report.rankingWeights.completionOnTime ?? 0) * 100),
            satisfaction: Math.round((report.rankingWeights.satisfaction ?? 0) * 100),
            resolution: Math.round((report.rankingWeights.resolution ?? 0) * 100),
            sign: Math.round((report.rankingWeights.signOnTime ?? 0) * 100),
          })}
        </p>
        <Table
          size="small"
          rowKey="departmentCode"
          pagination={false}
          dataSource={report.departments}
          scroll={{ x: 960 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotline.report.noDepartments')} /> }}
          columns={[
            {
              title: t('hotline.report.col.rank'),
              key: 'rank',
              width: 64,
              render: (_, d) =>
                d.rank === null ? (
                  <span title={t('hotline.report.unranked')}>—</span>
                ) : (
                  <span className={d.rank <= 3 ? 'tb-hl-rank tb-hl-rank-top' : 'tb-hl-rank'}>{d.rank}</span>
                ),
            },
            { title: t('hotline.report.col.department'), key: 'department', render: (_, d) => name(d) },
            { title: t('hotline.report.col.score'), key: 'score', align: 'right', render: (_, d) => (d.score === null ? '—' : d.score.toFixed(1)) },
            { title: t('hotline.report.col.assigned'), key: 'assigned', align: 'right', render: (_, d) => d.assigned },
            { title: t('hotline.report.col.signOnTime'), key: 'sign', align: 'right', render: (_, d) => formatRate(d.signOnTimeRate) },
            { title: t('hotline.report.col.replied'), key: 'replied', align: 'right', render: (_, d) => d.replied },
            { title: t('hotline.report.col.completionOnTime'), key: 'completion', align: 'right', render: (_, d) => formatRate(d.completionOnTimeRate) },
            { title: t('hotline.report.col.satisfaction'), key: 'satisfaction', align: 'right', render: (_, d) => formatRate(d.satisfactionRate) },
            { title: t('hotline.report.col.resolution'), key: 'resolution', align: 'right', render: (_, d) => formatRate(d.resolutionRate) },
            {
              title: t('hotline.report.col.overdue'),
              key: 'overdue',
              align: 'right',
              render: (_, d) => (d.overdueOpen > 0 ? <strong className="tb-hl-error-text">{d.overdueOpen}</strong> : 0),
            },
          ]}
        />
      </section>
    </div>
  );
}
