import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import type { Indicator, ReportCut } from '../../../shared/reports/reports.schemas';
import type { Period } from './reports.period';

/**
 * A source of report indicators (docs/decisions.md D15). Each module that has figures to report
 * (cases, ratings, the hotline; later supervision orders, bundles, appointments) implements one in
 * its own folder, and the composition root lists them (`REPORT_SOURCES` in src/server/modules.ts):
 * the reports module knows the interface only, so a new source never touches it.
 */
export interface ReportSource {
  /** Short stable name (cases, ratings, hotline …). */
  key: string;
  /** The indicators it computes, in the order a table shows them. */
  indicators: readonly Omit<Indicator, 'source'>[];
  /** The cuts it can break down by; for the others its columns are null (no data), its total still counts. */
  cuts: readonly ReportCut[];
  compute(input: SourceInput): Promise<SourceResult>;
  /** Daily rollups for the cuts whose key a record keeps for life (docs/decisions.md D16). */
  rollup?: SourceRollup;
  /** A table of its own below the indicators, keyed by what no cut has (the halls' figures per hall). */
  section?: SourceSection;
}

/** A source's own table: its columns, and its rows for a period and scope (the cut does not apply). */
export interface SourceSection {
  key: string;
  zh: string;
  en: string;
  keyZh: string;
  keyEn: string;
  indicators: readonly Omit<Indicator, 'source'>[];
  compute(input: SourceInput): Promise<SourceRow[]>;
}

/** Additive sums: counts, and histograms (value → count) as nested objects, so two add up key by key. */
export interface Sums {
  [k: string]: number | Sums;
}

/** One source's sums for a Shanghai day, a cut, a region and a key of the cut. */
export interface RollupEntry {
  /** YYYY-MM-DD (Asia/Shanghai). */
  day: string;
  cut: ReportCut;
  regionCode: string;
  key: string;
  /** The key's name when the organisation tables do not hold it (items). */
  name?: string;
  sums: Sums;
}

export interface RollupInput {
  db: Kysely<DB>;
  cal: WorkCalendar;
  /** The instants [from, to): whole Shanghai days, or the part of a period not rolled up. */
  from: Date;
  to: Date;
  regionCode: string | null;
  cuts: readonly ReportCut[];
}

/** Merged sums of one key of the cut. */
export interface KeySums {
  key: string;
  name?: string;
  sums: Sums;
}

/**
 * A source whose indicators are sums that add up across days (docs/decisions.md D16): `collect`
 * attributes each contribution to the Shanghai day it happened on (received on the submission
 * day, on-time on the completion day …), `finish` turns merged sums into the indicators. The
 * reports module stores the days that have ended and adds the rest live.
 */
export interface SourceRollup {
  /** The cuts stored per day; any other cut of the source is computed live through `collect`. */
  cuts: readonly ReportCut[];
  /** Raised when what `collect` sums changes, so days stored under the old meaning are rolled up again. */
  version?: number;
  collect(input: RollupInput): Promise<RollupEntry[]>;
  finish(input: SourceInput, rows: readonly KeySums[], total: Sums): Promise<SourceResult>;
}

/** Adds `from` into `into`, key by key (histograms recursively). */
export function addSums(into: Sums, from: Sums): Sums {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (typeof v === 'number') into[k] = (typeof cur === 'number' ? cur : 0) + v;
    else into[k] = addSums(typeof cur === 'object' ? cur : {}, v);
  }
  return into;
}

/** Adds one to a histogram's bucket. */
export function countInto(hist: Sums, value: number): void {
  hist[value] = ((hist[value] as number | undefined) ?? 0) + 1;
}

function buckets(hist: Sums | undefined): Array<[number, number]> {
  return Object.entries(hist ?? {})
    .map(([v, n]) => [Number(v), n as number] as [number, number])
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
}

/** `meanOf` over the values a histogram (value → count) holds. */
export function histogramMean(hist: Sums | undefined): number | null {
  let sum = 0;
  let n = 0;
  for (const [v, c] of buckets(hist)) {
    sum += v * c;
    n += c;
  }
  return n ? Math.round((sum / n) * 100) / 100 : null;
}

/** `percentileOf` (nearest rank) over the values a histogram holds. */
export function histogramPercentile(hist: Sums | undefined, p: number): number | null {
  const bs = buckets(hist);
  const n = bs.reduce((a, [, c]) => a + c, 0);
  if (!n) return null;
  let rank = Math.max(0, Math.ceil((p / 100) * n) - 1);
  for (const [v, c] of bs) {
    if (rank < c) return v;
    rank -= c;
  }
  return bs[bs.length - 1][0];
}

export interface SourceInput {
  db: Kysely<DB>;
  cal: WorkCalendar;
  now: Date;
  period: Period;
  by: ReportCut;
  /** Null: city-wide; else only records of this region. */
  regionCode: string | null;
}

/** A value per indicator key; null means no data (never a perfect score). */
export type Values = Record<string, number | null>;

export interface SourceRow {
  key: string;
  /** Names when the source knows them better than the organisation tables (items, people). */
  nameZh?: string;
  nameEn?: string;
  values: Values;
}

export interface SourceResult {
  rows: SourceRow[];
  total: Values;
}

/** A share rounded to four places, or null when nothing was counted. */
export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** The mean rounded to two places, or null for no values. */
export function meanOf(xs: readonly number[]): number | null {
  return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null;
}

/** The nearest-rank percentile (p in 0–100), or null for no values. */
export function percentileOf(xs: readonly number[], p: number): number | null {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
