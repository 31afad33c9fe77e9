import './ratings.css';
import { Checkbox, DatePicker, Empty, Segmented, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { formatDate, localName } from '../cases/shared/format';
import { FIGURES_BY, FIGURES_PERIODS, type FiguresBy, type FiguresPeriod } from '../../shared/ratings/ratings.enums';
import type { FiguresRowWire } from '../../shared/ratings/ratings.wire';
import { getPublicFigures } from './ratingsApi';

/** The `date` parameter of a period, from the picked day (Asia/Shanghai dates as the picker shows them). */
export function periodDate(period: FiguresPeriod, d: Dayjs): string {
  switch (period) {
    case 'day':
    case 'week':
      return d.format('YYYY-MM-DD');
    case 'month':
      return d.format('YYYY-MM');
    case 'quarter':
      return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
    case 'year':
      return String(d.year());
  }
}

const percent = (v: number | null, noData: string) => (v === null ? noData : `${(v * 100).toFixed(1)}%`);

/**
 * The public 好差评 figures (`GET /api/v1/ratings/public`) by department or item for a period: the
 * counts per level, 好评率, 差评 and how many were rectified, appeals upheld apart. A row with no
 * rating reads "no data", never a perfect score.
 */
export function FiguresTable({ label }: { label: string }) {
  const t = useT();
  const { lang } = useLang();
  const [by, setBy] = useState<FiguresBy>('department');
  const [period, setPeriod] = useState<FiguresPeriod>('month');
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [onlyRated, setOnlyRated] = useState(true);
  const date = periodDate(period, day);
  const load = useApiQuery((signal) => getPublicFigures({ by, period, date }, signal), [by, period, date]);
  const noData = t('ratings.figures.noData');
  const rows = load.status === 'done' || load.data ? (load.data?.rows ?? []).filter((r) => !onlyRated || r.total > 0 || r.appealsUpheld > 0) : [];

  const columns: TableColumnsType<FiguresRowWire> = [
    { key: 'name', title: t('ratings.figures.name'), render: (_v, r) => localName(lang, r.nameZh, r.nameEn) },
    ...([5, 4, 3, 2, 1] as const).map((l) => ({
      key: `l${l}`,
      title: t(`ratings.level.${l}`),
      align: 'right' as const,
      render: (_v: unknown, r: FiguresRowWire) => r.counts[l],
    })),
    { key: 'total', title: t('ratings.figures.total'), align: 'right', render: (_v, r) => r.total },
    { key: 'good', title: t('ratings.figures.goodRate'), align: 'right', render: (_v, r) => percent(r.goodRate, noData) },
    { key: 'bad', title: t('ratings.figures.bad'), align: 'right', render: (_v, r) => r.bad },
    {
      key: 'rectified',
      title: t('ratings.figures.rectified'),
      align: 'right',
      render: (_v, r) => (r.bad ? `${r.rectified}（${percent(r.rectifiedRate, noData)}）` : noData),
    },
    { key: 'appeals', title: t('ratings.figures.appealsUpheld'), align: 'right', render: (_v, r) => r.appealsUpheld },
    { key: 'defaulted', title: t('ratings.figures.defaulted'), align: 'right', render: (_v, r) => r.defaulted },
  ];

  return (
    <div className="tb-case-table">
      <div className="tb-case-filters" role="group" aria-label={label}>
        <div className="tb-case-filter" role="group" aria-label={t('ratings.figures.by')}>
          <span aria-hidden="true">{t('ratings.figures.by')}</span>
          <Segmented<FiguresBy> value={by} onChange={setBy} options={FIGURES_BY.map((b) => ({ value: b, label: t(`ratings.figures.by.${b}`) }))} />
        </div>
        <div className="tb-case-filter" role="group" aria-label={t('ratings.figures.period')}>
          <span aria-hidden="true">{t('ratings.figures.period')}</span>
          <Segmented<FiguresPeriod>
            value={period}
            onChange={setPeriod}
            options={FIGURES_PERIODS.map((p) => ({ value: p, label: t(`ratings.figures.period.${p}`) }))}
          />
        </div>
        <label className="tb-case-filter">
          <span>{t('ratings.figures.date')}</span>
          <DatePicker
            value={day}
            allowClear={false}
            picker={period === 'day' ? 'date' : period}
            onChange={(d) => d && setDay(d)}
            aria-label={t('ratings.figures.date')}
          />
        </label>
        <Checkbox checked={onlyRated} onChange={(e) => setOnlyRated(e.target.checked)}>
          {t('ratings.figures.hideEmpty')}
        </Checkbox>
      </div>
      {load.data && (
        <p className="tb-cell-sub">
          {t('ratings.figures.range', { from: formatDate(load.data.from), to: formatDate(new Date(new Date(load.data.to).getTime() - 1).toISOString()) })}
        </p>
      )}
      {load.status === 'error' ? (
        <ErrorAlert error={load.error} title={t('ratings.figures.loadError')} onRetry={load.reload} />
      ) : (
        // A phone scrolls the figures sideways inside a focusable region, so the keyboard can scroll them too (WCAG 2.1.1).
        <div className="tb-table-scroll tb-table-natural" role="region" aria-label={label} tabIndex={0}>
          <Table<FiguresRowWire>
            aria-label={label}
            rowKey="key"
            size="middle"
            columns={columns}
            loading={load.status === 'loading' || load.pending}
            dataSource={rows}
            locale={{ emptyText: load.status === 'loading' ? ' ' : <Empty description={t('ratings.figures.empty')} /> }}
            pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          />
        </div>
      )}
    </div>
  );
}
