import { Empty, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../shared/EChart';
import { useLang, useT } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/messages';
import type { IndicatorWire, ReportRowWire, ReportWire } from '../../shared/reports/reports.wire';
import './reports.css';

const BLUE = '#0958d9';
const GREEN = '#389e0d';
const LEVEL_COLORS = ['#389e0d', '#7cb305', '#8c8c8c', '#d46b08', '#cf1322'];
const LEVELS = ['level5', 'level4', 'level3', 'level2', 'level1'];
const RANKED = 15;

/** A value as people read it; null is "no data" (暂无数据), never a perfect score. */
export function formatIndicator(v: number | null | undefined, kind: IndicatorWire['kind'], noData: string): string {
  if (v === null || v === undefined) return noData;
  if (kind === 'rate') return `${(v * 100).toFixed(1)}%`;
  return String(v);
}

const nameOf = (row: { nameZh: string; nameEn: string }, lang: Lang) => (lang === 'en-US' ? row.nameEn : row.nameZh);

/** The figures of one report: ranking bars, the rating distribution, and the full table with its totals. */
export function ReportView({ report, busy = false }: { report: ReportWire; busy?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const noData = t('reports.noData');
  const label = (i: IndicatorWire) => (lang === 'en-US' ? i.en : i.zh);
  const byKey = useMemo(() => new Map(report.indicators.map((i) => [i.key, i])), [report]);

  const ranked = useMemo(
    () =>
      [...report.rows]
        .filter((r) => (r.values.completed ?? 0) + (r.values.received ?? 0) > 0)
        .sort((a, b) => (b.values.completed ?? 0) - (a.values.completed ?? 0))
        .slice(0, RANKED),
    [report],
  );
  const rankingOption = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 40, top: 8, bottom: 32, containLabel: true },
      xAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      yAxis: { type: 'category', inverse: true, data: ranked.map((r) => nameOf(r, lang)), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { name: label(byKey.get('completed')!), type: 'bar', data: ranked.map((r) => r.values.completed ?? 0), itemStyle: { color: BLUE } },
        {
          name: label(byKey.get('onTimePromisedRate')!),
          type: 'bar',
          xAxisIndex: 1,
          // No data stays a gap, not a zero.
          data: ranked.map((r) =>
            r.values.onTimePromisedRate === null || r.values.onTimePromisedRate === undefined ? null : Math.round(r.values.onTimePromisedRate * 1000) / 10,
          ),
          itemStyle: { color: GREEN },
        },
      ],
    }),
    [ranked, lang, byKey],
  );
  const ratingTotal = LEVELS.reduce((s, k) => s + (report.total.values[k] ?? 0), 0);
  const ratingOption = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '44%'],
          label: { formatter: '{b}\n{c}' },
          data: LEVELS.filter((k) => byKey.has(k)).map((k, n) => ({
            name: label(byKey.get(k)!),
            value: report.total.values[k] ?? 0,
            itemStyle: { color: LEVEL_COLORS[n] },
          })),
        },
      ],
    }),
    [report, lang, byKey],
  );

  const columns = [
    {
      key: 'name',
      title: t(`reports.cut.${report.by}`),
      width: 180,
      render: (_: unknown, r: ReportRowWire) => nameOf(r, lang),
    },
    ...report.indicators.map((i) => ({
      key: i.key,
      title: label(i),
      width: 110,
      align: 'right' as const,
      render: (_: unknown, r: ReportRowWire) => {
        const v = r.values[i.key];
        return <span className={v === null || v === undefined ? 'tb-rp-nodata' : undefined}>{formatIndicator(v, i.kind, noData)}</span>;
      },
    })),
  ];

  if (report.rows.length === 0 && (report.total.values.received ?? 0) === 0 && ratingTotal === 0 && !report.total.values.hotlineTickets) {
    return <Empty className="tb-empty" description={t('reports.empty')} />;
  }

  return (
    <div aria-busy={busy} className="tb-rp-report">
      <div className="tb-rp-charts">
        <section aria-labelledby="rp-ranking">
          <Typography.Title level={2} id="rp-ranking" className="tb-section-title">
            {t('reports.chart.ranking')}
          </Typography.Title>
          {ranked.length ? (
            <EChart option={rankingOption} label={t('reports.chart.ranking')} height={Math.max(220, ranked.length * 28 + 60)} />
          ) : (
            <Empty description={noData} />
          )}
        </section>
        <section aria-labelledby="rp-ratings">
          <Typography.Title level={2} id="rp-ratings" className="tb-section-title">
            {t('reports.chart.ratings')}
          </Typography.Title>
          {ratingTotal ? <EChart option={ratingOption} label={t('reports.chart.ratings')} /> : <Empty description={noData} />}
        </section>
      </div>
      <Typography.Title level={2} className="tb-section-title">
        {t('reports.table')}
      </Typography.Title>
      {/* The wide table scrolls in a focusable region, so keyboard users can scroll it too. */}
      <div className="tb-rp-scroll" tabIndex={0} role="region" aria-label={t('reports.table')}>
        <Table<ReportRowWire>
          className="tb-rp-table"
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={report.rows}
          pagination={false}
          style={{ minWidth: 180 + report.indicators.length * 110 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={noData} /> }}
          summary={() => (
            <Table.Summary>
              <Table.Summary.Row className="tb-rp-total">
                <Table.Summary.Cell index={0}>{t('reports.total')}</Table.Summary.Cell>
                {report.indicators.map((i, n) => (
                  <Table.Summary.Cell key={i.key} index={n + 1} align="right">
                    {formatIndicator(report.total.values[i.key], i.kind, noData)}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          )}
        />
      </div>
      <ReportSections sections={report.sections} />
      <p className="tb-rp-note">{t('reports.note')}</p>
    </div>
  );
}

type Section = ReportWire['sections'][number];

/** A source's own tables below the report's (the halls' figures per hall, docs/decisions.md D15). */
export function ReportSections({ sections }: { sections: readonly Section[] }) {
  const t = useT();
  const { lang } = useLang();
  const en = lang === 'en-US';
  const noData = t('reports.noData');
  return sections.map((s) => (
    <section key={s.key} aria-labelledby={`rp-section-${s.key}`}>
      <Typography.Title level={2} id={`rp-section-${s.key}`} className="tb-section-title">
        {en ? s.en : s.zh}
      </Typography.Title>
      <div className="tb-rp-scroll" tabIndex={0} role="region" aria-label={en ? s.en : s.zh}>
        <Table<ReportRowWire>
          className="tb-rp-table"
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={s.rows}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={noData} /> }}
          style={{ minWidth: 180 + s.indicators.length * 110 }}
          columns={[
            { key: 'name', title: en ? s.keyEn : s.keyZh, width: 180, render: (_: unknown, r: ReportRowWire) => (en ? r.nameEn : r.nameZh) },
            ...s.indicators.map((i) => ({
              key: i.key,
              title: en ? i.en : i.zh,
              width: 110,
              align: 'right' as const,
              render: (_: unknown, r: ReportRowWire) => formatIndicator(r.values[i.key], i.kind, noData),
            })),
          ]}
        />
      </div>
    </section>
  ));
}
