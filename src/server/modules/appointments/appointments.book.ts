import { randomInt } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { shanghaiDateTime, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { maskResidentId } from '../../platform/ids/resident-id';
import { APPOINTMENT_ERR } from './appointments.errors';
import { notifyHolder } from './appointments.notify';
import { bookingContext, findBookableSlot, type BookingContext } from './appointments.plan';
import { authorizeBooking } from './appointments.policy';
import * as repo from './appointments.repository';
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH, type AppointmentChannel, type BookInput } from './appointments.schemas';
import type { PlannedSlot } from './appointments.slots';

/**
 * Booking a slot (docs/decisions.md D28). `prepareBooking` reads and checks everything that needs
 * no transaction (who the holder is, the place, item, window group and slot); `bookPrepared` then
 * takes the seat and writes the booking, its event and its confirmation in the caller's
 * transaction (the idempotency wrapper's).
 */

export interface Holder {
  userId: string | null;
  name: string;
  idType: 'resident_id' | 'uscc';
  idNumber: string;
  mobile: string | null;
}

export interface PreparedBooking {
  actor: Actor;
  channel: AppointmentChannel;
  holder: Holder;
  booking: BookingContext;
  slot: PlannedSlot;
  now: Date;
}

/** A 6-character check-in code from an alphabet without look-alikes. */
export function newCheckInCode(): string {
  return Array.from({ length: CHECK_IN_CODE_LENGTH }, () => CHECK_IN_ALPHABET[randomInt(CHECK_IN_ALPHABET.length)]).join('');
}

/** The holder: the signed-in citizen or enterprise, or the caller a 12345 agent books for. */
async function resolveHolder(ctx: AppContext, actor: Actor, caller: BookInput['caller']): Promise<{ holder: Holder; channel: AppointmentChannel }> {
  if (actor.roles.includes('hotline_agent')) {
    if (!caller) throw new AppError(APPOINTMENT_ERR.CALLER_REQUIRED);
    const userId = await repo.findUserIdByIdNumber(ctx.db, caller.idNumber);
    return { holder: { userId, name: caller.name, idType: 'resident_id', idNumber: caller.idNumber, mobile: caller.mobile }, channel: 'hotline' };
  }
  if (caller) throw new AppError(APPOINTMENT_ERR.CALLER_NOT_ALLOWED);
  const account = await repo.findHolderAccount(ctx.db, actor.id);
  const enterprise = actor.roles.includes('enterprise');
  const idNumber = enterprise ? account?.uscc : account?.id_number;
  if (!account || !idNumber) throw new AppError(APPOINTMENT_ERR.NO_IDENTITY);
  return {
    holder: { userId: account.id, name: account.display_name, idType: enterprise ? 'uscc' : 'resident_id', idNumber, mobile: account.mobile },
    channel: 'online',
  };
}

/** Everything a booking needs, checked, before its transaction. */
export async function prepareBooking(ctx: AppContext, actor: Actor, input: BookInput, now: Date): Promise<PreparedBooking> {
  authorizeBooking(actor);
  const { holder, channel } = await resolveHolder(ctx, actor, input.caller);
  const booking = await bookingContext(ctx, input.place, input.item);
  const cal = await ctx.calendar.get();
  const slot = findBookableSlot(booking, cal, input.start, now);
  return { actor, channel, holder, booking, slot, now };
}

/** The suspension of a person with too many no-shows, refused with the date it ends. */
export async function refuseIfRestricted(trx: Transaction<DB>, idNumber: string, now: Date): Promise<void> {
  const r = await repo.findRestriction(trx, idNumber, now);
  if (r) throw new AppError(APPOINTMENT_ERR.BOOKING_RESTRICTED, { count: r.noShows, until: toShanghaiDate(r.until) }, { until: r.until.toISOString() });
}

/** Takes the seat and writes the booking with its event and confirmation; SLOT_FULL when it is taken. */
export async function bookPrepared(ctx: AppContext, trx: Transaction<DB>, p: PreparedBooking): Promise<repo.AppointmentRow> {
  const { holder, booking, slot, now } = p;
  await refuseIfRestricted(trx, holder.idNumber, now);
  const open = await repo.findOpenBooking(trx, holder.idNumber, booking.item.code);
  if (open) throw new AppError(APPOINTMENT_ERR.APPOINTMENT_DUPLICATE, { start: shanghaiDateTime(open.starts_at) }, { id: open.id });
  const seat = { placeCode: booking.place.code, group: booking.group.group, start: slot.start, end: slot.end, session: slot.session, capacity: slot.capacity };
  if (!(await repo.takeSeat(trx, seat))) throw new AppError(APPOINTMENT_ERR.SLOT_FULL);
  const row = await repo.insertAppointment(trx, {
    place_code: booking.place.code,
    place_name_zh: booking.place.nameZh,
    place_name_en: booking.place.nameEn,
    region_code: booking.place.regionCode,
    group_code: booking.group.group,
    item_code: booking.item.code,
    item_name_zh: booking.item.name,
    item_name_en: booking.item.nameEn,
    department_code: booking.item.departmentCode,
    starts_at: slot.start,
    ends_at: slot.end,
    session: slot.session,
    user_id: holder.userId,
    booked_by: p.actor.id,
    channel: p.channel,
    holder_name: holder.name,
    id_type: holder.idType,
    id_number: holder.idNumber,
    mobile: holder.mobile,
    check_in_code: newCheckInCode(),
    created_at: now,
  });
  if (!row) throw new AppError(APPOINTMENT_ERR.APPOINTMENT_DUPLICATE, { start: shanghaiDateTime(slot.start) });
  await appendEvent(trx, {
    chain: `appointment:${row.id}`,
    action: 'appointment.book',
    actorId: p.actor.id,
    actorName: p.actor.displayName,
    subjectType: 'appointment',
    subjectId: row.id,
    regionCode: row.region_code,
    // Who, masked: the chain is read by supervisors, and the booking row holds the number.
    data: {
      from: null,
      to: 'booked',
      version: 1,
      place: row.place_code,
      item: row.item_code,
      group: row.group_code,
      start: row.starts_at.toISOString(),
      session: row.session,
      channel: row.channel,
      holder: holder.idType === 'resident_id' ? maskResidentId(holder.idNumber) : holder.idNumber,
    },
    at: now,
  });
  const cutoff = new Date(row.starts_at.getTime() - ctx.config.appointmentCutoffHours * 3_600_000);
  await notifyHolder(trx, row, 'appointment.booked', { code: row.check_in_code, cutoff: shanghaiDateTime(cutoff) });
  return row;
}
