import { addDays, dayOfWeek } from './shanghai-date';
import { WorkCalendar, type CalendarDay } from './work-calendar';

/** The 2026 schedule exactly as docs/domain.md §3 states it: [first day, last day, name]. */
export const HOLIDAYS_2026: ReadonlyArray<readonly [string, string, string]> = [
  ['2026-01-01', '2026-01-03', '元旦'],
  ['2026-02-15', '2026-02-23', '春节'],
  ['2026-04-04', '2026-04-06', '清明'],
  ['2026-05-01', '2026-05-05', '劳动节'],
  ['2026-06-19', '2026-06-21', '端午'],
  ['2026-09-25', '2026-09-27', '中秋'],
  ['2026-10-01', '2026-10-07', '国庆节'],
];

/** Make-up working days of 2026 per docs/domain.md §3 (all fall on a weekend). */
export const MAKEUP_DAYS_2026: readonly string[] = [
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
];

/** Every holiday date of 2026, expanded from the ranges. */
export function holidayDates2026(): string[] {
  const dates: string[] = [];
  for (const [first, last] of HOLIDAYS_2026) {
    for (let d = first; d <= last; d = addDays(d, 1)) dates.push(d);
  }
  return dates;
}

/** A calendar that knows 2026 only, built by hand so calendar tests do not depend on the package. */
export function calendar2026(): WorkCalendar {
  const days = new Map<string, CalendarDay>();
  for (const [first, last, name] of HOLIDAYS_2026) {
    for (let d = first; d <= last; d = addDays(d, 1)) days.set(d, { workday: false, kind: 'holiday', name });
  }
  for (const d of MAKEUP_DAYS_2026) {
    if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6) throw new Error(`make-up day ${d} is not on a weekend`);
    days.set(d, { workday: true, kind: 'makeup' });
  }
  return new WorkCalendar({ days, publishedYears: new Set([2026]) });
}
