import { dateOfKey, isoWeekKey, periodKeyOf } from '../../shared/reports/reports.periods';

export { dateOfKey, isoWeekKey, periodKeyOf };

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in Asia/Shanghai. */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The first day of the previous month: the page opens on last month's report. */
export function lastMonth(today = shanghaiToday()): string {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return m === 1 ? `${y - 1}-12-01` : `${y}-${pad(m - 1)}-01`;
}
