import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  SMS_CODE_LENGTH,
  SMS_CODE_MAX_ATTEMPTS,
  SMS_CODE_RESEND_SECONDS,
  SMS_CODE_TTL_SECONDS,
  type SmsCodePurpose,
} from '../../../shared/accounts/accounts.enums';
import type { SmsCodeSent } from '../../../shared/accounts/accounts.schemas';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { AUDIT_CHAIN, recordAudit } from '../../platform/audit/audit';
import { AppError } from '../../platform/errors';
import { enforceLimits, type Limit } from '../../platform/http/rate-limit';
import { maskMobile } from '../../platform/ids/mobile';
import { queueNotification } from '../../platform/notifications/notify';
import { ACCOUNT_ERR } from './accounts.errors';
import { ACCOUNT_MSG } from './accounts.notify';
import * as repo from './accounts.repository';

/** Codes one number may receive: 5 an hour, 10 a day (besides one a minute). */
const MOBILE_HOURLY: Limit = { max: 5, windowSeconds: 3600 };
const MOBILE_DAILY: Limit = { max: 10, windowSeconds: 86_400 };
/** Codes one client address may ask for in an hour, whatever the numbers. */
const ADDRESS_HOURLY: Limit = { max: 20, windowSeconds: 3600 };
/** Codes one client address may try in ten minutes, whatever the numbers (each code also dies after 5). */
const ADDRESS_TRIES: Limit = { max: 30, windowSeconds: 600 };

const CODE_TEMPLATE: Record<SmsCodePurpose, string> = {
  register: ACCOUNT_MSG['account.code.register'],
  login: ACCOUNT_MSG['account.code.login'],
  reset: ACCOUNT_MSG['account.code.reset'],
  invite: ACCOUNT_MSG['account.code.invite'],
};

/** Only this is stored: the code bound to its number and purpose, so a hash is useless elsewhere. */
export function hashCode(purpose: SmsCodePurpose, mobile: string, code: string): string {
  return createHash('sha256').update(`${purpose}:${mobile}:${code}`).digest('hex');
}

/**
 * Whom a code for this purpose would serve. A code goes out only when it can be used; otherwise the
 * request is answered and throttled the same (docs/decisions.md D23), so nobody learns from it
 * whether a number has an account. Registration for a number that has one sends a notice instead.
 */
async function decideDelivery(db: Kysely<DB>, purpose: SmsCodePurpose, mobile: string, now: Date): Promise<'code' | 'notice' | 'none'> {
  switch (purpose) {
    case 'register':
      return (await repo.isMobileTaken(db, mobile)) ? 'notice' : 'code';
    case 'login':
    case 'reset':
      return (await repo.findUserIdByMobile(db, mobile)) ? 'code' : 'none';
    case 'invite':
      return (await repo.findPendingInviteByMobile(db, mobile, now)) ? 'code' : 'none';
  }
}

/**
 * Sends a one-time code by SMS through the platform's outbox (and so the configured SMS gateway).
 * One a minute per number; 5 an hour and 10 a day per number; 20 an hour per client address.
 */
export async function requestCode(db: Kysely<DB>, input: { purpose: SmsCodePurpose; mobile: string; ip: string | null }, now: Date): Promise<SmsCodeSent> {
  const last = await repo.findLastCodeAt(db, input.mobile);
  const wait = last ? SMS_CODE_RESEND_SECONDS - Math.floor((now.getTime() - last.getTime()) / 1000) : 0;
  if (wait > 0) throw new AppError(ACCOUNT_ERR.SMS_CODE_TOO_SOON, { seconds: wait }, { retryAfterSeconds: wait });
  await enforceLimits(
    db,
    [
      { key: `accounts.sms.mobile:${input.mobile}`, limit: MOBILE_HOURLY },
      { key: `accounts.sms.mobile.day:${input.mobile}`, limit: MOBILE_DAILY },
      { key: `accounts.sms.ip:${input.ip ?? 'unknown'}`, limit: ADDRESS_HOURLY },
    ],
    now,
  );
  const delivery = await decideDelivery(db, input.purpose, input.mobile, now);
  const code = String(randomInt(0, 10 ** SMS_CODE_LENGTH)).padStart(SMS_CODE_LENGTH, '0');
  await db.transaction().execute(async (trx) => {
    await repo.insertCode(trx, {
      purpose: input.purpose,
      mobile: input.mobile,
      codeHash: hashCode(input.purpose, input.mobile, code),
      delivered: delivery === 'code',
      ip: input.ip,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SMS_CODE_TTL_SECONDS * 1000),
    });
    if (delivery !== 'none') {
      await queueNotification(trx, {
        mobile: input.mobile,
        channels: ['sms'],
        template: delivery === 'code' ? CODE_TEMPLATE[input.purpose] : ACCOUNT_MSG['account.already_registered'],
        params: { code, minutes: SMS_CODE_TTL_SECONDS / 60 },
        subjectType: 'sms_code',
      });
    }
    await appendEvent(trx, {
      chain: AUDIT_CHAIN,
      action: 'account.sms_code_requested',
      subjectType: 'mobile',
      subjectId: maskMobile(input.mobile),
      data: { purpose: input.purpose, mobile: maskMobile(input.mobile), delivery, ip: input.ip },
      at: now,
    });
  });
  return { maskedMobile: maskMobile(input.mobile), expiresInSeconds: SMS_CODE_TTL_SECONDS, resendAfterSeconds: SMS_CODE_RESEND_SECONDS };
}

/**
 * Uses up a code: right → spent; wrong → one attempt fewer (the fifth wrong one kills it). Only
 * the newest code of a number and purpose counts. The attempt is committed before the answer, so
 * a wrong guess always counts. Throws SMS_CODE_WRONG or SMS_CODE_EXPIRED.
 */
export async function consumeCode(
  db: Kysely<DB>,
  input: { purpose: SmsCodePurpose; mobile: string; code: string; ip: string | null },
  now: Date,
): Promise<void> {
  await enforceLimits(db, [{ key: `accounts.code.ip:${input.ip ?? 'unknown'}`, limit: ADDRESS_TRIES }], now);
  const outcome = await db.transaction().execute(async (trx) => {
    const row = await repo.lockLatestCode(trx, input.mobile, input.purpose);
    if (!row || row.expiresAt <= now || row.attempts >= SMS_CODE_MAX_ATTEMPTS) return { ok: false as const, remaining: 0 };
    const attempts = row.attempts + 1;
    const given = Buffer.from(hashCode(input.purpose, input.mobile, input.code), 'hex');
    const right = timingSafeEqual(given, Buffer.from(row.codeHash, 'hex'));
    await repo.recordCodeAttempt(trx, row.id, attempts, right ? now : null);
    return { ok: right, remaining: SMS_CODE_MAX_ATTEMPTS - attempts };
  });
  if (outcome.ok) return;
  await recordAudit(db, {
    action: 'account.sms_code_rejected',
    subjectType: 'mobile',
    subjectId: maskMobile(input.mobile),
    data: { purpose: input.purpose, mobile: maskMobile(input.mobile), remaining: outcome.remaining, ip: input.ip },
  });
  if (outcome.remaining <= 0) throw new AppError(ACCOUNT_ERR.SMS_CODE_EXPIRED);
  throw new AppError(ACCOUNT_ERR.SMS_CODE_WRONG, { remaining: outcome.remaining });
}
