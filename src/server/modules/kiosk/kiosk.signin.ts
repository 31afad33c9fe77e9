import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context';
import { recordAudit } from '../../platform/audit/audit';
import { findUserById, type UserRecord } from '../../platform/auth/auth.repository';
import { endKioskSessions, openSession, sessionIdOf, type SignedIn } from '../../platform/auth/auth.service';
import { PUBLIC_ROLES, type Actor } from '../../platform/auth/roles';
import { AppError, type Lang } from '../../platform/errors';
import { idProblemMessages } from '../../platform/ids/messages';
import { checkResidentId, maskResidentId } from '../../platform/ids/resident-id';
import type { CardSignInInput } from '../../../shared/kiosk/kiosk.schemas';
import { placeFacts } from './kiosk.devices';
import { KIOSK_ERR } from './kiosk.errors';
import * as repo from './kiosk.repository';

/** Signing a person in at an enrolled kiosk (docs/decisions.md D32): by ID card, or by confirming a QR on their phone. */

/** Minutes a kiosk session stays open without a request; the kiosk's own idle wipe usually ends it sooner. */
export const KIOSK_SESSION_IDLE_MINUTES = 10;
/** Seconds a QR sign-in waits for the phone. */
export const QR_SECONDS = 120;

type Client = { ip: string | null; userAgent: string | null };
type Method = 'kiosk_card' | 'kiosk_qr';

const isPublic = (roles: readonly string[]) => roles.some((r) => (PUBLIC_ROLES as readonly string[]).includes(r));

function auditLogin(ctx: AppContext, action: string, d: repo.DeviceRow, user: { id: string; displayName: string } | null, data: Record<string, unknown>) {
  return recordAudit(ctx.db, {
    action,
    actorId: user?.id ?? null,
    actorName: user?.displayName ?? null,
    subjectType: 'user',
    subjectId: user?.id ?? null,
    data: { kiosk: d.id, place: d.place_code, ...data },
  });
}

/** Opens the kiosk's one session for a proven person: the device's earlier sessions end first, so one person uses a kiosk at a time. */
async function openKioskSession(
  ctx: AppContext,
  d: repo.DeviceRow,
  user: UserRecord,
  client: Client,
  method: Method,
  data: Record<string, unknown>,
): Promise<SignedIn> {
  if (!isPublic(user.roles)) {
    await auditLogin(ctx, 'auth.login_failed', d, user, { method, reason: 'staff', ...data });
    throw new AppError(KIOSK_ERR.KIOSK_ACCOUNT_NOT_PUBLIC);
  }
  await endKioskSessions(ctx.db, d.id);
  const s = await openSession(ctx.db, ctx.config, user, client, { idleMinutes: KIOSK_SESSION_IDLE_MINUTES, kioskDeviceId: d.id });
  await auditLogin(ctx, 'auth.login', d, user, { method, ...data });
  return s;
}

/**
 * A card read at the kiosk: the number's checksum, then the personal account holding it, whose
 * name must be the card's. Nobody without an account is signed in (no account is made here).
 */
export async function signInByCard(ctx: AppContext, d: repo.DeviceRow, input: CardSignInInput, client: Client): Promise<SignedIn> {
  const check = checkResidentId(input.idNumber.toUpperCase());
  const masked = maskResidentId(input.idNumber);
  if (!check.ok) {
    await auditLogin(ctx, 'auth.login_failed', d, null, { method: 'kiosk_card', reason: 'checksum', idNumber: masked });
    const m = idProblemMessages(check.reason);
    throw new AppError(KIOSK_ERR.KIOSK_CARD_INVALID, { reason: m['zh-CN'], reasonEn: m['en-US'] });
  }
  const holder = await repo.findCitizenByIdNumber(ctx.db, check.value);
  if (!holder) {
    await auditLogin(ctx, 'auth.login_failed', d, null, { method: 'kiosk_card', reason: 'no_account', idNumber: masked });
    throw new AppError(KIOSK_ERR.KIOSK_NO_ACCOUNT);
  }
  const user = await findUserById(ctx.db, holder.id);
  if (!user || holder.displayName.normalize('NFKC').trim() !== input.name.normalize('NFKC').trim()) {
    await auditLogin(ctx, 'auth.login_failed', d, holder, { method: 'kiosk_card', reason: 'name_mismatch', idNumber: masked });
    throw new AppError(KIOSK_ERR.KIOSK_NAME_MISMATCH);
  }
  return openKioskSession(ctx, d, user, client, 'kiosk_card', { idNumber: masked });
}

/** A new QR challenge of the device: its random value goes into the QR, only its hash is stored. */
export async function startQrSignIn(ctx: AppContext, d: repo.DeviceRow): Promise<{ id: string; expiresAt: Date; expiresInSeconds: number }> {
  const id = randomBytes(24).toString('base64url');
  const expiresAt = new Date(ctx.clock.now().getTime() + QR_SECONDS * 1000);
  await repo.deleteOldChallenges(ctx.db, ctx.clock.now());
  await repo.insertChallenge(ctx.db, { id: sessionIdOf(id), deviceId: d.id, expiresAt });
  return { id, expiresAt, expiresInSeconds: QR_SECONDS };
}

/** A challenge that is still of use: unknown → KIOSK_QR_NOT_FOUND, expired or redeemed → KIOSK_QR_EXPIRED. */
async function liveChallenge(ctx: AppContext, id: string): Promise<repo.ChallengeRow> {
  const c = await repo.findChallenge(ctx.db, sessionIdOf(id));
  if (!c) throw new AppError(KIOSK_ERR.KIOSK_QR_NOT_FOUND);
  if (c.redeemed_at || c.expires_at <= ctx.clock.now()) throw new AppError(KIOSK_ERR.KIOSK_QR_EXPIRED);
  return c;
}

/** The kiosk's poll: only the device that made the challenge may redeem it, once, after the phone confirmed. */
export async function pollQrSignIn(
  ctx: AppContext,
  d: repo.DeviceRow,
  id: string,
  client: Client,
): Promise<{ status: 'waiting' | 'cancelled' } | { status: 'signed_in'; session: SignedIn }> {
  const c = await liveChallenge(ctx, id);
  if (c.device_id !== d.id) throw new AppError(KIOSK_ERR.KIOSK_QR_OTHER_DEVICE);
  if (c.cancelled_at) return { status: 'cancelled' };
  if (!c.confirmed_at) return { status: 'waiting' };
  const userId = await repo.redeemChallenge(ctx.db, c.id, d.id, ctx.clock.now());
  const user = userId ? await findUserById(ctx.db, userId) : undefined;
  if (!user || user.status !== 'active') throw new AppError(KIOSK_ERR.KIOSK_QR_EXPIRED);
  return { status: 'signed_in', session: await openKioskSession(ctx, d, user, client, 'kiosk_qr', {}) };
}

/** What the phone shows before its owner confirms: which hall and which kiosk. */
export async function getQrSignIn(ctx: AppContext, actor: Actor, id: string, lang: Lang) {
  if (!isPublic(actor.roles)) throw new AppError(KIOSK_ERR.KIOSK_ACCOUNT_NOT_PUBLIC);
  const c = await liveChallenge(ctx, id);
  const d = await repo.findDevice(ctx.db, c.device_id);
  if (!d || d.revoked_at) throw new AppError(KIOSK_ERR.KIOSK_QR_EXPIRED);
  const place = await placeFacts(ctx, d.place_code, lang);
  const status = c.cancelled_at ? 'cancelled' : c.confirmed_at ? 'confirmed' : 'waiting';
  return { placeName: place.name, kioskName: d.name, expiresAt: c.expires_at, status } as const;
}

/** The person on the phone confirms (binding the challenge to them) or cancels; a used or expired one is KIOSK_QR_EXPIRED. */
export async function answerQrSignIn(ctx: AppContext, actor: Actor, id: string, confirm: boolean): Promise<void> {
  if (!isPublic(actor.roles)) throw new AppError(KIOSK_ERR.KIOSK_ACCOUNT_NOT_PUBLIC);
  const c = await liveChallenge(ctx, id);
  const now = ctx.clock.now();
  const ok = confirm ? await repo.confirmChallenge(ctx.db, c.id, actor.id, now) : await repo.cancelChallenge(ctx.db, c.id, now);
  if (!ok) throw new AppError(KIOSK_ERR.KIOSK_QR_EXPIRED);
}
