import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

export interface UserRecord {
  id: string;
  username: string;
  passwordHash: string;
  displayName: string;
  roles: string[];
  departmentCode: string | null;
  regionCode: string;
  status: 'active' | 'disabled';
  failedLogins: number;
  lockedUntil: Date | null;
}

const userColumns = [
  'id',
  'username',
  'password_hash',
  'display_name',
  'roles',
  'department_code',
  'region_code',
  'status',
  'failed_logins',
  'locked_until',
] as const;

function toUser(r: {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  roles: string[];
  department_code: string | null;
  region_code: string;
  status: 'active' | 'disabled';
  failed_logins: number;
  locked_until: Date | null;
}): UserRecord {
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    displayName: r.display_name,
    roles: r.roles,
    departmentCode: r.department_code,
    regionCode: r.region_code,
    status: r.status,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
  };
}

export async function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').select(userColumns).where('username', '=', username).executeTakeFirst();
  return r && toUser(r);
}

/** How one sign-in failure counter locks: after `max` failures, for `lockSeconds` (doubled per earlier lock when `grow`). */
export interface FailureRule {
  max: number;
  lockSeconds: number;
  grow: boolean;
}

/** The result of reserving an attempt: go ahead and check the password, or wait. */
export type Reservation = { allowed: true; locking: boolean } | { allowed: false; retryAfterSeconds: number };

/** The longest a progressive lock grows to. */
const MAX_LOCK_SECONDS = 24 * 3600;

/**
 * Reserves one sign-in attempt on a failure counter before the password hash is checked: the
 * attempt is counted as a failure up front (under a row lock, so concurrent attempts see each
 * other), and the attempt that reaches `max` sets the lock. A correct password then clears the
 * counter. So however many guesses arrive at once, at most `max` hashes are checked per lock.
 */
export async function reserveLoginAttempt(db: Kysely<DB>, key: string, rule: FailureRule, now = new Date()): Promise<Reservation> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('login_failures')
      .values({ key })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await trx
      .selectFrom('login_failures')
      .select(['failures', 'locks', 'locked_until'])
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirstOrThrow();
    let { failures, locks } = row;
    const lockedUntil = row.locked_until ? new Date(row.locked_until) : null;
    if (lockedUntil && lockedUntil > now && failures >= rule.max) {
      return { allowed: false as const, retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000)) };
    }
    // A lock that has run out starts a new round; `locks` remembers it, so the next lock is longer.
    if (lockedUntil && lockedUntil <= now) failures = 0;
    failures += 1;
    const locking = failures >= rule.max;
    let until: Date | null = lockedUntil && lockedUntil > now ? lockedUntil : null;
    if (locking) {
      locks += 1;
      const seconds = Math.min(MAX_LOCK_SECONDS, rule.lockSeconds * (rule.grow ? 2 ** Math.min(locks - 1, 16) : 1));
      until = new Date(now.getTime() + seconds * 1000);
    }
    await trx.updateTable('login_failures').set({ failures, locks, locked_until: until, updated_at: now }).where('key', '=', key).execute();
    return { allowed: true as const, locking };
  });
}

/** Gives back an attempt reserved by reserveLoginAttempt that was refused for another reason before any hash was checked. */
export async function releaseLoginAttempt(db: Kysely<DB>, key: string, reserved: { locking: boolean }): Promise<void> {
  await db
    .updateTable('login_failures')
    .set(
      reserved.locking
        ? { failures: sql`greatest(failures - 1, 0)`, locks: sql`greatest(locks - 1, 0)`, locked_until: null }
        : { failures: sql`greatest(failures - 1, 0)` },
    )
    .where('key', '=', key)
    .execute();
}

/** When a failure counter's lock ends, if it has one. */
export async function findLockedUntil(db: Kysely<DB>, key: string): Promise<Date | null> {
  const r = await db.selectFrom('login_failures').select('locked_until').where('key', '=', key).executeTakeFirst();
  return r?.locked_until ? new Date(r.locked_until) : null;
}

/** A correct password: the counters of this username (and address) start from nothing. */
export async function clearLoginFailures(db: Kysely<DB>, keys: readonly string[]): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('key', 'in', [...keys])
    .execute();
}

export interface SessionRow {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  /** The session's own idle expiry (a kiosk's), or null for the configured one. */
  idleMinutes: number | null;
  user: UserRecord;
}

export async function insertSession(
  db: Kysely<DB>,
  s: {
    id: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
    idleMinutes?: number;
    kioskDeviceId?: string;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
      idle_minutes: s.idleMinutes ?? null,
      kiosk_device_id: s.kioskDeviceId ?? null,
    })
    .execute();
}

/** The session with its user, or undefined when unknown. Expired sessions are returned (the caller decides). */
export async function findSession(db: Kysely<DB>, sessionId: string): Promise<SessionRow | undefined> {
  const r = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at', 's.idle_minutes'])
    .select(userColumns.map((c) => `u.${c}` as const))
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!r) return undefined;
  return { sessionId: r.session_id, csrfToken: r.csrf_token, expiresAt: r.expires_at, idleMinutes: r.idle_minutes, user: toUser(r) };
}

/** Slides the idle expiry forward. */
export async function touchSession(db: Kysely<DB>, sessionId: string, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: new Date(), expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

/** Deletes every session of a user; returns their ids. */
export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
  return rows.map((r) => r.id);
}

/** Deletes every session opened at a kiosk device; returns their ids. */
export async function deleteSessionsOfKiosk(db: Kysely<DB>, deviceId: string): Promise<string[]> {
  const rows = await db.deleteFrom('sessions').where('kiosk_device_id', '=', deviceId).returning('id').execute();
  return rows.map((r) => r.id);
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
  return r && toUser(r);
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Deletes expired sessions and spent failure counters; returns how many sessions went. */
export async function deleteExpiredSessions(db: Kysely<DB>, now = new Date()): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
  // Counters idle for longer than the longest lock are spent.
  await db
    .deleteFrom('login_failures')
    .where('updated_at', '<', new Date(now.getTime() - 2 * MAX_LOCK_SECONDS * 1000))
    .execute();
  return Number(r.numDeletedRows);
}
