import type { Generated } from 'kysely';
import type { Timestamp } from './platform';

/** Kysely table types of the licences module (migration 0049). */

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

export interface LicencesTables {
  seals: SealsTable;
}
