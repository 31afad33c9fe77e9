import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { DB } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { memoized } from '../cache';
import { AppError, ERR } from '../errors';
import { enforceLimits, type Limit } from '../http/rate-limit';
import * as repo from './auth.repository';
import { DUMMY_HASH_INPUT, hashPassword, verifyPassword } from './passwords';
import { isRole, type Actor } from './roles';

/** Sign-in attempts one client address may make per window, whatever the usernames. */
const ADDRESS_LIMIT: Limit = { max: 30, windowSeconds: 300 };
/** Failures one username may take from all addresses together before its short account-wide lock. */
const ACCOUNT_FAILURE_FACTOR = 4;
/** Extend a session's idle expiry at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60_000;

type AuthConfig = Pick<Config, 'sessionIdleMinutes' | 'loginMaxFailures' | 'loginLockMinutes'>;

let dummyHash: Promise<string> | undefined;

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

/** The session id stored in the database: a hash, so a leaked table gives no usable cookie. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toActor(u: repo.UserRecord, sessionId?: string): Actor {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles.filter(isRole),
    departmentCode: u.departmentCode,
    regionCode: u.regionCode,
    sessionId,
  };
}

/**
 * Signs a user in: throttles by client address, locks after repeated failures, and audits every
 * outcome. The lock rule (issue 8):
 *
 * - Failures are counted per username string, whether or not the account exists, so an unknown
 *   username answers exactly like a known one (401, then 429 ACCOUNT_LOCKED) and reveals nothing.
 * - Each attempt is reserved (counted as a failure under a row lock) before the password hash is
 *   checked and given back on success, so concurrent guesses check at most `loginMaxFailures`
 *   hashes per lock.
 * - Per username + client address: `loginMaxFailures` failures lock that address out of that
 *   username for `loginLockMinutes`, doubling with each further lock (up to 24 h) until a correct
 *   sign-in. This is what slows a guesser down; it does not touch other addresses, so a stranger
 *   cannot lock the owner out for long from their own address.
 * - Per username, all addresses: `loginMaxFailures × 4` failures lock the username for
 *   `loginLockMinutes` (never growing), so rotating addresses buys a guesser little, and the worst
 *   a stranger can do to the owner is a short lock that needs several addresses to renew.
 * - A correct password clears both counters; a lock refuses even the correct password.
 */
export async function signIn(
  db: Kysely<DB>,
  cfg: AuthConfig,
  input: { username: string; password: string; ip: string | null; userAgent: string | null },
): Promise<SignedIn> {
  const ip = input.ip ?? 'unknown';
  await enforceLimits(db, [{ key: `auth.ip:${ip}`, limit: ADDRESS_LIMIT }]);
  const user = await repo.findUserByUsername(db, input.username);
  const audit = (action: string, data: Record<string, unknown> = {}) =>
    recordAudit(db, {
      action,
      actorId: user?.id ?? null,
      actorName: user?.displayName ?? null,
      subjectType: 'user',
      subjectId: user?.id ?? null,
      regionCode: user?.regionCode ?? null,
      data: { username: input.username, ip: input.ip, ...data },
    });
  const lockSeconds = cfg.loginLockMinutes * 60;
  const pairKey = `user+ip:${JSON.stringify([input.username, ip])}`;
  const accountKey = `user:${input.username}`;
  const locked = async (retryAfterSeconds: number) => {
    await audit('auth.login_failed', { reason: 'locked' });
    return new AppError(ERR.ACCOUNT_LOCKED, { minutes: Math.ceil(retryAfterSeconds / 60) }, { retryAfterSeconds });
  };

  const pair = await repo.reserveLoginAttempt(db, pairKey, { max: cfg.loginMaxFailures, lockSeconds, grow: true });
  if (!pair.allowed) throw await locked(pair.retryAfterSeconds);
  const account = await repo.reserveLoginAttempt(db, accountKey, { max: cfg.loginMaxFailures * ACCOUNT_FAILURE_FACTOR, lockSeconds, grow: false });
  if (!account.allowed) {
    await repo.releaseLoginAttempt(db, pairKey, pair);
    throw await locked(account.retryAfterSeconds);
  }

  let ok: boolean;
  if (user) {
    ok = await verifyPassword(user.passwordHash, input.password);
  } else {
    dummyHash ??= hashPassword(DUMMY_HASH_INPUT);
    await verifyPassword(await dummyHash, input.password);
    ok = false;
  }
  if (!ok || !user) {
    const nowLocked = pair.locking || account.locking;
    await audit('auth.login_failed', { reason: user ? 'bad_password' : 'unknown_user', locked: nowLocked });
    if (nowLocked) {
      const minutes = pair.locking ? Math.ceil((await lockedFor(db, pairKey)) / 60) : cfg.loginLockMinutes;
      throw new AppError(ERR.ACCOUNT_LOCKED, { minutes }, { retryAfterSeconds: minutes * 60 });
    }
    throw new AppError(ERR.INVALID_CREDENTIALS);
  }
  await repo.clearLoginFailures(db, [pairKey, accountKey]);
  if (user.status !== 'active') {
    await audit('auth.login_failed', { reason: 'disabled' });
    throw new AppError(ERR.ACCOUNT_DISABLED);
  }

  const session = await openSession(db, cfg, user, input);
  await audit('auth.login');
  return session;
}

/** A session opened at a kiosk (docs/decisions.md D32): its own short idle expiry, ended with its device. */
export interface KioskSessionOptions {
  idleMinutes: number;
  kioskDeviceId: string;
}

/**
 * Opens a session for a user whose identity is already proven (a correct password, an SMS code by
 * the accounts module, a card or a phone at a kiosk): the one session mechanism, whatever the way in.
 */
export async function openSession(
  db: Kysely<DB>,
  cfg: Pick<Config, 'sessionIdleMinutes'>,
  user: repo.UserRecord,
  client: { ip: string | null; userAgent: string | null },
  kiosk?: KioskSessionOptions,
): Promise<SignedIn> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + (kiosk?.idleMinutes ?? cfg.sessionIdleMinutes) * 60_000);
  const sessionId = sessionIdOf(token);
  await repo.insertSession(db, { id: sessionId, userId: user.id, csrfToken, expiresAt, ip: client.ip, userAgent: client.userAgent, ...kiosk });
  return { token, csrfToken, expiresAt, actor: toActor(user, sessionId) };
}

/** Ends every session of a user (after a password reset), on this node at once, on others within the cache's 5 s. */
export async function endSessionsOf(db: Kysely<DB>, userId: string): Promise<void> {
  const ids = await repo.deleteSessionsOfUser(db, userId);
  for (const id of ids) recentSessions.forget(db, id);
}

/** Ends every session opened at a kiosk device (revoked, or a new person signing in there). */
export async function endKioskSessions(db: Kysely<DB>, deviceId: string): Promise<void> {
  const ids = await repo.deleteSessionsOfKiosk(db, deviceId);
  for (const id of ids) recentSessions.forget(db, id);
}

/** Seconds left on a counter's lock (0 when none). */
async function lockedFor(db: Kysely<DB>, key: string): Promise<number> {
  const until = await repo.findLockedUntil(db, key);
  return until ? Math.max(0, Math.ceil((until.getTime() - Date.now()) / 1000)) : 0;
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/**
 * Sessions this node resolved lately, per database: a signed-in page makes several requests a
 * second and each would otherwise pay a session query. An entry is trusted for 5 s;
 * signing out here drops it at once, on another node within that time (docs/decisions.md).
 */
const recentSessions = memoized<string, repo.SessionRow | undefined>({
  max: 10_000,
  ttlMs: 5_000,
  keyOf: (id) => id,
  load: (db, id) => repo.findSession(db, id),
});

/**
 * The actor behind a session cookie. Throws SESSION_EXPIRED for an unknown or expired session or a
 * disabled account; slides the idle expiry forward.
 */
export async function resolveSession(db: Kysely<DB>, cfg: AuthConfig, token: string): Promise<ResolvedSession> {
  const sessionId = sessionIdOf(token);
  const now = Date.now();
  const s = await recentSessions.get(db, sessionId);
  if (!s || s.expiresAt.getTime() <= now || s.user.status !== 'active') {
    if (s) {
      recentSessions.forget(db, sessionId);
      await repo.deleteSession(db, sessionId);
    }
    throw new AppError(ERR.SESSION_EXPIRED);
  }
  const newExpiry = now + (s.idleMinutes ?? cfg.sessionIdleMinutes) * 60_000;
  if (newExpiry - s.expiresAt.getTime() > TOUCH_EVERY_MS) {
    await repo.touchSession(db, sessionId, new Date(newExpiry));
    s.expiresAt = new Date(newExpiry);
  }
  return { actor: toActor(s.user, sessionId), csrfToken: s.csrfToken };
}

/** Ends a session and audits it. */
export async function signOut(db: Kysely<DB>, actor: Actor): Promise<void> {
  if (actor.sessionId) {
    recentSessions.forget(db, actor.sessionId);
    await repo.deleteSession(db, actor.sessionId);
  }
  await recordAudit(db, {
    action: 'auth.logout',
    actorId: actor.id,
    actorName: actor.displayName,
    subjectType: 'user',
    subjectId: actor.id,
    regionCode: actor.regionCode,
  });
}
