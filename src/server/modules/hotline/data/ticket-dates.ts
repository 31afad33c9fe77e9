/**
 * Creation times for demo tickets, spread over 2025–2026 with the seasons that drive Baotou's
 * hotline: heating complaints inside the heating season (15 Oct – 15 Apr), snow and burst pipes
 * in deep winter, noise, vending and outages in summer.
 */
import { pickWeighted, randomInt, type Random } from './prng';

/** When tickets of a category cluster. */
export type Season = 'heating' | 'winter' | 'summer';

/** First and last day (inclusive, Beijing time) of the demo history. */
export const HISTORY_START = '2025-01-01';
export const HISTORY_END = '2026-11-20';

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

type Window = readonly [string, string];

const SEASON_WINDOWS: Readonly<Record<Season, readonly Window[]>> = {
  heating: [['2025-01-01', '2025-04-15'], ['2025-10-15', '2026-04-15'], ['2026-10-15', HISTORY_END]],
  winter: [['2025-01-01', '2025-03-15'], ['2025-11-15', '2026-03-15'], ['2026-11-15', HISTORY_END]],
  summer: [['2025-05-01', '2025-09-30'], ['2026-05-01', '2026-09-30']],
};

const ALL_YEAR: readonly Window[] = [[HISTORY_START, HISTORY_END]];

// Calls peak in office hours and evenings; the line is staffed 7×24, so nights are not empty.
const HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 13, 11, 8, 9, 11, 11, 10, 9, 10, 10, 8, 6, 3, 2];
const HOURS = HOUR_WEIGHTS.map((weight, hour) => ({ value: hour, weight }));

function dayIndex(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
}

/**
 * A random ISO-8601 UTC timestamp; the season, when given, restricts the Beijing-time date.
 * In-season days are drawn uniformly across all of that season's windows.
 */
export function pickCreatedAt(rng: Random, season: Season | undefined): string {
  const windows = season ? SEASON_WINDOWS[season] : ALL_YEAR;
  const spans = windows.map(([from, to]) => ({ value: [dayIndex(from), dayIndex(to)] as const, weight: dayIndex(to) - dayIndex(from) + 1 }));
  const [first, last] = pickWeighted(rng, spans);
  const day = randomInt(rng, first, last);
  const hour = pickWeighted(rng, HOURS);
  const localMs = day * DAY_MS + hour * 3_600_000 + randomInt(rng, 0, 3599) * 1000;
  return new Date(localMs - BEIJING_OFFSET_MS).toISOString();
}

/** Whether a Beijing-time month-day lies in Baotou's heating season (15 Oct – 15 Apr). */
export function isInHeatingSeason(createdAt: string): boolean {
  const local = new Date(new Date(createdAt).getTime() + BEIJING_OFFSET_MS);
  const monthDay = (local.getUTCMonth() + 1) * 100 + local.getUTCDate();
  return monthDay >= 1015 || monthDay <= 415;
}
