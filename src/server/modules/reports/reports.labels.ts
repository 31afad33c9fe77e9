import type { Lang } from '../../platform/errors';
import type { Indicator, Report, ReportCut, ReportPeriod } from '../../../shared/reports/reports.schemas';

/** Titles and value formats shared by the xlsx, the PDF and the periodic messages. */

const PERIOD_NAMES: Record<ReportPeriod, { zh: string; en: string }> = {
  day: { zh: '日报', en: 'Daily report' },
  week: { zh: '周报', en: 'Weekly report' },
  month: { zh: '月报', en: 'Monthly report' },
  quarter: { zh: '季报', en: 'Quarterly report' },
  year: { zh: '年报', en: 'Yearly report' },
};

export const CUT_NAMES: Record<ReportCut, { zh: string; en: string }> = {
  department: { zh: '部门', en: 'Department' },
  region: { zh: '区域', en: 'Region' },
  item: { zh: '事项', en: 'Item' },
  window: { zh: '受理窗口人员', en: 'Window clerk' },
  person: { zh: '决定人', en: 'Decided by' },
};

/** 政务服务效能月报 2026-11（按部门）. */
export function reportTitle(r: Pick<Report, 'period' | 'periodKey' | 'by'>, lang: Lang): string {
  const p = PERIOD_NAMES[r.period];
  const c = CUT_NAMES[r.by];
  return lang === 'en-US'
    ? `Government services ${p.en.toLowerCase()} ${r.periodKey} (by ${c.en.toLowerCase()})`
    : `政务服务效能${p.zh} ${r.periodKey}（按${c.zh}）`;
}

export const NO_DATA = { zh: '暂无数据', en: 'no data' } as const;

/** A value as people read it: 93.5%, 4.25, 12, or "no data". */
export function formatValue(v: number | null, kind: Indicator['kind'], lang: Lang): string {
  if (v === null) return lang === 'en-US' ? NO_DATA.en : NO_DATA.zh;
  if (kind === 'rate') return `${(v * 100).toFixed(1)}%`;
  return String(v);
}
