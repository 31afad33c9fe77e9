import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Segmented, Skeleton, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EChart, type ChartClick, type ChartOption } from '../../shared/EChart';
import { useLang, useT } from '../../i18n/I18nProvider';
import { api } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApiQuery } from '../../shared/useApiQuery';
import { formatDateTime, localName } from '../shared/format';
import { useEnglishItemNames } from '../shared/useCaseData';
import { BOARD_CUTS, type BoardCut } from '../../../shared/cases/board.enums';
import type { LightStats } from '../../../shared/cases/board.wire';
import { CASE_LIGHTS, type CaseLight } from '../../../shared/cases/cases.enums';
import { drillDownPath } from './drillDown';
import './board.css';

/** The board reads the figures again this often (docs/domain.md S8: a live board). */
export const REFRESH_MS = 60_000;
/** Bars per chart: the keys with most red and overdue cases, then most yellow (the server's order). */
const TOP = 15;

const COLORS: Record<CaseLight, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d', overdue: '#820014' };
/** Stacked from the axis outwards most urgent first, so the bars line up by what is late. */
const STACK: readonly CaseLight[] = ['overdue', 'red', 'yellow', 'green'];

function isCut(v: string | null): v is BoardCut {
  return (BOARD_CUTS as readonly string[]).includes(v ?? '');
}

/**
 * `/supervision/board` (电子监察看板): the open cases of the supervisor's region by light — four
 * totals and a stacked bar per department, region, item or accepting window clerk — read again
 * every minute; a bar segment opens the matching cases on the efficiency page.
 */
export function BoardPage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const byParam = params.get('by');
  const by: BoardCut = isCut(byParam) ? byParam : 'department';
  const load = useApiQuery((signal) => api.get<LightStats>('/api/v1/cases/stats/lights', { query: { by }, signal }), [by]);
  const { reload } = load;

  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const data = load.data;
  const rows = useMemo(() => (data ? data.rows.slice(0, TOP) : []), [data]);
  // Items carry their Chinese name on the case; the English one comes from the catalog.
  const englishItems = useEnglishItemNames(by === 'item' ? rows.map((r) => r.key ?? '') : []);
  const names = useMemo(
    () => rows.map((r) => (by === 'item' && r.key && englishItems[r.key]) || localName(lang, r.nameZh, r.nameEn)),
    [rows, lang, by, englishItems],
  );

  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
      series: STACK.map((light) => ({
        name: t(`cases.board.series.${light}`),
        type: 'bar',
        stack: 'lights',
        barMaxWidth: 24,
        cursor: 'pointer',
        data: rows.map((r) => r[light]),
        itemStyle: { color: COLORS[light] },
      })),
    }),
    [rows, names, t],
  );

  const open = (e: ChartClick) => {
    const row = rows[e.dataIndex];
    const light = STACK[e.seriesIndex];
    if (!row || !light) return;
    const to = drillDownPath(by, row.key, light, names[e.dataIndex]);
    if (to) void navigate(to);
  };

  const cutLabel = t(`cases.board.cut.${by}`);
  const busy = load.pending || load.status === 'loading';

  return (
    <div className="tb-list-page tb-board">
      <div className="tb-board-head">
        <div>
          <Typography.Title level={1} className="tb-page-title">
            {t('cases.board.title')}
          </Typography.Title>
          <p className="tb-lead">{t('cases.board.lead')}</p>
        </div>
        <div className="tb-board-refresh">
          <span aria-live="polite" className="tb-board-updated">
            {data ? t('cases.board.updatedAt', { time: formatDateTime(data.at) }) : ''}
          </span>
          <Button icon={<ReloadOutlined />} onClick={reload} loading={busy}>
            {t('cases.board.refresh')}
          </Button>
        </div>
      </div>

      {load.status === 'error' && <ErrorAlert error={load.error} title={t('cases.board.loadError')} onRetry={reload} />}
      {!data && load.status === 'loading' && <Skeleton active paragraph={{ rows: 8 }} />}

      {data && (
        <>
          <section aria-labelledby="tb-board-summary" className="tb-board-summary">
            <h2 id="tb-board-summary" className="tb-visually-hidden">
              {t('cases.board.summaryTitle')}
            </h2>
            <ul className="tb-board-cards">
              {CASE_LIGHTS.map((light) => (
                <li key={light}>
                  <Link to={`/supervision/efficiency?light=${light}`} className={`tb-board-card tb-board-card--${light}`}>
                    <span className="tb-board-card-label">{t(`cases.board.series.${light}`)}</span>
                    <span className="tb-board-card-value" data-testid={`board-count-${light}`}>
                      {data.total[light].toLocaleString(lang)}
                    </span>
                    <span className="tb-board-card-sub">{t(`cases.board.hint.${light}`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <p className="tb-hint">
              {t('cases.board.totals', { total: data.total.total.toLocaleString(lang), paused: data.total.paused.toLocaleString(lang) })}
            </p>
          </section>

          <Card
            size="small"
            className="tb-case-card tb-board-chart-card"
            title={<h2 className="tb-card-title">{t('cases.board.chartTitle', { cut: cutLabel })}</h2>}
            extra={
              <Segmented
                value={by}
                onChange={(next) => setParams({ by: String(next) }, { replace: true })}
                options={BOARD_CUTS.map((c) => ({ value: c, label: t(`cases.board.by.${c}`) }))}
                aria-label={t('cases.board.cutLabel')}
              />
            }
          >
            {data.total.total === 0 ? (
              <Empty description={t('cases.board.empty')} />
            ) : (
              <>
                <p className="tb-hint">
                  {rows.length < data.rows.length
                    ? t('cases.board.topHint', { shown: rows.length, all: data.rows.length })
                    : t('cases.board.allHint', { all: data.rows.length })}
                </p>
                <EChart option={option} label={t('cases.board.chartLabel', { cut: cutLabel })} height={56 + rows.length * 34} onClick={open} />
                <table className="tb-visually-hidden">
                  <caption>{t('cases.board.tableCaption', { cut: cutLabel })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{cutLabel}</th>
                      {CASE_LIGHTS.map((l) => (
                        <th key={l} scope="col">
                          {t(`cases.board.series.${l}`)}
                        </th>
                      ))}
                      <th scope="col">{t('cases.board.paused')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r, i) => (
                      <tr key={r.key ?? '-'}>
                        <th scope="row">{names[i]}</th>
                        {CASE_LIGHTS.map((l) => (
                          <td key={l}>{r[l]}</td>
                        ))}
                        <td>{r.paused}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
