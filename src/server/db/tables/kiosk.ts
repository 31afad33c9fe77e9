import type { Generated } from 'kysely';

/** Kysely table types of the kiosk's identity (migration 0062, docs/decisions.md D32). */

export interface KioskDevicesTable {
  id: Generated<string>;
  place_code: string;
  name: string;
  enrol_code_hash: string | null;
  enrol_expires_at: Date | null;
  token_hash: string | null;
  enrolled_at: Date | null;
  last_seen_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface KioskSignInChallengesTable {
  id: string;
  device_id: string;
  created_at: Generated<Date>;
  expires_at: Date;
  user_id: string | null;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
  redeemed_at: Date | null;
}

export interface KioskTables {
  kiosk_devices: KioskDevicesTable;
  kiosk_sign_in_challenges: KioskSignInChallengesTable;
}
