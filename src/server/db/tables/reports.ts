import type { Generated } from 'kysely';
import type { Json, Timestamp } from './platform';

/** Kysely table types of the reports module (migrations 0043, 0045, 0046). */

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface PeriodicReportsTable {
  id: Generated<string>;
  kind: PeriodKind;
  period_key: string;
  by: string;
  from_at: Timestamp;
  to_at: Timestamp;
  snapshot: Json<Record<string, unknown>>;
  xlsx: Buffer;
  pdf_file_id: string | null;
  generated_at: Timestamp;
}

export interface ReportSubscriptionsTable {
  user_id: string;
  kind: PeriodKind;
  created_at: Generated<Date>;
}

export interface PeriodicReportDeliveriesTable {
  report_id: string;
  user_id: string;
  delivered_at: Timestamp;
}

export interface ScoreWeightsTable {
  indicator: string;
  /** numeric: read back as a string by pg; the service converts it. */
  weight: number | string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** A source's additive sums of one Shanghai day, cut, region and key (migration 0046). */
export interface ReportRollupsTable {
  source: string;
  /** YYYY-MM-DD. */
  day: string;
  cut: string;
  region_code: string;
  key: string;
  name: string | null;
  sums: Json<Record<string, unknown>>;
}

/** The days a source has rolled up, under which calendar fingerprint. */
export interface ReportRollupDaysTable {
  source: string;
  day: string;
  calendar: string;
  built_at: Generated<Date>;
}

export interface ReportsTables {
  report_rollups: ReportRollupsTable;
  report_rollup_days: ReportRollupDaysTable;
  score_weights: ScoreWeightsTable;
  periodic_reports: PeriodicReportsTable;
  report_subscriptions: ReportSubscriptionsTable;
  periodic_report_deliveries: PeriodicReportDeliveriesTable;
}
