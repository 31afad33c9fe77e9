import type { ReportPeriod } from './reports.enums';

/** Period keys as the reports API reads them, from a calendar date (YYYY-MM-DD, Asia/Shanghai); pure date arithmetic shared by the server and the web app. */

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Monday = 0 … Sunday = 6. */
const weekday = (date: string) => (new Date(utc(date)).getUTCDay() + 6) % 7;

/** The ISO week holding the date: the year of its Thursday, and the week number. */
export function isoWeekKey(date: string): string {
  const thursday = utc(date) + (3 - weekday(date)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const jan4 = `${year}-01-04`;
  const weekOne = utc(jan4) - weekday(jan4) * DAY;
  return `${year}-W${pad(Math.round((thursday - weekOne) / (7 * DAY)) + 1)}`;
}

/** The key of the period of `period` that holds the date: 2026-11-30, 2026-W49, 2026-11, 2026-Q4, 2026. */
export function periodKeyOf(period: ReportPeriod, date: string): string {
  switch (period) {
    case 'day':
      return date;
    case 'week':
      return isoWeekKey(date);
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return date.slice(0, 4);
  }
}

/** A date inside the period a key names (its first day), for the date picker. */
export function dateOfKey(period: ReportPeriod, key: string): string | null {
  let m: RegExpExecArray | null;
  if (period === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(key)) return key;
  if (period === 'month' && /^\d{4}-\d{2}$/.test(key)) return `${key}-01`;
  if (period === 'year' && /^\d{4}$/.test(key)) return `${key}-01-01`;
  if (period === 'quarter' && (m = /^(\d{4})-Q([1-4])$/.exec(key))) return `${m[1]}-${pad(Number(m[2]) * 3 - 2)}-01`;
  if (period === 'week' && (m = /^(\d{4})-W(\d{2})$/.exec(key))) {
    const jan4 = `${m[1]}-01-04`;
    return iso(utc(jan4) - weekday(jan4) * DAY + (Number(m[2]) - 1) * 7 * DAY);
  }
  return null;
}
