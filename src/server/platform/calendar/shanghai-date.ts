/**
 * Calendar dates in Asia/Shanghai, handled without the machine's time zone.
 *
 * China has had no daylight saving time since 1991, so a fixed +08:00 offset is exact for every
 * date the platform deals with. Doing the arithmetic on UTC epoch days keeps results identical on
 * a developer laptop in Berlin and on a server whose TZ is UTC.
 *
 * `isIsoDate` and `toShanghaiDate` live in src/shared/dates.ts (the web app's identifier checks
 * need them too) and are re-exported here, so server code keeps one import for its dates.
 */

import { isIsoDate } from '../../../shared/dates';

export { isIsoDate, toShanghaiDate } from '../../../shared/dates';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Throws a RangeError unless `value` is a real `YYYY-MM-DD` date; returns it for chaining. */
export function assertIsoDate(value: string): string {
  if (!isIsoDate(value)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return value;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date (throws RangeError on a malformed date). */
export function toEpochDay(date: string): number {
  assertIsoDate(date);
  // Date.parse treats a bare ISO date as UTC midnight, independent of the local zone.
  return Date.parse(date) / DAY_MS;
}

/** The `YYYY-MM-DD` date of an epoch day number. */
export function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Day of the week of a `YYYY-MM-DD` date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(assertIsoDate(date).slice(0, 4));
}

/** The Asia/Shanghai epoch day on which `instant` falls. */
export function shanghaiEpochDay(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The instant 00:00:00.000 Asia/Shanghai of `date`. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(toEpochDay(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** The instant 23:59:59.999 Asia/Shanghai of `date` — the last moment a deadline on that day is met. */
export function endOfShanghaiDay(date: string): Date {
  return new Date((toEpochDay(date) + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}

/** `YYYY-MM-DD HH:MM` in Asia/Shanghai, as messages show an instant. */
export function shanghaiDateTime(d: Date): string {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Start instant (ms since epoch) of an Asia/Shanghai epoch day. */
export function shanghaiDayStartMs(epochDay: number): number {
  return epochDay * DAY_MS - SHANGHAI_OFFSET_MS;
}

export { DAY_MS };
