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
