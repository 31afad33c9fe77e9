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
  'id', 'username', 'password_hash', 'display_name', 'roles', 'department_code', 'region_code', 'status', 'failed_logins', 'locked_until',
] as const;

function toUser(r: {
  id: string; username: string; password_hash: string; display_name: string; roles: string[]; department_code: string | null;
  region_code: string; status: 'active' | 'disabled'; failed_logins: number; locked_until: Date | null;
}): UserRecord {
  return {
    id: r.id, username: r.username, passwordHash: r.password_hash, displayName: r.display_name, roles: r.roles,
    departmentCode: r.department_code, regionCode: r.region_code, status: r.status, failedLogins: r.failed_logins, lockedUntil: r.locked_until,
  };
}

export async function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').select(userColumns).where('username', '=', username).executeTakeFirst();
  return r && toUser(r);
}

/** Counts a failed sign-in and locks the account when the count reaches maxFailures. */
export async function recordFailedLogin(db: Kysely<DB>, userId: string, maxFailures: number, lockMinutes: number): Promise<{ locked: boolean }> {
  const r = await db
    .updateTable('users')
    .set({
      failed_logins: sql`failed_logins + 1`,
      locked_until: sql`CASE WHEN failed_logins + 1 >= ${maxFailures} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END`,
    })
    .where('id', '=', userId)
    .returning(['failed_logins'])
    .executeTakeFirstOrThrow();
  return { locked: r.failed_logins >= maxFailures };
}

export async function resetFailedLogins(db: Kysely<DB>, userId: string): Promise<void> {
  await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
}

/**
 * Counts one attempt for a key (a client address) in the current fixed window and returns the count
 * so far. The counter lives in the database so every node sees the same number.
 */
export async function countAttempt(db: Kysely<DB>, key: string, windowSeconds: number): Promise<{ attempts: number; windowEnds: Date }> {
  const r = await db
    .insertInto('login_throttle')
    .values({ key, window_start: sql`to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds})`, attempts: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ attempts: sql`login_throttle.attempts + 1` }))
    .returning(['attempts', 'window_start'])
    .executeTakeFirstOrThrow();
  return { attempts: r.attempts, windowEnds: new Date(new Date(r.window_start).getTime() + windowSeconds * 1000) };
}

export interface SessionRow {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRecord;
}

export async function insertSession(
  db: Kysely<DB>,
  s: { id: string; userId: string; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db.insertInto('sessions').values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent }).execute();
}

/** The session with its user, or undefined when unknown. Expired sessions are returned (the caller decides). */
export async function findSession(db: Kysely<DB>, sessionId: string): Promise<SessionRow | undefined> {
  const r = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at'])
    .select(userColumns.map((c) => `u.${c}` as const))
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!r) return undefined;
  return { sessionId: r.session_id, csrfToken: r.csrf_token, expiresAt: r.expires_at, user: toUser(r) };
}

/** Slides the idle expiry forward. */
export async function touchSession(db: Kysely<DB>, sessionId: string, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: new Date(), expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Deletes expired sessions and stale throttle windows; returns how many sessions went. */
export async function deleteExpiredSessions(db: Kysely<DB>, now = new Date()): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
  await db.deleteFrom('login_throttle').where('window_start', '<', new Date(now.getTime() - 24 * 3600_000)).execute();
  return Number(r.numDeletedRows);
}
