import { addDays, dayOfWeek, startOfShanghaiDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { PERIOD_DATE_FORMATS, REPORT_PERIODS, type ReportPeriod } from '../../../shared/reports/reports.enums';
import { isoWeekKey, periodKeyOf } from '../../../shared/reports/reports.periods';
import { REPORT_ERR } from './reports.errors';

export { isoWeekKey, periodKeyOf };

/**
 * Report periods in Asia/Shanghai (docs/domain.md S10): a day 2026-11-30, an ISO week 2026-W48
 * (Monday to Sunday; week 1 holds the year's first Thursday, so some years have a week 53), a
 * month 2026-11, a quarter 2026-Q4, a year 2026.
 */
export interface Period {
  kind: ReportPeriod;
  /** The normalised key (2026-W05, 2026-11 …). */
  key: string;
  /** First and last day, and the instants [from, to). */
  fromDate: string;
  toDate: string;
  from: Date;
  to: Date;
}

const EXAMPLES: Record<ReportPeriod, string> = { day: '2026-11-30', week: '2026-W48', month: '2026-11', quarter: '2026-Q4', year: '2026' };
const pad = (n: number) => String(n).padStart(2, '0');

export function isReportPeriod(v: string): v is ReportPeriod {
  return (REPORT_PERIODS as readonly string[]).includes(v);
}

/** Monday of ISO week 1 of `year`: the week holding 4 January. */
function isoWeekOneMonday(year: number): string {
  const jan4 = `${year}-01-04`;
  return addDays(jan4, -((dayOfWeek(jan4) + 6) % 7));
}

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function isoWeeksInYear(year: number): number {
  const next = isoWeekOneMonday(year + 1);
  const first = isoWeekOneMonday(year);
  return Math.round((Date.parse(next) - Date.parse(first)) / (7 * 86_400_000));
}

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function range(kind: ReportPeriod, key: string, fromDate: string, nextDate: string): Period {
  return { kind, key, fromDate, toDate: addDays(nextDate, -1), from: startOfShanghaiDay(fromDate), to: startOfShanghaiDay(nextDate) };
}

/** Parses a period and its date, or throws a 400 naming the expected format. */
export function parsePeriod(period: string, date: string): Period {
  if (!isReportPeriod(period)) throw new AppError(REPORT_ERR.PERIOD_UNKNOWN, { period });
  const bad = () => new AppError(REPORT_ERR.DATE_INVALID, { date, period, format: PERIOD_DATE_FORMATS[period], example: EXAMPLES[period] });
  const patterns: Record<ReportPeriod, RegExp> = {
    day: /^(\d{4})-(\d{2})-(\d{2})$/,
    week: /^(\d{4})-W(\d{2})$/,
    month: /^(\d{4})-(\d{2})$/,
    quarter: /^(\d{4})-Q([1-4])$/,
    year: /^(\d{4})$/,
  };
  const m = patterns[period].exec(date);
  if (!m) throw bad();
  const y = Number(m[1]);
  if (y < 2000 || y > 2100) throw bad();
  switch (period) {
    case 'day': {
      if (!isRealDate(y, Number(m[2]), Number(m[3]))) throw bad();
      return range('day', date, date, addDays(date, 1));
    }
    case 'week': {
      const w = Number(m[2]);
      if (w < 1 || w > isoWeeksInYear(y)) throw bad();
      const monday = addDays(isoWeekOneMonday(y), (w - 1) * 7);
      return range('week', `${y}-W${pad(w)}`, monday, addDays(monday, 7));
    }
    case 'month': {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) throw bad();
      return range('month', date, `${y}-${pad(mo)}-01`, mo === 12 ? `${y + 1}-01-01` : `${y}-${pad(mo + 1)}-01`);
    }
    case 'quarter': {
      const q = Number(m[2]);
      return range('quarter', date, `${y}-${pad(q * 3 - 2)}-01`, q === 4 ? `${y + 1}-01-01` : `${y}-${pad(q * 3 + 1)}-01`);
    }
    case 'year':
      return range('year', date, `${y}-01-01`, `${y + 1}-01-01`);
  }
}

/** The last period of `kind` that has fully ended at `now` (yesterday, last week, last month …). */
export function lastFinishedPeriod(kind: ReportPeriod, now: Date): Period {
  const current = parsePeriod(kind, periodKeyOf(kind, toShanghaiDate(now)));
  return parsePeriod(kind, periodKeyOf(kind, addDays(current.fromDate, -1)));
}
