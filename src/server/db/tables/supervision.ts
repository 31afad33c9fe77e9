import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './platform';

/** Kysely table types of the supervision module (migration 0042). */

type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface SupervisionOrdersTable {
  id: Generated<string>;
  order_no: string;
  subject_kind: 'case' | 'ticket' | 'rectification' | 'department';
  subject_id: string;
  subject_label: string;
  subject_case_id: string | null;
  problem: string;
  demand: string;
  workdays: number;
  department_code: string;
  region_code: string;
  opened_by: string;
  opener_name: string;
  opener_role: 'supervisor' | 'hotline_agent';
  status: 'open' | 'answered' | 'returned' | 'accepted';
  version: Generated<number>;
  opened_at: Timestamp;
  assessment_due: Timestamp;
  due_at: Timestamp;
  schedule_published: Generated<boolean>;
  escalation_level: Generated<number>;
  next_escalation_at: NullableStamp;
  escalated1_at: NullableStamp;
  escalated2_at: NullableStamp;
  answer: string | null;
  answered_at: NullableStamp;
  answered_by_name: string | null;
  first_answered_at: NullableStamp;
  answer_rounds: Generated<number>;
  return_reason: string | null;
  returned_at: NullableStamp;
  accept_note: string | null;
  accepted_at: NullableStamp;
  updated_at: Timestamp;
}

export interface SupervisionOrderFilesTable {
  order_id: string;
  file_id: string;
  round: number;
  added_at: Timestamp;
}

export interface SupervisionTables {
  supervision_orders: SupervisionOrdersTable;
  supervision_order_files: SupervisionOrderFilesTable;
}
