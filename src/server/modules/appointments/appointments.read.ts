import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import { addDays, endOfShanghaiDay, startOfShanghaiDay, toEpochDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError, type Lang } from '../../platform/errors';
import { maskMobile } from '../../platform/ids/mobile';
import { maskResidentId } from '../../platform/ids/resident-id';
import { getPlaceSchedule } from '../places';
import { APPOINTMENT_ERR } from './appointments.errors';
import { bookingContext, MAX_RANGE_DAYS, plannedSlots } from './appointments.plan';
import { authorizeAppointment, dayReach } from './appointments.policy';
import * as repo from './appointments.repository';
import type { AppointmentStatus, AppointmentView, Slot } from './appointments.schemas';
import { windowGroups } from './appointments.slots';

/** Reading appointments: a place's free slots (public), the holder's own list and a place's day for staff. */

/**
 * A booking as a list shows it: identifiers masked for everyone (docs/decisions.md D25); the
 * check-in code only to the holder and to whoever made the booking (a 12345 agent reads it out).
 */
export function toView(row: repo.AppointmentRow, lang: Lang, actor: Actor, cutoffHours: number): AppointmentView {
  const en = lang === 'en-US';
  const showCode = (row.user_id !== null && row.user_id === actor.id) || row.booked_by === actor.id;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    place: { code: row.place_code, name: en ? row.place_name_en : row.place_name_zh },
    item: { code: row.item_code, name: en ? row.item_name_en : row.item_name_zh },
    group: row.group_code,
    start: row.starts_at,
    end: row.ends_at,
    session: row.session,
    channel: row.channel,
    holderName: row.holder_name,
    idNumber: row.id_type === 'resident_id' ? maskResidentId(row.id_number) : row.id_number,
    mobile: row.mobile === null ? null : maskMobile(row.mobile),
    ...(showCode ? { checkInCode: row.check_in_code } : {}),
    checkedInAt: row.checked_in_at,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    changeableUntil: new Date(row.starts_at.getTime() - cutoffHours * 3_600_000),
  };
}

/** The free slots of an item at a place over a range of days (default a week from today); slots already started are left out. */
export async function listSlots(ctx: AppContext, placeCode: string, q: { item: string; from?: string; to?: string }, now: Date, lang: Lang) {
  const from = q.from ?? toShanghaiDate(now);
  const to = q.to ?? addDays(from, 6);
  if (toEpochDay(to) < toEpochDay(from) || toEpochDay(to) - toEpochDay(from) >= MAX_RANGE_DAYS)
    throw new AppError(APPOINTMENT_ERR.RANGE_TOO_LONG, { days: MAX_RANGE_DAYS });
  const b = await bookingContext(ctx, placeCode, q.item);
  const cal = await ctx.calendar.get();
  const planned = plannedSlots(b, cal, from, to).filter((s) => s.start.getTime() > now.getTime());
  const booked = await repo.findBookedCounts(ctx.db, placeCode, b.group.group, startOfShanghaiDay(from), endOfShanghaiDay(to));
  const en = lang === 'en-US';
  const slots: Slot[] = planned.map((s) => ({
    start: s.start,
    end: s.end,
    date: s.date,
    session: s.session,
    capacity: s.capacity,
    remaining: Math.max(0, s.capacity - (booked.get(s.start.getTime()) ?? 0)),
  }));
  return {
    place: { code: b.place.code, name: en ? b.place.nameEn : b.place.nameZh },
    item: { code: b.item.code, name: en ? b.item.nameEn : b.item.name },
    group: b.group.group,
    slotMinutes: b.settings.slotMinutes,
    slots,
  };
}

/** 我的预约: the signed-in holder's bookings, newest slot first. */
export async function listMyAppointments(ctx: AppContext, actor: Actor, q: { status?: AppointmentStatus; page: number; pageSize: number }, lang: Lang) {
  const { rows, total } = await repo.findUserAppointments(ctx.db, actor.id, q);
  for (const r of rows) authorizeAppointment(actor, 'appointment.view', r);
  return { appointments: rows.map((r) => toView(r, lang, actor, ctx.config.appointmentCutoffHours)), total, page: q.page, pageSize: q.pageSize };
}

/** One booking, for its holder or staff who reach it. */
export async function getAppointment(ctx: AppContext, actor: Actor, id: string, lang: Lang): Promise<AppointmentView> {
  const row = await repo.findAppointment(ctx.db, id);
  if (!row) throw new AppError(APPOINTMENT_ERR.APPOINTMENT_NOT_FOUND);
  authorizeAppointment(actor, 'appointment.view', row);
  return toView(row, lang, actor, ctx.config.appointmentCutoffHours);
}

/**
 * A place's bookings of a day per window group, for staff: the whole day for region staff, only
 * their department's items for a department's reviewers, approvers and head. Cancelled bookings
 * are left out.
 */
export async function listDayAppointments(ctx: AppContext, actor: Actor, placeCode: string, date: string | undefined, now: Date, lang: Lang) {
  const place = await getPlaceSchedule(ctx.db, placeCode);
  const { department } = dayReach(actor, place.regionCode);
  const day = date ?? toShanghaiDate(now);
  const rows = await repo.findDayAppointments(ctx.db, placeCode, startOfShanghaiDay(day), endOfShanghaiDay(day), department);
  const groups = windowGroups(place.windows);
  for (const g of new Set(rows.map((r) => r.group_code))) if (!groups.some((x) => x.group === g)) groups.push({ group: g, windows: [] });
  const en = lang === 'en-US';
  return {
    place: { code: place.code, name: en ? place.nameEn : place.nameZh },
    date: day,
    groups: groups
      .map((g) => ({
        group: g.group,
        windows: g.windows,
        appointments: rows.filter((r) => r.group_code === g.group).map((r) => toView(r, lang, actor, ctx.config.appointmentCutoffHours)),
      }))
      .filter((g) => g.appointments.length > 0 || !department),
  };
}
