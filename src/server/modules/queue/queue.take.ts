import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { shanghaiDateTime, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError, type Lang } from '../../platform/errors';
import { enforceLimits, type LimitCheck } from '../../platform/http/rate-limit';
import { groupForItem, hallOpening, windowGroups, type CheckedInAppointment } from '../appointments';
import { getPublishedItem } from '../catalog';
import { getPlaceSchedule, type PlaceSchedule } from '../places';
import { publishHall } from './queue.bus';
import { QUEUE_ERR } from './queue.errors';
import { toTicketView } from './queue.read';
import * as repo from './queue.repository';
import type { TakeInput, TicketChannel, TicketView } from './queue.schemas';

/**
 * Taking a ticket (docs/decisions.md D29): at the hall's kiosk or by a QR code, for an item (its
 * window group numbers the ticket) or a group; or by checking in an appointment, which issues a
 * priority ticket. Numbers run per place, group and day from the counter row (queue.repository.ts).
 */

/** The author of events no signed-in person made: the hall's kiosk. */
export const KIOSK_NAME = '自助取号机 / kiosk';

/** Texts one phone number may be sent because of public submissions, the budget the 12345 public form uses too. */
const PHONE_SMS_LIMITS = [
  { max: 3, windowSeconds: 3600 },
  { max: 10, windowSeconds: 86_400 },
] as const;

/** Per address (TONGBAN_QUEUE_TAKE_LIMIT in ten minutes: a hall's kiosk, not a script) and per phone number to text. */
export async function throttleTake(ctx: AppContext, ip: string, mobile: string | undefined, now: Date): Promise<void> {
  const checks: LimitCheck[] = [{ key: `queue.take:${ip}`, limit: { max: ctx.config.queueTakeLimit, windowSeconds: 600 } }];
  const digits = mobile?.replace(/\D/g, '');
  if (digits) for (const limit of PHONE_SMS_LIMITS) checks.push({ key: `sms.phone.${limit.windowSeconds}:${digits}`, limit });
  await enforceLimits(ctx.db, checks, now);
}

/**
 * Refuses a walk-in's ticket outside the place's sessions of the day (ordinary, lunch duty, evening,
 * weekend, holiday: docs/decisions.md D28), naming the next opening. An appointment's check-in is
 * not asked: its own window (an hour before the slot until it ends) decides.
 */
export async function assertHallOpen(ctx: AppContext, place: PlaceSchedule, now: Date): Promise<void> {
  const opening = hallOpening(place.hours, now, await ctx.calendar.get());
  if (opening.open) return;
  const names = { place: place.nameZh, placeEn: place.nameEn };
  if (!opening.next) throw new AppError(QUEUE_ERR.HALL_CLOSED_NO_HOURS, names);
  throw new AppError(QUEUE_ERR.HALL_CLOSED, { ...names, next: shanghaiDateTime(opening.next) }, { nextOpening: opening.next.toISOString() });
}

export interface IssueSpec {
  place: { code: string; nameZh: string; nameEn: string; regionCode: string };
  group: string;
  item: { code: string; nameZh: string; nameEn: string; departmentCode: string } | null;
  priority: boolean;
  channel: TicketChannel;
  appointmentId: string | null;
  mobile: string | null;
  userId: string | null;
  actor: Actor | null;
}

/** Where a walk-in ticket goes: the place and the group of the item (or the group asked for). */
export async function resolveTake(ctx: AppContext, input: TakeInput, actor: Actor | null): Promise<{ spec: IssueSpec; place: PlaceSchedule }> {
  const place = await getPlaceSchedule(ctx.db, input.place);
  const groups = windowGroups(place.windows).map((g) => g.group);
  let group: string;
  let item: IssueSpec['item'] = null;
  if (input.item) {
    const it = await getPublishedItem(ctx.db, input.item);
    if (!it.inHall) throw new AppError(QUEUE_ERR.ITEM_NOT_IN_HALL, { code: it.code });
    if (!place.handles(it.code)) throw new AppError(QUEUE_ERR.ITEM_NOT_AT_PLACE, { code: it.code, place: place.nameZh, placeEn: place.nameEn });
    group = groupForItem(place.windows, { departmentCode: it.departmentCode, branchHall: it.branchHall }).group;
    item = { code: it.code, nameZh: it.name, nameEn: it.nameEn, departmentCode: it.departmentCode };
  } else {
    group = input.group!.toUpperCase();
    const known = groups.length ? groups : ['*'];
    if (!known.includes(group)) throw new AppError(QUEUE_ERR.GROUP_NOT_AT_PLACE, { group, place: place.nameZh, placeEn: place.nameEn });
  }
  return {
    place,
    spec: {
      place: { code: place.code, nameZh: place.nameZh, nameEn: place.nameEn, regionCode: place.regionCode },
      group,
      item,
      priority: false,
      channel: input.channel,
      appointmentId: null,
      mobile: input.mobile ?? null,
      userId: actor && actor.roles.some((r) => r === 'citizen' || r === 'enterprise') ? actor.id : null,
      actor,
    },
  };
}

/**
 * Issues a ticket in the caller's transaction: the row with its number (`drawn` by the walk-in's
 * take before the transaction, else the next in this transaction), its first event and the hall
 * screens' message.
 */
export async function issueTicket(ctx: AppContext, trx: Transaction<DB>, s: IssueSpec, now: Date, drawn?: number): Promise<repo.TicketRow> {
  const day = toShanghaiDate(now);
  const row = await repo.takeTicket(
    trx,
    {
      place_code: s.place.code,
      place_name_zh: s.place.nameZh,
      place_name_en: s.place.nameEn,
      region_code: s.place.regionCode,
      day,
      group_code: s.group,
      priority: s.priority,
      line_at: now,
      item_code: s.item?.code ?? null,
      item_name_zh: s.item?.nameZh ?? null,
      item_name_en: s.item?.nameEn ?? null,
      department_code: s.item?.departmentCode ?? null,
      appointment_id: s.appointmentId,
      channel: s.channel,
      mobile: s.mobile,
      user_id: s.userId,
      issued_at: now,
    },
    drawn,
  );
  await appendEvent(trx, {
    chain: `queue_ticket:${row.id}`,
    opensChain: true,
    action: 'queue_ticket.take',
    actorId: s.actor?.id ?? null,
    actorName: s.actor?.displayName ?? KIOSK_NAME,
    subjectType: 'queue_ticket',
    subjectId: row.id,
    regionCode: row.region_code,
    // No phone number on the chain: supervisors read it.
    data: {
      from: null,
      to: 'waiting',
      version: 1,
      place: row.place_code,
      group: row.group_code,
      number: row.number,
      priority: row.priority,
      channel: row.channel,
      item: row.item_code,
      appointment: row.appointment_id,
    },
    at: now,
  });
  await publishHall(
    ctx,
    trx,
    { type: 'take', place: row.place_code, number: row.number, group: row.group_code, fromGroup: null, window: null, at: now.toISOString() },
    { day, groups: [row.group_code] },
  );
  return row;
}

/**
 * The priority ticket of a checked-in appointment (appointments call this through the issuer the
 * composition root registers), in the check-in's transaction; the one already issued when the
 * appointment has one (a kiosk that lost its answer prints it again).
 */
export async function issueAppointmentTicket(ctx: AppContext, trx: Transaction<DB>, a: CheckedInAppointment, now: Date, lang: Lang): Promise<TicketView> {
  const existing = await repo.findAppointmentTicket(trx, a.id);
  const row =
    existing ??
    (await issueTicket(
      ctx,
      trx,
      {
        place: { code: a.placeCode, nameZh: a.placeNameZh, nameEn: a.placeNameEn, regionCode: a.regionCode },
        group: a.groupCode,
        item: { code: a.itemCode, nameZh: a.itemNameZh, nameEn: a.itemNameEn, departmentCode: a.departmentCode },
        priority: true,
        channel: 'appointment',
        appointmentId: a.id,
        mobile: a.mobile,
        userId: a.userId,
        actor: a.actor,
      },
      now,
    ));
  // The window names come with the view the caller reads after commit; here the code is enough.
  return toTicketView(ctx, trx, row, [], lang, now);
}
