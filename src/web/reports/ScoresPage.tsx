import { Alert, Empty, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EChart, type ChartOption } from '../shared/EChart';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { ScoreRowWire } from '../../shared/reports/reports.wire';
import { lastMonth } from './period';
import { PeriodControls, periodFromParams } from './PeriodControls';
import { getScores } from './reportsApi';
import { formatIndicator } from './ReportView';
import './reports.css';

type Level = 'department' | 'region';

/**
 * `/supervision/scores` (考评): departments or regions of a period scored by the weighted report
 * shares, ranked; the breakdown shows each share, its weight and its points. Rows with nothing
 * completed are listed unranked, without a score.
 */
export function ScoresPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('reports.scores.title'));
  const [params, setParams] = useSearchParams();
  const { period, date } = periodFromParams(params, lastMonth());
  const level: Level = params.get('level') === 'region' ? 'region' : 'department';
  const load = useApiQuery((signal) => getScores({ period, date, level }, signal), [period, date, level]);
  const data = load.status === 'error' ? undefined : load.data;
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ period, date, level, ...changes })) next.set(key, value);
    setParams(next, { replace: true });
  };
  const name = (r: { nameZh: string; nameEn: string }) => (lang === 'en-US' ? r.nameEn : r.nameZh);
  const noData = t('reports.noData');
  // Only weighted indicators get a column (and take width): a weight of 0 leaves one out.
  const weighted = useMemo(() => (data?.weights ?? []).filter((w) => w.weight > 0), [data]);
  const ranked = useMemo(() => (data?.rows ?? []).filter((r) => r.score !== null).slice(0, 20), [data]);
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', inverse: true, data: ranked.map(name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', data: ranked.map((r) => r.score), itemStyle: { color: '#0958d9' }, label: { show: true, position: 'right' } }],
    }),
    [ranked, lang],
  );

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('reports.scores.title')}
      </Typography.Title>
      <div className="tb-rp-tools" role="group" aria-label={t('reports.controls')}>
        <PeriodControls period={period} date={date} onChange={(next) => set(next)} />
        <Select<Level>
          aria-label={t('reports.scores.level')}
          value={level}
          style={{ width: 130 }}
          onChange={(value) => set({ level: value })}
          options={(['department', 'region'] as const).map((c) => ({ value: c, label: t('reports.byOption', { cut: t(`reports.cut.${c}`) }) }))}
        />
        {data && (
          <span className="tb-rp-range" role="status">
            {t('reports.range', { from: data.fromDate, to: data.toDate })}
          </span>
        )}
      </div>
      {data && (
        <p className="tb-rp-note">
          {t('reports.scores.weights')}
          {weighted.map((w) => (
            <Tag key={w.indicator}>
              {lang === 'en-US' ? w.en : w.zh} {w.weight}
            </Tag>
          ))}
        </p>
      )}
      {load.status === 'loading' && !data && <Skeleton active paragraph={{ rows: 10 }} />}
      {load.status === 'error' && load.error.status === 403 && <Alert type="info" showIcon title={t('reports.forbidden')} />}
      {load.status === 'error' && load.error.status !== 403 && <ErrorAlert error={load.error} title={t('reports.error')} onRetry={load.reload} />}
      {data && data.rows.length === 0 && <Empty className="tb-empty" description={t('reports.empty')} />}
      {data && data.rows.length > 0 && (
        <div aria-busy={load.pending}>
          {ranked.length > 0 && <EChart option={option} label={t('reports.scores.chart')} height={Math.max(200, ranked.length * 28 + 40)} />}
          <div className="tb-rp-scroll" tabIndex={0} role="region" aria-label={t('reports.scores.title')}>
            <Table<ScoreRowWire>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={data.rows}
              style={{ minWidth: 340 + weighted.length * 120 }}
              columns={[
                { key: 'rank', title: t('reports.scores.rank'), width: 70, render: (_, r) => r.rank ?? t('reports.scores.unranked') },
                { key: 'name', title: t(`reports.cut.${data.level}`), width: 180, render: (_, r) => name(r) },
                { key: 'score', title: t('reports.scores.score'), width: 90, align: 'right', render: (_, r) => (r.score === null ? noData : r.score) },
                ...weighted.map((w) => ({
                  key: w.indicator,
                  title: lang === 'en-US' ? w.en : w.zh,
                  width: 120,
                  align: 'right' as const,
                  render: (_: unknown, r: ScoreRowWire) => {
                    const p = r.parts.find((x) => x.indicator === w.indicator);
                    return p ? `${formatIndicator(p.value, 'rate', noData)}${p.points === null ? '' : ` · ${p.points}`}` : noData;
                  },
                })),
              ]}
            />
          </div>
          <p className="tb-rp-note">{t('reports.scores.note')}</p>
        </div>
      )}
    </div>
  );
}
