import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type {
  citizenRegistrationBody,
  enterpriseRegistrationBody,
  inviteAcceptBody,
  passwordResetBody,
  smsLoginBody,
} from '../../../shared/accounts/accounts.schemas';
import type { Config } from '../../config';
import type { DB } from '../../db/types';
import { AUDIT_CHAIN, recordAudit } from '../../platform/audit/audit';
import { appendEvent } from '../../platform/audit/events.repository';
import { findUserById } from '../../platform/auth/auth.repository';
import { endSessionsOf, openSession, type SignedIn } from '../../platform/auth/auth.service';
import { hashPassword } from '../../platform/auth/passwords';
import { CITY_REGION } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import { maskMobile } from '../../platform/ids/mobile';
import { maskResidentId } from '../../platform/ids/resident-id';
import { consumeCode } from './accounts.codes';
import { ACCOUNT_ERR } from './accounts.errors';
import type { RealNameVerifier } from './accounts.realname';
import * as repo from './accounts.repository';

type SessionConfig = Pick<Config, 'sessionIdleMinutes'>;
/** Who is asking, for throttling, the session row and the audit. */
export interface Client {
  ip: string | null;
  userAgent: string | null;
}

const UNIQUE_VIOLATION = '23505';

/** Asks the real-name service; a refusal becomes REAL_NAME_FAILED with its reason, an outage REAL_NAME_UNAVAILABLE. */
async function verifyRealName(verifier: RealNameVerifier, name: string, idNumber: string): Promise<void> {
  const r = await verifier.verify(name, idNumber);
  if (r.ok) return;
  if (r.code === 'UNAVAILABLE') throw new AppError(ACCOUNT_ERR.REAL_NAME_UNAVAILABLE);
  throw new AppError(ACCOUNT_ERR.REAL_NAME_FAILED, { reason: r.reason, reasonEn: r.reasonEn }, { code: r.code });
}

/** Runs an account insert, turning a lost race on a unique identity into the conflict it means. */
async function insertOrConflict<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>, onConflict: AppError): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw onConflict;
    throw err;
  }
}

async function signInNew(db: Kysely<DB>, cfg: SessionConfig, userId: string, client: Client): Promise<SignedIn> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError(ERR.INVALID_CREDENTIALS);
  return openSession(db, cfg, user, client);
}

/**
 * Registers a citizen: real-name check, the SMS code, then the account (username = the mobile
 * number) with its identities, audited in the same transaction; the new account is signed in.
 */
export async function registerCitizen(
  db: Kysely<DB>,
  cfg: SessionConfig,
  verifier: RealNameVerifier,
  input: z.output<typeof citizenRegistrationBody>,
  client: Client,
  now: Date,
): Promise<SignedIn> {
  await verifyRealName(verifier, input.name, input.idNumber);
  await consumeCode(db, { purpose: 'register', mobile: input.mobile, code: input.code, ip: client.ip }, now);
  const passwordHash = await hashPassword(input.password);
  const userId = await insertOrConflict(
    db,
    async (trx) => {
      if (await repo.isResidentIdTaken(trx, input.idNumber)) throw new AppError(ACCOUNT_ERR.ID_ALREADY_REGISTERED);
      if (await repo.isMobileTaken(trx, input.mobile)) throw new AppError(ACCOUNT_ERR.MOBILE_ALREADY_REGISTERED);
      const regionCode = await repo.resolveRegion(trx, input.idNumber.slice(0, 6), CITY_REGION);
      const id = await repo.insertAccount(
        trx,
        { username: input.mobile, passwordHash, displayName: input.name, role: 'citizen', regionCode, mobile: input.mobile, idNumber: input.idNumber },
        [{ kind: 'resident_id', value: input.idNumber }],
      );
      await appendEvent(trx, {
        chain: AUDIT_CHAIN,
        action: 'account.registered',
        actorId: id,
        actorName: input.name,
        subjectType: 'user',
        subjectId: id,
        regionCode,
        data: { role: 'citizen', mobile: maskMobile(input.mobile), idNumber: maskResidentId(input.idNumber), verifier: verifier.name, ip: client.ip },
        at: now,
      });
      return id;
    },
    new AppError(ACCOUNT_ERR.ID_ALREADY_REGISTERED),
  );
  return signInNew(db, cfg, userId, client);
}

/**
 * Registers an enterprise: its credit code, its legal representative (real-name checked), and the
 * registering person as its administrator, whose account (role enterprise, bound to the code) is
 * signed in.
 */
export async function registerEnterprise(
  db: Kysely<DB>,
  cfg: SessionConfig,
  verifier: RealNameVerifier,
  input: z.output<typeof enterpriseRegistrationBody>,
  client: Client,
  now: Date,
): Promise<SignedIn> {
  await verifyRealName(verifier, input.legalRepName, input.legalRepIdNumber);
  await consumeCode(db, { purpose: 'register', mobile: input.mobile, code: input.code, ip: client.ip }, now);
  const passwordHash = await hashPassword(input.password);
  const userId = await insertOrConflict(
    db,
    async (trx) => {
      if (await repo.isUsccTaken(trx, input.uscc)) throw new AppError(ACCOUNT_ERR.ENTERPRISE_ALREADY_REGISTERED);
      if (await repo.isMobileTaken(trx, input.mobile)) throw new AppError(ACCOUNT_ERR.MOBILE_ALREADY_REGISTERED);
      const regionCode = await repo.resolveRegion(trx, input.uscc.slice(2, 8), CITY_REGION);
      const id = await repo.insertAccount(
        trx,
        { username: input.mobile, passwordHash, displayName: input.enterpriseName, role: 'enterprise', regionCode, mobile: input.mobile, uscc: input.uscc },
        [{ kind: 'uscc', value: input.uscc }],
      );
      await repo.insertEnterprise(trx, {
        uscc: input.uscc,
        name: input.enterpriseName,
        legalRepName: input.legalRepName,
        legalRepIdNumber: input.legalRepIdNumber,
        adminUserId: id,
        adminName: input.adminName,
      });
      await appendEvent(trx, {
        chain: AUDIT_CHAIN,
        action: 'account.registered',
        actorId: id,
        actorName: input.adminName,
        subjectType: 'user',
        subjectId: id,
        regionCode,
        data: {
          role: 'enterprise',
          uscc: input.uscc,
          enterprise: input.enterpriseName,
          admin: true,
          mobile: maskMobile(input.mobile),
          verifier: verifier.name,
          ip: client.ip,
        },
        at: now,
      });
      return id;
    },
    new AppError(ACCOUNT_ERR.ENTERPRISE_ALREADY_REGISTERED),
  );
  return signInNew(db, cfg, userId, client);
}

/**
 * Sign-in by SMS code: the same session as a password sign-in. A number without an account never
 * got a code, so it fails like a wrong code.
 */
export async function signInByCode(db: Kysely<DB>, cfg: SessionConfig, input: z.output<typeof smsLoginBody>, client: Client, now: Date): Promise<SignedIn> {
  await consumeCode(db, { purpose: 'login', mobile: input.mobile, code: input.code, ip: client.ip }, now);
  const userId = await repo.findUserIdByMobile(db, input.mobile);
  const user = userId ? await findUserById(db, userId) : undefined;
  if (!user) throw new AppError(ACCOUNT_ERR.SMS_CODE_EXPIRED);
  const audit = (action: string, data: Record<string, unknown> = {}) =>
    recordAudit(db, {
      action,
      actorId: user.id,
      actorName: user.displayName,
      subjectType: 'user',
      subjectId: user.id,
      regionCode: user.regionCode,
      data: { username: user.username, method: 'sms', ip: client.ip, ...data },
    });
  if (user.status !== 'active') {
    await audit('auth.login_failed', { reason: 'disabled' });
    throw new AppError(ERR.ACCOUNT_DISABLED);
  }
  const session = await openSession(db, cfg, user, client);
  await audit('auth.login');
  return session;
}

/** Sets a new password after an SMS code; every session of the account ends and its sign-in locks clear. */
export async function resetPassword(db: Kysely<DB>, input: z.output<typeof passwordResetBody>, client: Client, now: Date): Promise<void> {
  await consumeCode(db, { purpose: 'reset', mobile: input.mobile, code: input.code, ip: client.ip }, now);
  const userId = await repo.findUserIdByMobile(db, input.mobile);
  const user = userId ? await findUserById(db, userId) : undefined;
  if (!user) throw new AppError(ACCOUNT_ERR.SMS_CODE_EXPIRED);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    await repo.updatePassword(trx, user.id, passwordHash);
    await trx.deleteFrom('login_failures').where('key', '=', `user:${user.username}`).execute();
    await appendEvent(trx, {
      chain: AUDIT_CHAIN,
      action: 'account.password_reset',
      actorId: user.id,
      actorName: user.displayName,
      subjectType: 'user',
      subjectId: user.id,
      regionCode: user.regionCode,
      data: { username: user.username, method: 'sms', ip: client.ip },
      at: now,
    });
  });
  await endSessionsOf(db, user.id);
}

/** Completes an enterprise invitation: the invitee's own account, bound to the enterprise's credit code, signed in. */
export async function acceptInvite(db: Kysely<DB>, cfg: SessionConfig, input: z.output<typeof inviteAcceptBody>, client: Client, now: Date): Promise<SignedIn> {
  await consumeCode(db, { purpose: 'invite', mobile: input.mobile, code: input.code, ip: client.ip }, now);
  const invite = await repo.findPendingInviteByMobile(db, input.mobile, now);
  if (!invite) throw new AppError(ACCOUNT_ERR.INVITE_NOT_FOUND);
  const passwordHash = await hashPassword(input.password);
  const userId = await insertOrConflict(
    db,
    async (trx) => {
      if (await repo.isMobileTaken(trx, input.mobile)) throw new AppError(ACCOUNT_ERR.MOBILE_ALREADY_REGISTERED);
      const regionCode = await repo.resolveRegion(trx, invite.uscc.slice(2, 8), CITY_REGION);
      const id = await repo.insertAccount(
        trx,
        { username: input.mobile, passwordHash, displayName: invite.enterprise_name, role: 'enterprise', regionCode, mobile: input.mobile, uscc: invite.uscc },
        [],
      );
      if (!(await repo.setInviteStatus(trx, invite.id, invite.uscc, 'accepted', id))) throw new AppError(ACCOUNT_ERR.INVITE_NOT_FOUND);
      await appendEvent(trx, {
        chain: AUDIT_CHAIN,
        action: 'account.invite_accepted',
        actorId: id,
        actorName: invite.person_name,
        subjectType: 'enterprise_invite',
        subjectId: invite.id,
        regionCode,
        data: { uscc: invite.uscc, userId: id, mobile: maskMobile(input.mobile), ip: client.ip },
        at: now,
      });
      return id;
    },
    new AppError(ACCOUNT_ERR.MOBILE_ALREADY_REGISTERED),
  );
  return signInNew(db, cfg, userId, client);
}
