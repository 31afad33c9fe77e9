import { DAY_MS, fromEpochDay, shanghaiDayStartMs, shanghaiEpochDay } from '../../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../../platform/calendar/work-calendar';

/**
 * The ticket clock (docs/domain.md §8): a limit in natural hours or in working days, the yellow line at
 * 80 % of it and the red line at the limit, the time a department has to sign, and extensions.
 * Pure: the calendar comes in, instants go out, and they are stored so the light sweep is an
 * index scan.
 */

export type Urgency = 'urgent' | 'utility' | 'normal' | 'complex';
export type Light = 'green' | 'yellow' | 'red';

export interface Limit {
  value: number;
  unit: 'hours' | 'workdays';
}

/** Share of the limit after which the light turns yellow (the cases' 考核时限 rule). */
export const WARN_FRACTION = 0.8;

/** How long a department has to sign (签收): minutes of natural time for urgent work, else working time. */
export const SIGN_LIMITS: Readonly<Record<Urgency, { minutes: number; working: boolean }>> = {
  urgent: { minutes: 30, working: false },
  utility: { minutes: 60, working: false },
  normal: { minutes: 120, working: true },
  complex: { minutes: 120, working: true },
};

const HOUR_MS = 3_600_000;

/**
 * The instant after `ms` of working time from `from`, where working time is the time that falls on
 * working days (Asia/Shanghai), the same measure as `WorkCalendar.workdaysElapsed`.
 */
export function addWorkingTime(cal: WorkCalendar, from: Date, ms: number): Date {
  if (ms <= 0) return new Date(from);
  let remaining = ms;
  let cursor = from.getTime();
  // A year of days is far more than any limit needs; the bound only guards against a bad calendar.
  for (let day = shanghaiEpochDay(from), guard = 0; guard < 3660; day++, guard++) {
    const start = shanghaiDayStartMs(day);
    if (!cal.isWorkday(fromEpochDay(day))) continue;
    const begin = Math.max(cursor, start);
    const available = start + DAY_MS - begin;
    if (remaining <= available) return new Date(begin + remaining);
    remaining -= available;
    cursor = start + DAY_MS;
  }
  throw new RangeError('no working days within ten years');
}

/** The red line of a limit that starts at `start`, and whether the calendar knew every year involved. */
export function dueAfter(cal: WorkCalendar, start: Date, limit: Limit): { dueAt: Date; published: boolean } {
  if (limit.unit === 'hours') return { dueAt: new Date(start.getTime() + limit.value * HOUR_MS), published: true };
  const d = cal.deadlineAfter(start, limit.value);
  return { dueAt: d.due, published: d.published };
}

/** The yellow line: 80 % of the time from start to due, measured the way the limit is. */
export function warnBefore(cal: WorkCalendar, start: Date, dueAt: Date, unit: Limit['unit']): Date {
  if (unit === 'hours') return new Date(start.getTime() + WARN_FRACTION * (dueAt.getTime() - start.getTime()));
  const total = cal.workdaysElapsed(start, dueAt);
  return addWorkingTime(cal, start, WARN_FRACTION * total * DAY_MS);
}

export interface Lines {
  warnAt: Date;
  dueAt: Date;
  published: boolean;
}

/** Both lines of a limit that starts at `start`. */
export function computeLines(cal: WorkCalendar, start: Date, limit: Limit): Lines {
  const { dueAt, published } = dueAfter(cal, start, limit);
  return { warnAt: warnBefore(cal, start, dueAt, limit.unit), dueAt, published };
}

/** The lines after an approved extension: the red line moves, the yellow line follows at 80 %. */
export function extendLines(cal: WorkCalendar, start: Date, currentDue: Date, extension: Limit): Lines {
  const { dueAt, published } = dueAfter(cal, currentDue, extension);
  return { warnAt: warnBefore(cal, start, dueAt, extension.unit), dueAt, published };
}

/** When a department must have signed a ticket dispatched at `at`. */
export function signDueAt(cal: WorkCalendar, at: Date, urgency: Urgency): Date {
  const rule = SIGN_LIMITS[urgency];
  return rule.working ? addWorkingTime(cal, at, rule.minutes * 60_000) : new Date(at.getTime() + rule.minutes * 60_000);
}

/** The light at `now` and when it changes next (null once red). */
export function lightAt(now: Date, warnAt: Date, dueAt: Date): { light: Light; nextAt: Date | null } {
  const t = now.getTime();
  if (t >= dueAt.getTime()) return { light: 'red', nextAt: null };
  if (t >= warnAt.getTime()) return { light: 'yellow', nextAt: dueAt };
  return { light: 'green', nextAt: warnAt };
}
