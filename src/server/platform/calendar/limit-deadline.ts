import { addDays, endOfShanghaiDay, toShanghaiDate } from './shanghai-date';
import type { WorkCalendar } from './work-calendar';

/**
 * Deadlines of time limits (法定时限, 承诺时限, 考核时限) in either unit, shared by the case clock and
 * the catalog's publishing check so that both read a limit the same way (docs/domain.md, "Time").
 */

/** A time limit as the clock reads it: working days (the default) or natural days. */
export interface LimitSpec {
  value: number;
  unit: 'workday' | 'natural_day';
}

/** A computed deadline and the years it crosses that have no published holiday schedule. */
export interface LimitDeadline {
  due: Date;
  published: boolean;
  missing: number[];
}

/**
 * The end of a limit counted from acceptance. Working-day limits count working days from the day
 * after acceptance; natural-day limits count calendar days from the day after acceptance and, when
 * the last day is not a working day, end on the next working day (the civil-code rule for
 * periods). Paused working days / natural days are added back in the limit's own unit.
 */
export function deadlineForLimit(cal: WorkCalendar, acceptedAt: Date, limit: LimitSpec, pausedWorkdays = 0, pausedDays = 0): LimitDeadline {
  const accepted = toShanghaiDate(acceptedAt);
  if (limit.unit === 'workday') {
    const d = cal.deadlineAfter(acceptedAt, limit.value, pausedWorkdays);
    return { due: d.due, published: d.published, missing: cal.yearsWithoutSchedule(accepted, d.dueDate) };
  }
  let date = addDays(accepted, limit.value + pausedDays);
  while (limit.value > 0 && !cal.isWorkday(date)) date = addDays(date, 1);
  const missing = cal.yearsWithoutSchedule(accepted, date);
  return { due: endOfShanghaiDay(date), published: missing.length === 0, missing };
}

/**
 * The assessment line's length (考核时限) in the promised limit's unit: the promised limit times the
 * ratio, rounded up to whole days, and always at least one day before the promised line when the
 * promise is one day or more — otherwise promises of 1–4 working days (80 % rounded up equals
 * the promise) would never show a yellow light. A 1-day promise turns yellow at the end of the
 * acceptance day; 2, 3 and 4 days turn yellow one day before the promise; 5 days and more at 80 %.
 */
export function assessmentDays(promised: number, ratio: number): number {
  // The epsilon keeps 0.8 × 5 = 4.000000000000001 from rounding up to 5.
  const scaled = Math.max(0, Math.ceil(promised * ratio - 1e-9));
  return promised >= 1 ? Math.min(scaled, promised - 1) : scaled;
}

/** The first acceptance date of a range on which a promise would end after the statute. */
export interface LimitConflict {
  acceptedOn: string;
  promisedDue: Date;
  statutoryDue: Date;
}

/**
 * Checks that the promised line never ends after the statutory line for any acceptance day in
 * the given years (accepted at noon), with the real calendar: a conversion such as
 * "a working day is 7/5 natural days" is wrong across Golden Week. Returns the first conflict.
 */
export function findLimitConflict(cal: WorkCalendar, promised: LimitSpec, statutory: LimitSpec, years: readonly number[]): LimitConflict | null {
  if (promised.unit === statutory.unit && promised.value <= statutory.value) return null;
  // Items share a handful of limit pairs: remember answers per calendar object (a reloaded calendar is a new one).
  const key = `${promised.value}${promised.unit}|${statutory.value}${statutory.unit}|${years.join(',')}`;
  let memo = conflictMemo.get(cal);
  if (!memo) conflictMemo.set(cal, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, scanForConflict(cal, promised, statutory, years));
  return memo.get(key)!;
}

const conflictMemo = new WeakMap<WorkCalendar, Map<string, LimitConflict | null>>();

function scanForConflict(cal: WorkCalendar, promised: LimitSpec, statutory: LimitSpec, years: readonly number[]): LimitConflict | null {
  for (const year of years) {
    for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) {
      const acceptedAt = new Date(`${day}T12:00:00+08:00`);
      const p = deadlineForLimit(cal, acceptedAt, promised).due;
      const s = deadlineForLimit(cal, acceptedAt, statutory).due;
      if (p.getTime() > s.getTime()) return { acceptedOn: day, promisedDue: p, statutoryDue: s };
    }
  }
  return null;
}

/** The years a limit check covers on `today`: this year, and the next one once it is published. */
export function limitCheckYears(cal: WorkCalendar, today: Date): number[] {
  const year = Number(toShanghaiDate(today).slice(0, 4));
  return cal.isPublished(year + 1) ? [year, year + 1] : [year];
}
