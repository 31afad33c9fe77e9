import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/types';
import type { KioskDevicesTable, KioskSignInChallengesTable } from '../../db/tables/kiosk';

/** The kiosk module's only SQL: devices, QR challenges, and the account a card names. */

export type DeviceRow = Selectable<KioskDevicesTable>;
export type ChallengeRow = Selectable<KioskSignInChallengesTable>;

export async function insertDevice(
  db: Kysely<DB>,
  d: { placeCode: string; name: string; enrolCodeHash: string; enrolExpiresAt: Date; createdBy: string },
): Promise<DeviceRow> {
  return db
    .insertInto('kiosk_devices')
    .values({
      place_code: d.placeCode,
      name: d.name,
      enrol_code_hash: d.enrolCodeHash,
      enrol_expires_at: d.enrolExpiresAt,
      token_hash: null,
      enrolled_at: null,
      last_seen_at: null,
      revoked_at: null,
      revoked_by: null,
      created_by: d.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findDevices(db: Kysely<DB>, placeCode?: string): Promise<DeviceRow[]> {
  let q = db.selectFrom('kiosk_devices').selectAll().orderBy('created_at', 'desc').limit(500);
  if (placeCode) q = q.where('place_code', '=', placeCode);
  return q.execute();
}

export async function findDevice(db: Kysely<DB>, id: string): Promise<DeviceRow | undefined> {
  return db.selectFrom('kiosk_devices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDeviceByToken(db: Kysely<DB>, tokenHash: string): Promise<DeviceRow | undefined> {
  return db.selectFrom('kiosk_devices').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Exchanges an unexpired, unused enrolment code for the device token in one statement, so a code
 * works once however many machines race with it. Undefined when no device has that code.
 */
export async function enrolDevice(db: Kysely<DB>, enrolCodeHash: string, tokenHash: string, now: Date): Promise<DeviceRow | undefined> {
  return db
    .updateTable('kiosk_devices')
    .set({ token_hash: tokenHash, enrolled_at: now, last_seen_at: now, enrol_code_hash: null, enrol_expires_at: null })
    .where('enrol_code_hash', '=', enrolCodeHash)
    .where('enrol_expires_at', '>', now)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function touchDevice(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable('kiosk_devices').set({ last_seen_at: now }).where('id', '=', id).execute();
}

/** Revokes a device (its token and any unused code stop working); undefined when already revoked or unknown. */
export async function revokeDevice(db: Kysely<DB>, id: string, by: string, now: Date): Promise<DeviceRow | undefined> {
  return db
    .updateTable('kiosk_devices')
    .set({ revoked_at: now, revoked_by: by, enrol_code_hash: null, enrol_expires_at: null })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** The active account holding a resident ID number: a personal (citizen) account. */
export async function findCitizenByIdNumber(db: Kysely<DB>, idNumber: string): Promise<{ id: string; username: string; displayName: string } | undefined> {
  const r = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('id_number', '=', idNumber)
    .where('status', '=', 'active')
    .where(sql<boolean>`'citizen' = ANY (roles)`)
    .orderBy('created_at')
    .executeTakeFirst();
  return r && { id: r.id, username: r.username, displayName: r.display_name };
}

export async function insertChallenge(db: Kysely<DB>, c: { id: string; deviceId: string; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('kiosk_sign_in_challenges')
    .values({ id: c.id, device_id: c.deviceId, expires_at: c.expiresAt, user_id: null, confirmed_at: null, cancelled_at: null, redeemed_at: null })
    .execute();
}

export async function findChallenge(db: Kysely<DB>, id: string): Promise<ChallengeRow | undefined> {
  return db.selectFrom('kiosk_sign_in_challenges').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Binds a waiting, unexpired challenge to the person who confirmed it on their phone; false when it was not waiting. */
export async function confirmChallenge(db: Kysely<DB>, id: string, userId: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('kiosk_sign_in_challenges')
    .set({ user_id: userId, confirmed_at: now })
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .where('confirmed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function cancelChallenge(db: Kysely<DB>, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('kiosk_sign_in_challenges')
    .set({ cancelled_at: now })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks a confirmed challenge redeemed by its own device, once; the user it was confirmed by, or undefined. */
export async function redeemChallenge(db: Kysely<DB>, id: string, deviceId: string, now: Date): Promise<string | undefined> {
  const r = await db
    .updateTable('kiosk_sign_in_challenges')
    .set({ redeemed_at: now })
    .where('id', '=', id)
    .where('device_id', '=', deviceId)
    .where('confirmed_at', 'is not', null)
    .where('redeemed_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return r?.user_id ?? undefined;
}

/** Challenges past their expiry by a day are of no use to anyone. */
export async function deleteOldChallenges(db: Kysely<DB>, now: Date): Promise<void> {
  await db
    .deleteFrom('kiosk_sign_in_challenges')
    .where('expires_at', '<', new Date(now.getTime() - 86_400_000))
    .execute();
}
