import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { MaterialCheck } from '../../../shared/files/files.schemas';
import type { Json, Timestamp } from './platform';

/** Kysely table types of the file store (migration 0020) and the cases module (0021). */

export interface FilesTable {
  id: Generated<string>;
  owner_id: string;
  region_code: string;
  name: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  sha256: string;
  created_at: Generated<Date>;
  /** 材料智审 advice (migration 0070). */
  checks: ColumnType<MaterialCheck[], string | undefined, string>;
  pages: number | null;
}

export interface CasesTable {
  id: Generated<string>;
  case_no: string | null;
  item_code: string;
  item_version: number;
  item_name: string;
  case_kind: 'instant' | 'promised';
  status: string;
  resume_status: string | null;
  version: Generated<number>;
  channel: 'web' | 'mobile' | 'kiosk' | 'window';
  region_code: string;
  department_code: string;
  departments: Generated<string[]>;
  applicant_user_id: string | null;
  applicant_type: 'citizen' | 'enterprise';
  applicant_name: string;
  applicant_id_type: 'resident_id' | 'uscc';
  applicant_id_number: string;
  applicant_mobile: string | null;
  created_by: string;
  accepted_by: string | null;
  assignee_id: string | null;
  form: Json<Record<string, unknown>>;
  correction: Json<Record<string, unknown>> | null;
  deficiency: Json<Record<string, unknown>> | null;
  deficiency_due: Timestamp | null;
  special: Json<Record<string, unknown>> | null;
  decision: 'approved' | 'denied' | null;
  decision_data: Json<Record<string, unknown>> | null;
  delivery: Json<Record<string, unknown>> | null;
  /** What the applicant asked for when applying (migration 0058); `delivery` is what was done. */
  delivery_request: Json<Record<string, unknown>> | null;
  declared_at: Timestamp | null;
  submitted_at: Timestamp | null;
  accepted_at: Timestamp | null;
  paused_since: Timestamp | null;
  pause_kind: 'correction' | 'special' | null;
  paused_workdays: Generated<number>;
  paused_days: Generated<number>;
  stopped_at: Timestamp | null;
  statutory_due: Timestamp | null;
  promised_due: Timestamp | null;
  assessment_due: Timestamp | null;
  schedule_published: Generated<boolean>;
  light: 'green' | 'yellow' | 'red' | 'overdue' | null;
  /** 0 overdue … 3 green, 4 none: the work queues' order (migration 0022). */
  light_rank: GeneratedAlways<number>;
  light_next_at: Timestamp | null;
  decided_at: Timestamp | null;
  completed_at: Timestamp | null;
  issued_at: Timestamp | null;
  closed_at: Timestamp | null;
  /** The 一件事 it belongs to, and its stage there (migration 0055). */
  bundle_case_id: string | null;
  bundle_stage: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CaseMaterialsTable {
  id: Generated<number>;
  case_id: string;
  material_code: string;
  file_id: string;
  added_by: string;
  added_at: Timestamp;
  via: 'create' | 'edit' | 'resubmit' | 'supply' | 'attachment';
}

/** A material satisfied without an upload (免提交, migration 0052, docs/decisions.md D21). */
export interface CaseMaterialSourcesTable {
  case_id: string;
  material_code: string;
  source: 'e_licence' | 'exchange' | 'identity' | 'bundle';
  licence_id: string | null;
  exchange_query_id: string | null;
  /** The bundle member whose result it is (source 'bundle', migration 0055). */
  from_case_id: string | null;
  label: string;
  label_en: string;
  added_at: Timestamp;
}

/** A 秒批 decision (migration 0053, docs/decisions.md D22). */
export interface CaseInstantDecisionsTable {
  case_id: string;
  decided_at: Timestamp;
  outcome: 'approved' | 'declined';
  item_code: string;
  item_name: string;
  department_code: string;
  region_code: string;
  evidence: Json<unknown[]>;
  reason: string | null;
}

export interface CaseLanesTable {
  case_id: string;
  department_code: string;
  status: 'pending' | 'reviewed' | 'approved' | 'denied';
  region_code: string;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  opinion: Json<Record<string, unknown>> | null;
  routed_at: Timestamp;
}

export interface CasesTables {
  files: FilesTable;
  cases: CasesTable;
  case_materials: CaseMaterialsTable;
  case_material_sources: CaseMaterialSourcesTable;
  case_instant_decisions: CaseInstantDecisionsTable;
  case_lanes: CaseLanesTable;
}
