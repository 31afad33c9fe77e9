import type { Generated } from 'kysely';
import type { Json, Timestamp } from './platform';

/** Kysely table types of the reports module (migrations 0043, 0045). */

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

export interface ReportsTables {
  score_weights: ScoreWeightsTable;
  periodic_reports: PeriodicReportsTable;
  report_subscriptions: ReportSubscriptionsTable;
  periodic_report_deliveries: PeriodicReportDeliveriesTable;
}
