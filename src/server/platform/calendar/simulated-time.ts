import { weightedPicker, randomInt, type Random } from '../random';
import { DAY_MS, fromEpochDay } from './shanghai-date';
import type { WorkCalendar } from './work-calendar';

/**
 * Plausible instants for generated history (`tongban simulate`): office hours on the working
 * days of the real calendar (docs/domain.md §3), applicants online at any hour but mostly by day
 * and in the evening. Instants are epoch milliseconds; days are Asia/Shanghai epoch days. Pure:
 * the calendar is data and every draw comes from the caller's seeded generator.
 */

const MINUTE = 60_000;
const SHANGHAI_OFFSET = 8 * 3_600_000;

/** Office hours (minutes of the day): 09:00–12:00 and 13:30–17:30. */
const AM_OPEN = 9 * 60;
const AM_CLOSE = 12 * 60;
const PM_OPEN = 13 * 60 + 30;
const PM_CLOSE = 17 * 60 + 30;

// Windows are busiest in the morning; people apply online by day and after dinner.
const OFFICE_MINUTE = weightedPicker([
  { value: [AM_OPEN, AM_CLOSE] as const, weight: 0.58 },
  { value: [PM_OPEN, PM_CLOSE] as const, weight: 0.42 },
]);
const ONLINE_HOUR = weightedPicker(
  [0.15, 0.08, 0.05, 0.04, 0.05, 0.1, 0.3, 0.7, 1.6, 3, 3.1, 2.7, 1.6, 1.5, 2.6, 2.7, 2.4, 1.7, 1.2, 1.3, 1.9, 1.8, 1.0, 0.4].map((weight, hour) => ({
    value: hour,
    weight,
  })),
);

/** The Asia/Shanghai epoch day of an instant. */
export function dayOf(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET) / DAY_MS);
}

/** Midnight (Asia/Shanghai) starting an epoch day. */
export function startOfDay(day: number): number {
  return day * DAY_MS - SHANGHAI_OFFSET;
}

/** Minutes since Asia/Shanghai midnight. */
function minuteOf(ms: number): number {
  return Math.floor((ms - startOfDay(dayOf(ms))) / MINUTE);
}

export class SimulatedTime {
  private readonly workdays = new Map<number, boolean>();

  constructor(private readonly cal: WorkCalendar) {}

  isWorkday(day: number): boolean {
    let w = this.workdays.get(day);
    if (w === undefined) this.workdays.set(day, (w = this.cal.isWorkday(fromEpochDay(day))));
    return w;
  }

  /** The n-th working day after `day` (n = 0: `day` itself). */
  addWorkdays(day: number, n: number): number {
    let d = day;
    for (let left = n; left > 0;) if (this.isWorkday(++d)) left--;
    return d;
  }

  /** Whether the instant falls in office hours on a working day. */
  inOffice(ms: number): boolean {
    if (!this.isWorkday(dayOf(ms))) return false;
    const m = minuteOf(ms);
    return (m >= AM_OPEN && m < AM_CLOSE) || (m >= PM_OPEN && m < PM_CLOSE);
  }

  /** The instant itself in office hours, else the next opening (after lunch, or the next working morning). */
  nextOpening(ms: number): number {
    const day = dayOf(ms);
    if (this.isWorkday(day)) {
      const m = minuteOf(ms);
      if (m < AM_OPEN) return startOfDay(day) + AM_OPEN * MINUTE;
      if (m < AM_CLOSE) return ms;
      if (m < PM_OPEN) return startOfDay(day) + PM_OPEN * MINUTE;
      if (m < PM_CLOSE) return ms;
    }
    return startOfDay(this.addWorkdays(day, 1)) + AM_OPEN * MINUTE;
  }

  /** A random instant in the office hours of `day`. */
  officeOn(rng: Random, day: number): number {
    const [open, close] = OFFICE_MINUTE(rng);
    return startOfDay(day) + randomInt(rng, open, close - 1) * MINUTE + randomInt(rng, 0, 59_999);
  }

  /** A random instant of `day` when people apply online. */
  onlineOn(rng: Random, day: number): number {
    return startOfDay(day) + ONLINE_HOUR(rng) * 3_600_000 + randomInt(rng, 0, 3_599_999);
  }

  /** Some minutes after `ms` in office hours: later the same session, else after the next opening. */
  officeAfter(rng: Random, ms: number, minMinutes: number, maxMinutes: number): number {
    const t = ms + randomInt(rng, minMinutes, maxMinutes) * MINUTE + randomInt(rng, 0, 59_999);
    return this.inOffice(t) ? t : this.nextOpening(t) + randomInt(rng, 3, 45) * MINUTE + randomInt(rng, 0, 59_999);
  }

  /** In office hours `n` working days after the day of `from`, and after `notBefore`. */
  officeWorkdaysAfter(rng: Random, from: number, n: number, notBefore: number): number {
    const t = this.officeOn(rng, this.addWorkdays(dayOf(from), n));
    return t > notBefore ? t : this.officeAfter(rng, notBefore, 10, 90);
  }

  /** An applicant online `n` working days after the day of `from` (at any hour), and after `notBefore`. */
  onlineWorkdaysAfter(rng: Random, from: number, n: number, notBefore: number): number {
    const t = this.onlineOn(rng, this.addWorkdays(dayOf(from), n));
    return t > notBefore ? t : notBefore + randomInt(rng, 20, 240) * MINUTE + randomInt(rng, 0, 59_999);
  }
}
