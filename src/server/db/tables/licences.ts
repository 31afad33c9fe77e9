import type { Generated } from 'kysely';
import type { Json, Timestamp } from './platform';

/** Kysely table types of the licences module (migrations 0049, 0051). */

export type SealKind = 'official' | 'licence' | 'approval';

export interface SealsTable {
  /** 14 digits: the issuer's 6-digit region code and an 8-digit serial. */
  id: string;
  department_code: string;
  holder_uscc: string;
  name: string;
  kind: SealKind;
  public_key: string;
  private_key_sealed: string;
  /** YYYY-MM-DD. */
  valid_from: string;
  valid_to: string;
  maker: string;
  status: Generated<'active' | 'revoked'>;
  created_by: string | null;
  created_at: Generated<Date>;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoked_reason: string | null;
}

export interface LicencesTable {
  id: Generated<string>;
  identifier: string;
  type_code: string;
  type_name: string;
  number: string;
  holder_name: string;
  holder_id_type: string;
  holder_id_number: string;
  holder_user_id: string | null;
  department_code: string;
  issuer_uscc: string;
  /** YYYY-MM-DD. */
  issued_on: string;
  valid_until: string | null;
  version: number;
  data: Json<Record<string, unknown>>;
  canonical: string;
  seal_id: string;
  signature: string;
  case_id: string | null;
  status: Generated<'valid' | 'suspended' | 'revoked' | 'superseded'>;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoked_reason: string | null;
  /** Why it is suspended (暂扣), while it is (migration 0054). */
  suspended_reason: string | null;
  /** The renewed version that replaced it. */
  superseded_by: string | null;
  created_at: Generated<Date>;
}

export interface LicencesTables {
  seals: SealsTable;
  licences: LicencesTable;
}
