import type { ColumnType, Generated } from 'kysely';

/** Kysely table types of the platform tables (migration 0001). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface RegionsTable {
  code: string;
  name_zh: string;
  name_en: string;
  parent_code: string | null;
  level: 'city' | 'district' | 'zone';
  sort: Generated<number>;
}

export interface DepartmentsTable {
  code: string;
  name_zh: string;
  name_en: string;
  region_code: string;
  kind: Generated<'government' | 'party' | 'utility' | 'other'>;
  sort: Generated<number>;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  password_hash: string;
  display_name: string;
  roles: string[];
  department_code: string | null;
  region_code: string;
  id_number: string | null;
  uscc: string | null;
  mobile: string | null;
  status: Generated<'active' | 'disabled'>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
  /** A shorter idle expiry than the configured one (kiosk sessions, docs/decisions.md D32). */
  idle_minutes: Generated<number | null>;
  /** The kiosk device the session was opened at; the session ends with the device. */
  kiosk_device_id: Generated<string | null>;
}

export interface ChainHeadsTable {
  chain: string;
  seq: number;
  hash: string;
}

export interface EventsTable {
  id: Generated<number>;
  chain: string;
  seq: number;
  prev_hash: string;
  hash: string;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  subject_type: string | null;
  subject_id: string | null;
  region_code: string | null;
  data: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface JobsTable {
  id: Generated<number>;
  queue: string;
  payload: Json<Record<string, unknown>>;
  state: Generated<'queued' | 'active' | 'done' | 'failed'>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Date | null;
  singleton_key: string | null;
  last_error: string | null;
  created_at: Generated<Date>;
  finished_at: Date | null;
}

export interface JobSchedulesTable {
  name: string;
  queue: string;
  every_seconds: number;
  next_run_at: Timestamp;
  payload: Json<Record<string, unknown>>;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  body: Json<unknown>;
  created_at: Generated<Date>;
}

export interface CalendarDaysTable {
  day: string;
  workday: boolean;
  kind: 'holiday' | 'makeup' | 'weekend' | 'workday';
  name: string | null;
  source: Generated<string>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface CalendarYearsTable {
  year: number;
  published: boolean;
  source: string;
  note: string | null;
  updated_at: Generated<Date>;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: string;
  template: string;
  params: Json<Record<string, unknown>>;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  subject_type: string | null;
  subject_id: string | null;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface SmsMessagesTable {
  id: Generated<number>;
  mobile: string;
  body: string;
  template: string;
  subject_type: string | null;
  subject_id: string | null;
  status: Generated<'pending' | 'sent' | 'failed'>;
  gateway: string | null;
  gateway_message_id: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Generated<Date>;
  sent_at: Date | null;
}

/** Fixed-window counters of the platform rate limiter (migration 0003). */
export interface RateLimitsTable {
  key: string;
  window_start: Date;
  hits: Generated<number>;
}

/** Sign-in failures per username and per username+address (migration 0003). */
export interface LoginFailuresTable {
  key: string;
  failures: Generated<number>;
  locks: Generated<number>;
  locked_until: Date | null;
  updated_at: Generated<Date>;
}

/** Signed sets of chain heads (migration 0003). */
export interface AuditCheckpointsTable {
  id: Generated<number>;
  created_at: Generated<Date>;
  chains: number;
  digest: string;
  signature: string;
  public_key: string;
  heads: Json<Record<string, [number, string]>>;
}

/** Open windows of repeated permission denials (migration 0003). */
export interface AuditDenialsTable {
  key: string;
  window_start: Date;
  last_at: Date;
  repeats: Generated<number>;
  actor_id: string | null;
  actor_name: string | null;
  region_code: string | null;
  data: Json<Record<string, unknown>>;
}

/** One-time SMS codes of registration, sign-in and reset; only the code's hash (migration 0056). */
export interface SmsCodesTable {
  id: Generated<number>;
  purpose: 'register' | 'login' | 'reset' | 'invite';
  mobile: string;
  code_hash: string;
  attempts: Generated<number>;
  delivered: boolean;
  ip: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

/** What makes a self-registered account unique: mobile, resident ID, credit code (migration 0056). */
export interface AccountIdentitiesTable {
  kind: 'mobile' | 'resident_id' | 'uscc';
  value: string;
  user_id: string;
  created_at: Generated<Date>;
}

/** Registered enterprises with their legal representative and administrator (migration 0056). */
export interface EnterprisesTable {
  uscc: string;
  name: string;
  legal_rep_name: string;
  legal_rep_id_number: string;
  admin_user_id: string;
  admin_name: string;
  created_at: Generated<Date>;
}

/** Enterprise staff invitations: pending accounts bound to a credit code (migration 0056). */
export interface EnterpriseInvitesTable {
  id: Generated<string>;
  uscc: string;
  mobile: string;
  person_name: string;
  invited_by: string;
  status: Generated<'pending' | 'accepted' | 'revoked'>;
  created_at: Generated<Date>;
  expires_at: Date;
  accepted_user_id: string | null;
}

export interface PlatformTables {
  audit_denials: AuditDenialsTable;
  audit_checkpoints: AuditCheckpointsTable;
  rate_limits: RateLimitsTable;
  login_failures: LoginFailuresTable;
  notifications: NotificationsTable;
  sms_messages: SmsMessagesTable;
  schema_migrations: SchemaMigrationsTable;
  regions: RegionsTable;
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  chain_heads: ChainHeadsTable;
  events: EventsTable;
  jobs: JobsTable;
  job_schedules: JobSchedulesTable;
  idempotency_keys: IdempotencyKeysTable;
  calendar_days: CalendarDaysTable;
  calendar_years: CalendarYearsTable;
  sms_codes: SmsCodesTable;
  account_identities: AccountIdentitiesTable;
  enterprises: EnterprisesTable;
  enterprise_invites: EnterpriseInvitesTable;
}
