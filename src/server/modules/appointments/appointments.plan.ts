import type { AppContext } from '../../context';
import type { Executor } from '../../db/executor';
import { addDays, shanghaiDateTime, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError } from '../../platform/errors';
import { getPublishedItem, type PublishedItem } from '../catalog';
import { getPlaceSchedule, type PlaceSchedule } from '../places';
import { APPOINTMENT_ERR } from './appointments.errors';
import * as repo from './appointments.repository';
import { defaultSettings, groupForItem, slotsOfDay, type ItemGroup, type PlannedSlot, type SlotSettings } from './appointments.slots';

/**
 * Where and when an item can be booked: the place, the item, its window group and that group's
 * settings. Everything here reads outside any transaction (the calendar and the place and catalog
 * caches use the shared handle, which PGlite cannot lend while a transaction holds its one session).
 */

/** How far ahead a slot can be booked. */
export const BOOKING_DAYS_AHEAD = 14;
/** The longest range the slots list answers at once. */
export const MAX_RANGE_DAYS = 31;

export interface BookingContext {
  place: PlaceSchedule;
  item: PublishedItem;
  group: ItemGroup;
  settings: SlotSettings;
}

/** The group's settings: its own row, else the place's '*' row, else the defaults. */
export async function settingsFor(db: Executor, placeCode: string, group: ItemGroup): Promise<SlotSettings> {
  const rows = await repo.findSettings(db, placeCode);
  const row = rows.find((r) => r.group === group.group) ?? rows.find((r) => r.group === '*');
  return row ? { slotMinutes: row.slotMinutes, capacity: row.capacity, offHoursCapacity: row.offHoursCapacity } : defaultSettings(group);
}

/** The place, item and group of a booking; refuses an item that is not booked by appointment or not handled there. */
export async function bookingContext(ctx: AppContext, placeCode: string, itemCode: string): Promise<BookingContext> {
  const place = await getPlaceSchedule(ctx.db, placeCode);
  const item = await getPublishedItem(ctx.db, itemCode);
  if (!item.appointment || !item.inHall) throw new AppError(APPOINTMENT_ERR.ITEM_NOT_BOOKABLE, { code: itemCode });
  if (!place.handles(itemCode)) throw new AppError(APPOINTMENT_ERR.ITEM_NOT_AT_PLACE, { code: itemCode, place: place.nameZh, placeEn: place.nameEn });
  const group = groupForItem(place.windows, { departmentCode: item.departmentCode, branchHall: item.branchHall });
  return { place, item, group, settings: await settingsFor(ctx.db, placeCode, group) };
}

/** The planned slots of every date in [from, to]. */
export function plannedSlots(b: BookingContext, cal: WorkCalendar, from: string, to: string): PlannedSlot[] {
  const out: PlannedSlot[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(...slotsOfDay(b.place.hours, d, cal.describeDay(d), b.settings));
  return out;
}

/** The offered slot that starts at `start`, if it can be booked at `now`. */
export function findBookableSlot(b: BookingContext, cal: WorkCalendar, start: Date, now: Date): PlannedSlot {
  const date = toShanghaiDate(start);
  const slot = plannedSlots(b, cal, date, date).find((s) => s.start.getTime() === start.getTime());
  if (!slot) throw new AppError(APPOINTMENT_ERR.SLOT_NOT_OFFERED, { place: b.place.nameZh, placeEn: b.place.nameEn, start: shanghaiDateTime(start) });
  if (slot.start.getTime() <= now.getTime()) throw new AppError(APPOINTMENT_ERR.SLOT_IN_PAST);
  if (date > addDays(toShanghaiDate(now), BOOKING_DAYS_AHEAD)) throw new AppError(APPOINTMENT_ERR.SLOT_TOO_FAR, { days: BOOKING_DAYS_AHEAD });
  return slot;
}
