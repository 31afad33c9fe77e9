import { sql, type Selectable, type Transaction } from 'kysely';
import type { Executor } from '../../db/executor';
import type { AppointmentsTable } from '../../db/tables/appointments';
import type { DB } from '../../db/types';
import { endOfShanghaiDay, startOfShanghaiDay } from '../../platform/calendar/shanghai-date';
import type { SessionKind } from './appointments.schemas';

/** The appointments module's SQL: settings, slot counters, bookings and restrictions. */

export type AppointmentRow = Selectable<AppointmentsTable>;

export interface StoredSettings {
  group: string;
  slotMinutes: number;
  capacity: number;
  offHoursCapacity: number;
}

/** A place's settings rows: per window group, and '*' for the rest. */
export async function findSettings(db: Executor, placeCode: string): Promise<StoredSettings[]> {
  const rows = await db.selectFrom('appointment_settings').selectAll().where('place_code', '=', placeCode).execute();
  return rows.map((r) => ({ group: r.group_code, slotMinutes: r.slot_minutes, capacity: r.capacity, offHoursCapacity: r.off_hours_capacity }));
}

export async function upsertSettings(db: Executor, placeCode: string, s: StoredSettings): Promise<void> {
  await db
    .insertInto('appointment_settings')
    .values({ place_code: placeCode, group_code: s.group, slot_minutes: s.slotMinutes, capacity: s.capacity, off_hours_capacity: s.offHoursCapacity })
    .onConflict((oc) =>
      oc
        .columns(['place_code', 'group_code'])
        .doUpdateSet({ slot_minutes: s.slotMinutes, capacity: s.capacity, off_hours_capacity: s.offHoursCapacity, updated_at: new Date() }),
    )
    .execute();
}

/** Seats taken per slot start (ms) of a group in a time range. */
export async function findBookedCounts(db: Executor, placeCode: string, group: string, from: Date, to: Date): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('appointment_slots')
    .select(['starts_at', 'booked'])
    .where('place_code', '=', placeCode)
    .where('group_code', '=', group)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .execute();
  return new Map(rows.map((r) => [new Date(r.starts_at).getTime(), r.booked]));
}

export interface SlotKey {
  placeCode: string;
  group: string;
  start: Date;
  end: Date;
  session: SessionKind;
  capacity: number;
}

/**
 * Takes one seat of a slot, or returns false when it is full. The counter row is created on the
 * first booking; the seat is then taken by one conditional UPDATE, which PostgreSQL runs one at a
 * time per row (a concurrent booking waits for the row and re-checks `booked < capacity` on the
 * committed value), so a slot can never hold more than its capacity.
 */
export async function takeSeat(trx: Transaction<DB>, s: SlotKey): Promise<boolean> {
  await trx
    .insertInto('appointment_slots')
    .values({ place_code: s.placeCode, group_code: s.group, starts_at: s.start, ends_at: s.end, session: s.session, capacity: s.capacity })
    .onConflict((oc) => oc.columns(['place_code', 'group_code', 'starts_at']).doNothing())
    .execute();
  const r = await sql`UPDATE appointment_slots SET booked = booked + 1, capacity = ${s.capacity}
    WHERE place_code = ${s.placeCode} AND group_code = ${s.group} AND starts_at = ${s.start} AND booked < ${s.capacity}`.execute(trx);
  return Number(r.numAffectedRows ?? 0) === 1;
}

/** Gives a seat back (a cancellation, the old slot of a rescheduling). */
export async function releaseSeat(trx: Transaction<DB>, placeCode: string, group: string, start: Date): Promise<void> {
  await sql`UPDATE appointment_slots SET booked = booked - 1
    WHERE place_code = ${placeCode} AND group_code = ${group} AND starts_at = ${start} AND booked > 0`.execute(trx);
}

export type NewAppointment = Omit<AppointmentRow, 'id' | 'status' | 'version' | 'checked_in_at' | 'cancelled_at' | 'updated_at'>;

/** Inserts a booking; null when the person already holds an open booking of the item (a concurrent one won). */
export async function insertAppointment(trx: Transaction<DB>, a: NewAppointment): Promise<AppointmentRow | null> {
  try {
    return await trx
      .insertInto('appointments')
      .values({ ...a, updated_at: a.created_at })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (err) {
    if ((err as { code?: string }).code === '23505' && String((err as Error).message).includes('appointments_one_open_idx')) return null;
    throw err;
  }
}

export async function findAppointment(db: Executor, id: string): Promise<AppointmentRow | undefined> {
  return db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockAppointment(trx: Transaction<DB>, id: string): Promise<AppointmentRow | undefined> {
  return trx.selectFrom('appointments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Stores a change of status (and slot, for a rescheduling) if the version is still the one read. */
export async function updateAppointment(
  trx: Transaction<DB>,
  id: string,
  version: number,
  patch: Partial<Pick<AppointmentRow, 'status' | 'starts_at' | 'ends_at' | 'session' | 'group_code' | 'checked_in_at' | 'cancelled_at'>>,
  now: Date,
): Promise<boolean> {
  const r = await trx
    .updateTable('appointments')
    .set({ ...patch, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The holder's open booking of an item, if any. */
export async function findOpenBooking(db: Executor, idNumber: string, itemCode: string): Promise<AppointmentRow | undefined> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('id_number', '=', idNumber)
    .where('item_code', '=', itemCode)
    .where('status', '=', 'booked')
    .executeTakeFirst();
}

/** The restriction in force for a person at `now`, if any. */
export async function findRestriction(db: Executor, idNumber: string, now: Date): Promise<{ until: Date; noShows: number } | undefined> {
  const r = await db
    .selectFrom('appointment_restrictions')
    .select(['until', 'no_shows'])
    .where('id_number', '=', idNumber)
    .where('since', '<=', now)
    .where('until', '>', now)
    .orderBy('until', 'desc')
    .executeTakeFirst();
  return r && { until: new Date(r.until), noShows: r.no_shows };
}

export async function insertRestriction(trx: Transaction<DB>, r: { idNumber: string; since: Date; until: Date; noShows: number }): Promise<void> {
  await trx.insertInto('appointment_restrictions').values({ id_number: r.idNumber, since: r.since, until: r.until, no_shows: r.noShows }).execute();
}

/** No-shows of a person whose slot started in [since, now]. */
export async function countNoShows(db: Executor, idNumber: string, since: Date): Promise<number> {
  const r = await db
    .selectFrom('appointments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('id_number', '=', idNumber)
    .where('status', '=', 'no_show')
    .where('starts_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Ids of bookings whose slot ended before `now` without a check-in (the no-show sweep), oldest first. */
export async function findOverdueIds(db: Executor, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('appointments')
    .select('id')
    .where('status', '=', 'booked')
    .where('ends_at', '<', now)
    .orderBy('ends_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** A holder's bookings, newest slot first, one page, with the total. */
export async function findUserAppointments(
  db: Executor,
  userId: string,
  f: { status?: AppointmentRow['status']; page: number; pageSize: number },
): Promise<{ rows: AppointmentRow[]; total: number }> {
  let q = db.selectFrom('appointments').where('user_id', '=', userId);
  if (f.status) q = q.where('status', '=', f.status);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('starts_at', 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A place's bookings of a day (not cancelled), optionally of one department's items, in slot order. */
export async function findDayAppointments(db: Executor, placeCode: string, from: Date, to: Date, department: string | null): Promise<AppointmentRow[]> {
  let q = db
    .selectFrom('appointments')
    .selectAll()
    .where('place_code', '=', placeCode)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .where('status', '!=', 'cancelled');
  if (department) q = q.where('department_code', '=', department);
  return q.orderBy('starts_at').orderBy('created_at').execute();
}

/** A registered citizen's account by resident ID (a 12345 agent's booking reaches their 我的预约). */
export async function findUserIdByIdNumber(db: Executor, idNumber: string): Promise<string | null> {
  const r = await db.selectFrom('users').select('id').where('id_number', '=', idNumber).where('status', '=', 'active').executeTakeFirst();
  return r?.id ?? null;
}

export async function findHolderAccount(db: Executor, userId: string) {
  return db.selectFrom('users').select(['id', 'display_name', 'id_number', 'uscc', 'mobile']).where('id', '=', userId).executeTakeFirst();
}

export async function hasAnyAppointment(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('appointments').select('id').limit(1).executeTakeFirst());
}

/** The booking of a place's day with this check-in code (booked or already checked in), if any. */
export async function findByCheckInCode(db: Executor, placeCode: string, code: string, date: string): Promise<AppointmentRow | undefined> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('place_code', '=', placeCode)
    .where('check_in_code', '=', code)
    .where('starts_at', '>=', startOfShanghaiDay(date))
    .where('starts_at', '<', endOfShanghaiDay(date))
    .where('status', 'in', ['booked', 'checked_in'])
    .orderBy('starts_at')
    .executeTakeFirst();
}
