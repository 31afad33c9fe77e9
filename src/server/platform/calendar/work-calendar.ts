import type { DayKind } from '../../../shared/calendar/calendar.enums';
import {
  DAY_MS,
  assertIsoDate,
  fromEpochDay,
  shanghaiDayStartMs,
  shanghaiEpochDay,
  toEpochDay,
  weekdayOfEpochDay,
  yearOf,
  endOfShanghaiDay,
} from './shanghai-date';

// Callers of the calendar usually need these two as well; one import line is kinder than two.
export { toShanghaiDate, endOfShanghaiDay } from './shanghai-date';

/** Why a date is or is not a working day (the list is shared with the web app). */
export type { DayKind };

/** One entry of the calendar table: an override of the Mon–Fri default, or an annotated day. */
export interface CalendarDay {
  workday: boolean;
  kind: DayKind;
  /** Holiday name shown to people (e.g. 国庆节), also on the make-up working days it causes. */
  name?: string;
}

/** What a calendar is built from: the admin-editable table rows and the years they cover. */
export interface WorkCalendarData {
  days: ReadonlyMap<string, CalendarDay>;
  /** Years whose State Council schedule is in `days`; other years fall back to Mon–Fri. */
  publishedYears: ReadonlySet<number>;
}

/** A date computed from the calendar plus whether every year it relied on had a schedule. */
export interface CalendarResult<T> {
  date: T;
  published: boolean;
}

/** A computed deadline: the instant, its Asia/Shanghai date, and whether the schedule was known. */
export interface Deadline {
  due: Date;
  dueDate: string;
  published: boolean;
}

/**
 * Working-day arithmetic for Asia/Shanghai, per docs/domain.md §3.
 *
 * A date not in the table is a working day iff it is Monday–Friday. Years without a published
 * schedule still get an answer (Mon–Fri), but every result says whether it is trustworthy, because
 * the holiday notice for next year usually comes out only in November.
 */
export class WorkCalendar {
  private readonly days: ReadonlyMap<string, CalendarDay>;
  private readonly publishedYears: ReadonlySet<number>;
  /** The table's working-day flags by epoch day: deadlines walk day by day, and a date string per step was their main cost. */
  private readonly workdayByEpoch: ReadonlyMap<number, boolean>;

  /** Builds a calendar; throws RangeError when a table key is not a real `YYYY-MM-DD` date. */
  constructor(data: WorkCalendarData) {
    for (const date of data.days.keys()) assertIsoDate(date);
    // Copies, so an admin edit to the source table cannot change a calendar already in use.
    this.days = new Map(data.days);
    this.publishedYears = new Set(data.publishedYears);
    this.workdayByEpoch = new Map([...this.days].map(([date, entry]) => [toEpochDay(date), entry.workday]));
  }

  /** The table entry for `date`, or the Mon–Fri default when there is none. */
  describeDay(date: string): CalendarDay {
    const entry = this.days.get(assertIsoDate(date));
    if (entry) return { ...entry };
    const weekday = weekdayOfEpochDay(toEpochDay(date));
    return weekday === 0 || weekday === 6 ? { workday: false, kind: 'weekend' } : { workday: true, kind: 'workday' };
  }

  /** True when `date` (`YYYY-MM-DD`, Asia/Shanghai) is a working day. */
  isWorkday(date: string): boolean {
    return this.isWorkdayEpoch(toEpochDay(date));
  }

  /** True when the State Council schedule for `year` is in the table. */
  isPublished(year: number): boolean {
    return this.publishedYears.has(year);
  }

  /** Years from the earlier to the later of the two dates (inclusive) that have no published schedule. */
  yearsWithoutSchedule(fromDate: string, toDate: string): number[] {
    const [a, b] = [yearOf(fromDate), yearOf(toDate)];
    const missing: number[] = [];
    for (let year = Math.min(a, b); year <= Math.max(a, b); year++) {
      if (!this.publishedYears.has(year)) missing.push(year);
    }
    return missing;
  }

  /**
   * The n-th working day after `from` (n ≥ 0, whole); `from` itself never counts and n = 0
   * returns `from`. `published` is false when any year from `from` to the result has no schedule.
   */
  addWorkdays(from: string, n: number): CalendarResult<string> {
    assertCount(n, 'n');
    let day = toEpochDay(from);
    for (let left = n; left > 0;) {
      day += 1;
      if (this.isWorkdayEpoch(day)) left--;
    }
    const date = fromEpochDay(day);
    return { date, published: this.yearsWithoutSchedule(from, date).length === 0 };
  }

  /** The n-th working day before `from` (n ≥ 0, whole; 1 is the last working day before it, 0 is `from`). */
  workdayBefore(from: string, n: number): string {
    assertCount(n, 'n');
    let day = toEpochDay(from);
    for (let left = n; left > 0;) {
      day -= 1;
      if (this.isWorkdayEpoch(day)) left--;
    }
    return fromEpochDay(day);
  }

  /**
   * Working days in (fromDate, toDate], so countWorkdays(d, addWorkdays(d, n).date) === n.
   * Antisymmetric: when toDate is before fromDate the result is −countWorkdays(toDate, fromDate),
   * which keeps counts additive over adjacent ranges.
   */
  countWorkdays(fromDate: string, toDate: string): number {
    const [a, b] = [toEpochDay(fromDate), toEpochDay(toDate)];
    // 0 - x rather than -x, so an empty reversed range gives 0 and not -0.
    return b < a ? 0 - this.countWorkdaysBetween(b, a) : this.countWorkdaysBetween(a, b);
  }

  /**
   * The deadline of a time limit of n working days, per docs/domain.md §3: the end (23:59:59.999
   * Asia/Shanghai) of the n-th working day after the acceptance date — whether or not the
   * acceptance date is itself a working day, counting starts on the next working day. Working
   * days spent paused (补正, 特别程序) are added. n = 0 means the end of the acceptance date.
   */
  deadlineAfter(acceptedAt: Date, n: number, pausedWorkdays = 0): Deadline {
    assertCount(n, 'n');
    assertCount(pausedWorkdays, 'pausedWorkdays');
    const accepted = fromEpochDay(shanghaiEpochDay(acceptedAt));
    const { date, published } = this.addWorkdays(accepted, n + pausedWorkdays);
    return { due: endOfShanghaiDay(date), dueDate: date, published };
  }

  /**
   * Working days elapsed between two instants, as a fraction: only the time that falls on working
   * days (Asia/Shanghai) counts, so a case accepted on Friday 16:00 and finished on Monday 10:00
   * has used 8/24 + 10/24 of a working day. Negative when `to` is before `from`.
   */
  workdaysElapsed(from: Date, to: Date): number {
    const [start, end] = [from.getTime(), to.getTime()];
    if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError('invalid Date');
    if (end < start) return 0 - this.workdaysElapsed(to, from);
    let total = 0;
    for (let day = shanghaiEpochDay(from); day <= shanghaiEpochDay(to); day++) {
      if (!this.isWorkdayEpoch(day)) continue;
      const dayStart = shanghaiDayStartMs(day);
      total += Math.min(end, dayStart + DAY_MS) - Math.max(start, dayStart);
    }
    return total / DAY_MS;
  }

  private isWorkdayEpoch(epochDay: number): boolean {
    const entry = this.workdayByEpoch.get(epochDay);
    if (entry !== undefined) return entry;
    const weekday = weekdayOfEpochDay(epochDay);
    return weekday !== 0 && weekday !== 6;
  }

  /** Working days in the epoch-day range (a, b]. */
  private countWorkdaysBetween(a: number, b: number): number {
    let count = 0;
    for (let day = a + 1; day <= b; day++) if (this.isWorkdayEpoch(day)) count++;
    return count;
  }
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}
