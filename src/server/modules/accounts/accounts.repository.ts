import { sql, type Kysely } from 'kysely';
import type { SmsCodePurpose } from '../../../shared/accounts/accounts.enums';
import type { Executor } from '../../db/executor';
import type { DB } from '../../db/types';

/** The accounts module's only SQL: SMS codes, identities, enterprises and invitations. */

export interface CodeRow {
  id: number;
  codeHash: string;
  attempts: number;
  expiresAt: Date;
}

/** When the last code of any purpose went to this number (the 60-second rule). */
export async function findLastCodeAt(db: Executor, mobile: string): Promise<Date | null> {
  const r = await db.selectFrom('sms_codes').select('created_at').where('mobile', '=', mobile).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return r ? new Date(r.created_at) : null;
}

export async function insertCode(
  db: Executor,
  c: { purpose: SmsCodePurpose; mobile: string; codeHash: string; delivered: boolean; ip: string | null; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sms_codes')
    .values({ purpose: c.purpose, mobile: c.mobile, code_hash: c.codeHash, delivered: c.delivered, ip: c.ip, created_at: c.createdAt, expires_at: c.expiresAt })
    .execute();
}

/** The newest unused code for this number and purpose, locked for the attempt. Only the newest counts. */
export async function lockLatestCode(db: Executor, mobile: string, purpose: SmsCodePurpose): Promise<CodeRow | undefined> {
  const r = await db
    .selectFrom('sms_codes')
    .select(['id', 'code_hash', 'attempts', 'expires_at', 'used_at'])
    .where('mobile', '=', mobile)
    .where('purpose', '=', purpose)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  if (!r || r.used_at) return undefined;
  return { id: r.id, codeHash: r.code_hash, attempts: r.attempts, expiresAt: new Date(r.expires_at) };
}

export async function recordCodeAttempt(db: Executor, id: number, attempts: number, usedAt: Date | null): Promise<void> {
  await db.updateTable('sms_codes').set({ attempts, used_at: usedAt }).where('id', '=', id).execute();
}

/** The active account a mobile number signs in to: its registered identity, else the one active account with that number. */
export async function findUserIdByMobile(db: Executor, mobile: string): Promise<string | undefined> {
  const identity = await db.selectFrom('account_identities').select('user_id').where('kind', '=', 'mobile').where('value', '=', mobile).executeTakeFirst();
  if (identity) return identity.user_id;
  // Accounts made before self-registration (demo, staff) carry their number on the user row only;
  // a number shared by several of them signs in to none.
  const rows = await db.selectFrom('users').select('id').where('mobile', '=', mobile).where('status', '=', 'active').limit(2).execute();
  return rows.length === 1 ? rows[0].id : undefined;
}

/** Whether a mobile number already belongs to an account (registered, or on any user row). */
export async function isMobileTaken(db: Executor, mobile: string): Promise<boolean> {
  const r = await sql<{ taken: boolean }>`SELECT
      EXISTS (SELECT 1 FROM account_identities WHERE kind = 'mobile' AND value = ${mobile})
      OR EXISTS (SELECT 1 FROM users WHERE (mobile = ${mobile} AND status = 'active') OR username = ${mobile}) AS taken`.execute(db);
  return r.rows[0].taken;
}

/** Whether a citizen account already holds this resident ID (registered, or an older active citizen account). */
export async function isResidentIdTaken(db: Executor, idNumber: string): Promise<boolean> {
  const r = await sql<{ taken: boolean }>`SELECT
      EXISTS (SELECT 1 FROM account_identities WHERE kind = 'resident_id' AND value = ${idNumber})
      OR EXISTS (SELECT 1 FROM users WHERE id_number = ${idNumber} AND status = 'active' AND 'citizen' = ANY (roles)) AS taken`.execute(db);
  return r.rows[0].taken;
}

/** Whether this enterprise is registered (or an older active enterprise account holds the code). */
export async function isUsccTaken(db: Executor, uscc: string): Promise<boolean> {
  const r = await sql<{ taken: boolean }>`SELECT
      EXISTS (SELECT 1 FROM enterprises WHERE uscc = ${uscc})
      OR EXISTS (SELECT 1 FROM users WHERE uscc = ${uscc} AND status = 'active') AS taken`.execute(db);
  return r.rows[0].taken;
}

/** The region a new account belongs to: the given code when it is one of ours, else the city. */
export async function resolveRegion(db: Executor, code: string, fallback: string): Promise<string> {
  const r = await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
  return r?.code ?? fallback;
}

export interface NewAccount {
  username: string;
  passwordHash: string;
  displayName: string;
  role: 'citizen' | 'enterprise';
  regionCode: string;
  mobile: string;
  idNumber?: string;
  uscc?: string;
}

/** Inserts the user and its identities (mobile, and the resident ID or credit code it answers for). */
export async function insertAccount(db: Executor, a: NewAccount, identities: ReadonlyArray<{ kind: 'resident_id' | 'uscc'; value: string }>): Promise<string> {
  const { id } = await db
    .insertInto('users')
    .values({
      username: a.username,
      password_hash: a.passwordHash,
      display_name: a.displayName,
      roles: [a.role],
      department_code: null,
      region_code: a.regionCode,
      id_number: a.idNumber ?? null,
      uscc: a.uscc ?? null,
      mobile: a.mobile,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('account_identities')
    .values([{ kind: 'mobile' as const, value: a.mobile, user_id: id }, ...identities.map((i) => ({ ...i, user_id: id }))])
    .execute();
  return id;
}

export async function updatePassword(db: Executor, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', userId)
    .execute();
}

export async function insertEnterprise(
  db: Executor,
  e: { uscc: string; name: string; legalRepName: string; legalRepIdNumber: string; adminUserId: string; adminName: string },
): Promise<void> {
  await db
    .insertInto('enterprises')
    .values({
      uscc: e.uscc,
      name: e.name,
      legal_rep_name: e.legalRepName,
      legal_rep_id_number: e.legalRepIdNumber,
      admin_user_id: e.adminUserId,
      admin_name: e.adminName,
    })
    .execute();
}

export async function findEnterprise(db: Executor, uscc: string) {
  return db.selectFrom('enterprises').selectAll().where('uscc', '=', uscc).executeTakeFirst();
}

export async function findPendingInviteByMobile(db: Executor, mobile: string, now: Date) {
  return db
    .selectFrom('enterprise_invites as i')
    .innerJoin('enterprises as e', 'e.uscc', 'i.uscc')
    .select(['i.id', 'i.uscc', 'i.person_name', 'i.expires_at', 'e.name as enterprise_name'])
    .where('i.mobile', '=', mobile)
    .where('i.status', '=', 'pending')
    .where('i.expires_at', '>', now)
    .executeTakeFirst();
}

export async function hasPendingInvite(db: Executor, mobile: string): Promise<boolean> {
  const r = await db.selectFrom('enterprise_invites').select('id').where('mobile', '=', mobile).where('status', '=', 'pending').executeTakeFirst();
  return !!r;
}

export async function insertInvite(db: Executor, i: { uscc: string; mobile: string; personName: string; invitedBy: string; expiresAt: Date }): Promise<string> {
  const r = await db
    .insertInto('enterprise_invites')
    .values({ uscc: i.uscc, mobile: i.mobile, person_name: i.personName, invited_by: i.invitedBy, expires_at: i.expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findInvites(db: Kysely<DB>, uscc: string) {
  return db.selectFrom('enterprise_invites').selectAll().where('uscc', '=', uscc).orderBy('created_at', 'desc').limit(200).execute();
}

export async function setInviteStatus(db: Executor, id: string, uscc: string, status: 'accepted' | 'revoked', userId: string | null): Promise<boolean> {
  const r = await db
    .updateTable('enterprise_invites')
    .set({ status, accepted_user_id: userId })
    .where('id', '=', id)
    .where('uscc', '=', uscc)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
