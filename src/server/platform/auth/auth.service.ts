import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { DB } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { AppError, ERR } from '../errors';
import * as repo from './auth.repository';
import { DUMMY_HASH_INPUT, hashPassword, verifyPassword } from './passwords';
import { isRole, type Actor } from './roles';

/** Sign-in attempts one client address may make per window, whatever the usernames. */
const ADDRESS_ATTEMPTS_PER_WINDOW = 30;
const ADDRESS_WINDOW_SECONDS = 300;
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
 * Signs a user in: throttles by client address, locks the account after repeated failures, and
 * audits every outcome. Unknown usernames cost the same time as wrong passwords.
 */
export async function signIn(
  db: Kysely<DB>,
  cfg: AuthConfig,
  input: { username: string; password: string; ip: string | null; userAgent: string | null },
): Promise<SignedIn> {
  const throttle = await repo.countAttempt(db, `ip:${input.ip ?? 'unknown'}`, ADDRESS_WINDOW_SECONDS);
  if (throttle.attempts > ADDRESS_ATTEMPTS_PER_WINDOW) {
    const seconds = Math.max(1, Math.ceil((throttle.windowEnds.getTime() - Date.now()) / 1000));
    throw new AppError(ERR.RATE_LIMITED, { seconds }, { retryAfterSeconds: seconds });
  }
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

  if (!user) {
    dummyHash ??= hashPassword(DUMMY_HASH_INPUT);
    await verifyPassword(await dummyHash, input.password);
    await audit('auth.login_failed', { reason: 'unknown_user' });
    throw new AppError(ERR.INVALID_CREDENTIALS);
  }
  const lockedFor = user.lockedUntil ? user.lockedUntil.getTime() - Date.now() : 0;
  if (lockedFor > 0) {
    await audit('auth.login_failed', { reason: 'locked' });
    const minutes = Math.ceil(lockedFor / 60_000);
    throw new AppError(ERR.ACCOUNT_LOCKED, { minutes }, { retryAfterSeconds: Math.ceil(lockedFor / 1000) });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const { locked } = await repo.recordFailedLogin(db, user.id, cfg.loginMaxFailures, cfg.loginLockMinutes);
    await audit('auth.login_failed', { reason: 'bad_password', locked });
    if (locked) {
      throw new AppError(ERR.ACCOUNT_LOCKED, { minutes: cfg.loginLockMinutes }, { retryAfterSeconds: cfg.loginLockMinutes * 60 });
    }
    throw new AppError(ERR.INVALID_CREDENTIALS);
  }
  if (user.status !== 'active') {
    await audit('auth.login_failed', { reason: 'disabled' });
    throw new AppError(ERR.ACCOUNT_DISABLED);
  }
  if (user.failedLogins > 0) await repo.resetFailedLogins(db, user.id);

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + cfg.sessionIdleMinutes * 60_000);
  const sessionId = sessionIdOf(token);
  await repo.insertSession(db, { id: sessionId, userId: user.id, csrfToken, expiresAt, ip: input.ip, userAgent: input.userAgent });
  await audit('auth.login');
  return { token, csrfToken, expiresAt, actor: toActor(user, sessionId) };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/**
 * The actor behind a session cookie. Throws SESSION_EXPIRED for an unknown or expired session or a
 * disabled account; slides the idle expiry forward.
 */
export async function resolveSession(db: Kysely<DB>, cfg: AuthConfig, token: string): Promise<ResolvedSession> {
  const sessionId = sessionIdOf(token);
  const s = await repo.findSession(db, sessionId);
  const now = Date.now();
  if (!s || s.expiresAt.getTime() <= now || s.user.status !== 'active') {
    if (s) await repo.deleteSession(db, sessionId);
    throw new AppError(ERR.SESSION_EXPIRED);
  }
  const newExpiry = now + cfg.sessionIdleMinutes * 60_000;
  if (newExpiry - s.expiresAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, sessionId, new Date(newExpiry));
  return { actor: toActor(s.user, sessionId), csrfToken: s.csrfToken };
}

/** Ends a session and audits it. */
export async function signOut(db: Kysely<DB>, actor: Actor): Promise<void> {
  if (actor.sessionId) await repo.deleteSession(db, actor.sessionId);
  await recordAudit(db, { action: 'auth.logout', actorId: actor.id, actorName: actor.displayName, subjectType: 'user', subjectId: actor.id, regionCode: actor.regionCode });
}
