import type { Generated } from 'kysely';
import type { Json, Timestamp } from './platform';

/** Kysely table types of the bundles module ("一件事一次办", migration 0055). */

export interface BundleCasesTable {
  id: Generated<string>;
  bundle_no: string;
  bundle_code: string;
  name_zh: string;
  name_en: string;
  definition: Json<Record<string, unknown>>;
  status: Generated<'submitted' | 'in_progress' | 'correction_requested' | 'ready' | 'completed' | 'withdrawn'>;
  version: Generated<number>;
  channel: 'web' | 'mobile' | 'kiosk' | 'window';
  region_code: string;
  lead_department_code: string | null;
  applicant_user_id: string | null;
  applicant_type: 'citizen' | 'enterprise';
  applicant_name: string;
  applicant_id_type: 'resident_id' | 'uscc';
  applicant_id_number: string;
  applicant_mobile: string | null;
  created_by: string;
  answers: Json<Record<string, unknown>>;
  delivery: Json<Record<string, unknown>>;
  submitted_at: Timestamp;
  promised_due: Timestamp;
  completed_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BundlesTables {
  bundle_cases: BundleCasesTable;
}
