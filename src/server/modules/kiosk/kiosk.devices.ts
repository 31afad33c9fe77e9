import { randomBytes, randomInt } from 'node:crypto';
import type { AppContext } from '../../context';
import { recordAudit } from '../../platform/audit/audit';
import { sessionIdOf, endKioskSessions } from '../../platform/auth/auth.service';
import type { Actor } from '../../platform/auth/roles';
import { AppError, type Lang } from '../../platform/errors';
import { enforceLimits, type Limit } from '../../platform/http/rate-limit';
import { ENROL_CODE_ALPHABET, ENROL_CODE_LENGTH, type CreateKioskInput } from '../../../shared/kiosk/kiosk.schemas';
import { getPlaceSchedule } from '../places';
import { KIOSK_ERR } from './kiosk.errors';
import { authorizeKioskManage } from './kiosk.policy';
import * as repo from './kiosk.repository';

/** Enrolled kiosk devices (docs/decisions.md D32): an admin enrols, the machine exchanges the code once, an admin revokes. */

/** Hours an enrolment code may wait for the kiosk machine. */
const ENROL_HOURS = 24;
/** Enrolment attempts one address may make in ten minutes: a code has 32^10 values, guessing is hopeless. */
const ENROL_LIMIT: Limit = { max: 10, windowSeconds: 600 };
/** A device's last-seen time is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

export type KioskStatus = 'pending' | 'enrolled' | 'revoked';

export interface KioskView {
  id: string;
  placeCode: string;
  placeName: string;
  name: string;
  status: KioskStatus;
  enrolExpiresAt: Date | null;
  enrolledAt: Date | null;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

/** A place's name in the request's language and its region, for views and the audit trail. */
export async function placeFacts(ctx: AppContext, code: string, lang: Lang): Promise<{ name: string; regionCode: string }> {
  const p = await getPlaceSchedule(ctx.db, code);
  return { name: lang === 'en-US' ? p.nameEn : p.nameZh, regionCode: p.regionCode };
}

function view(d: repo.DeviceRow, placeName: string): KioskView {
  return {
    id: d.id,
    placeCode: d.place_code,
    placeName,
    name: d.name,
    status: d.revoked_at ? 'revoked' : d.enrolled_at ? 'enrolled' : 'pending',
    enrolExpiresAt: d.enrol_expires_at,
    enrolledAt: d.enrolled_at,
    lastSeenAt: d.last_seen_at,
    revokedAt: d.revoked_at,
    createdAt: d.created_at,
  };
}

function newEnrolCode(): string {
  return Array.from({ length: ENROL_CODE_LENGTH }, () => ENROL_CODE_ALPHABET[randomInt(ENROL_CODE_ALPHABET.length)]).join('');
}

function audit(ctx: AppContext, action: string, actor: Actor | null, d: repo.DeviceRow, regionCode: string, data: Record<string, unknown> = {}) {
  return recordAudit(ctx.db, {
    action,
    actorId: actor?.id ?? null,
    actorName: actor?.displayName ?? null,
    subjectType: 'kiosk',
    subjectId: d.id,
    regionCode,
    data: { place: d.place_code, name: d.name, ...data },
  });
}

/** Creates a kiosk of a place and its enrolment code, which is returned this once and stored only as a hash. */
export async function createKiosk(ctx: AppContext, actor: Actor, input: CreateKioskInput, lang: Lang): Promise<KioskView & { enrolCode: string }> {
  authorizeKioskManage(actor);
  const place = await placeFacts(ctx, input.placeCode, lang);
  const enrolCode = newEnrolCode();
  const now = ctx.clock.now();
  const d = await repo.insertDevice(ctx.db, {
    placeCode: input.placeCode,
    name: input.name,
    enrolCodeHash: sessionIdOf(enrolCode),
    enrolExpiresAt: new Date(now.getTime() + ENROL_HOURS * 3_600_000),
    createdBy: actor.id,
  });
  await audit(ctx, 'kiosk.created', actor, d, place.regionCode);
  return { ...view(d, place.name), enrolCode };
}

export async function findKiosks(ctx: AppContext, actor: Actor, placeCode: string | undefined, lang: Lang): Promise<KioskView[]> {
  authorizeKioskManage(actor);
  const rows = await repo.findDevices(ctx.db, placeCode);
  const names = new Map<string, string>();
  for (const code of new Set(rows.map((r) => r.place_code))) names.set(code, (await placeFacts(ctx, code, lang)).name);
  return rows.map((r) => view(r, names.get(r.place_code) ?? r.place_code));
}

/** Revokes a kiosk: its device cookie stops working and every session opened at it ends at once. */
export async function revokeKiosk(ctx: AppContext, actor: Actor, id: string, lang: Lang): Promise<KioskView> {
  authorizeKioskManage(actor);
  const d = (await repo.revokeDevice(ctx.db, id, actor.id, ctx.clock.now())) ?? (await repo.findDevice(ctx.db, id));
  if (!d) throw new AppError(KIOSK_ERR.KIOSK_NOT_FOUND);
  await endKioskSessions(ctx.db, d.id);
  const place = await placeFacts(ctx, d.place_code, lang);
  await audit(ctx, 'kiosk.revoked', actor, d, place.regionCode);
  return view(d, place.name);
}

/** Exchanges an enrolment code for the device's long-lived token (the cookie's value; only its hash is kept). */
export async function enrolKiosk(ctx: AppContext, code: string, ip: string | null, lang: Lang): Promise<{ token: string; kiosk: KioskView }> {
  await enforceLimits(ctx.db, [{ key: `kiosk.enrol:${ip ?? 'unknown'}`, limit: ENROL_LIMIT }]);
  const token = randomBytes(32).toString('base64url');
  const d = await repo.enrolDevice(ctx.db, sessionIdOf(code), sessionIdOf(token), ctx.clock.now());
  if (!d) throw new AppError(KIOSK_ERR.KIOSK_ENROL_CODE_INVALID);
  const place = await placeFacts(ctx, d.place_code, lang);
  await audit(ctx, 'kiosk.enrolled', null, d, place.regionCode, { ip });
  return { token, kiosk: view(d, place.name) };
}

/** The enrolled, unrevoked device behind a device cookie, or null. */
export async function findDeviceOf(ctx: AppContext, token: string | undefined): Promise<repo.DeviceRow | null> {
  if (!token) return null;
  const d = await repo.findDeviceByToken(ctx.db, sessionIdOf(token));
  if (!d || d.revoked_at) return null;
  const now = ctx.clock.now();
  if (!d.last_seen_at || now.getTime() - d.last_seen_at.getTime() > TOUCH_EVERY_MS) await repo.touchDevice(ctx.db, d.id, now);
  return d;
}

/** The device behind the cookie, standing in `place` when given; KIOSK_DEVICE_REQUIRED or KIOSK_WRONG_PLACE otherwise. */
export async function requireDevice(ctx: AppContext, token: string | undefined, place?: string): Promise<repo.DeviceRow> {
  const d = await findDeviceOf(ctx, token);
  if (!d) throw new AppError(KIOSK_ERR.KIOSK_DEVICE_REQUIRED);
  if (place !== undefined && d.place_code !== place) throw new AppError(KIOSK_ERR.KIOSK_WRONG_PLACE);
  return d;
}
