/**
 * The two calendar-date helpers the shared identifier checks need (a resident ID's birth date),
 * in Asia/Shanghai without the machine's time zone. They exist once: the server's date arithmetic
 * (its working-day calendar's `shanghai-date.ts`) re-exports them.
 */

const DAY_MS = 86_400_000;
// China has had no daylight saving time since 1991: a fixed +08:00 offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 02-30 over into March, so a round trip exposes impossible dates.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The Asia/Shanghai calendar date (`YYYY-MM-DD`) on which `instant` falls. */
export function toShanghaiDate(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return new Date(Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
