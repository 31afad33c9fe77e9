import { Empty, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../shared/EChart';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import type { ReportPeriod } from '../../shared/reports/reports.enums';
import type { IndicatorWire } from '../../shared/reports/reports.wire';
import { getTrend } from './reportsApi';
import { formatIndicator } from './ReportView';

const POINTS = 12;
const BARS = [
  ['received', '#91caff'],
  ['completed', '#0958d9'],
] as const;
const LINES = [
  ['onTimePromisedRate', '#237804'],
  ['goodRate', '#d46b08'],
] as const;

/** A share as a percentage with one decimal; no data stays a gap in the line, not a zero. */
const percent = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);

/**
 * The trend (docs/domain.md S10): received and completed cases, and the on-time and good-rating
 * shares, over the twelve periods of the chosen kind that end with the chosen one; the figures
 * are also in a table under the chart.
 */
export function TrendChart({ period, date }: { period: ReportPeriod; date: string }) {
  const t = useT();
  const { lang } = useLang();
  const load = useApiQuery((signal) => getTrend({ period, date, points: POINTS }, signal), [period, date]);
  const trend = load.status === 'error' ? undefined : load.data;
  const byKey = useMemo(() => new Map<string, IndicatorWire>((trend?.indicators ?? []).map((i) => [i.key, i])), [trend]);
  const labelOf = (key: string) => {
    const i = byKey.get(key);
    return i ? (lang === 'en-US' ? i.en : i.zh) : key;
  };
  const option = useMemo<ChartOption | null>(() => {
    if (!trend) return null;
    const label = labelOf;
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: trend.points.map((p) => p.periodKey) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        ...BARS.map(([key, color]) => ({ name: label(key), type: 'bar' as const, data: trend.points.map((p) => p.values[key] ?? 0), itemStyle: { color } })),
        ...LINES.map(([key, color]) => ({
          name: label(key),
          type: 'line' as const,
          yAxisIndex: 1,
          connectNulls: false,
          data: trend.points.map((p) => percent(p.values[key])),
          itemStyle: { color },
          lineStyle: { color },
        })),
      ],
    };
  }, [trend, lang, byKey]);
  const empty = trend && trend.points.every((p) => !p.values.received && !p.values.completed && !p.values.ratings);

  return (
    <section aria-labelledby="rp-trend" aria-busy={load.pending} className="tb-rp-trend">
      <Typography.Title level={2} id="rp-trend" className="tb-section-title">
        {t('reports.chart.trend', { n: POINTS })}
      </Typography.Title>
      {load.status === 'loading' && !trend && <Skeleton active paragraph={{ rows: 4 }} />}
      {load.status === 'error' && <ErrorAlert error={load.error} title={t('reports.error')} onRetry={load.reload} />}
      {empty && <Empty description={t('reports.noData')} />}
      {option && !empty && <EChart option={option} label={t('reports.chart.trend', { n: POINTS })} height={260} />}
      {trend && !empty && (
        <details className="tb-rp-trend-data">
          <summary>{t('reports.chart.data')}</summary>
          <div className="tb-rp-scroll">
            <table className="tb-rp-trend-table">
              <thead>
                <tr>
                  <th scope="col">{t('reports.chart.period')}</th>
                  {[...BARS, ...LINES].map(([key]) => (
                    <th key={key} scope="col">
                      {labelOf(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {trend.points.map((p) => (
                  <tr key={p.periodKey}>
                    <th scope="row">{p.periodKey}</th>
                    {BARS.map(([key]) => (
                      <td key={key}>{p.values[key] ?? 0}</td>
                    ))}
                    {LINES.map(([key]) => (
                      <td key={key}>{formatIndicator(p.values[key], 'rate', t('reports.noData'))}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
