import type { CalendarDay } from '../../platform/calendar/work-calendar';
import { windowGroupOf } from '../../../shared/places/places.groups';
import { addDays, startOfShanghaiDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { Hours, PlaceWindow, Weekday } from '../places';
import type { SessionKind } from './appointments.schemas';

/**
 * A place's bookable sessions and slots, derived from its published hours and the working-day
 * calendar (docs/decisions.md D28). Pure: no I/O, no clock.
 *
 * - A working day (including a make-up working day, 调休) has the ordinary sessions; the gaps
 *   between them are lunch-duty sessions (错时) when the place keeps a duty window over lunch; the
 *   time from the last session to `extended.until` is the evening session (延时) on the listed days.
 * - A weekend day has the weekend sessions on the listed days.
 * - A statutory holiday has holiday sessions when the place serves holidays by appointment: the
 *   weekend sessions' times, or the first ordinary session when the place has none.
 * Each session is cut into slots of `slotMinutes`; a tail shorter than a slot is not offered.
 */

export interface Session {
  kind: SessionKind;
  /** Minutes after midnight, Asia/Shanghai. */
  start: number;
  end: number;
}

export interface SlotSettings {
  slotMinutes: number;
  /** Bookings per slot in ordinary sessions. */
  capacity: number;
  /** Bookings per slot in lunch, evening, weekend and holiday sessions (one duty window). */
  offHoursCapacity: number;
}

export interface PlannedSlot {
  start: Date;
  end: Date;
  date: string;
  session: SessionKind;
  capacity: number;
}

/** Bookings one window takes per ordinary slot by default; the rest of its time is for walk-ins. */
export const DEFAULT_PER_WINDOW = 2;
/** Bookings per off-hours slot by default: one duty window. */
export const DEFAULT_OFF_HOURS = 2;
export const DEFAULT_SLOT_MINUTES = 30;

const WEEKDAY_OF: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** The weekday name of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAY_OF[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** The sessions a place offers on a date, in time order. */
export function sessionsOfDay(hours: Hours, date: string, day: CalendarDay): Session[] {
  const weekday = weekdayOf(date);
  const ranges = (rs: ReadonlyArray<{ start: string; end: string }>, kind: SessionKind): Session[] =>
    rs.map((r) => ({ kind, start: minutes(r.start), end: minutes(r.end) })).filter((s) => s.end > s.start);
  if (day.workday) {
    const ordinary = ranges(hours.weekday, 'ordinary').sort((a, b) => a.start - b.start);
    const out: Session[] = [];
    ordinary.forEach((s, i) => {
      const prev = ordinary[i - 1];
      if (prev && hours.lunchDuty && s.start > prev.end) out.push({ kind: 'lunch', start: prev.end, end: s.start });
      out.push(s);
    });
    const last = ordinary[ordinary.length - 1];
    if (last && hours.extended && hours.extended.days.includes(weekday) && minutes(hours.extended.until) > last.end) {
      out.push({ kind: 'evening', start: last.end, end: minutes(hours.extended.until) });
    }
    return out;
  }
  if (day.kind === 'holiday') {
    if (hours.holiday !== 'appointment') return [];
    return ranges(hours.weekend?.sessions ?? hours.weekday.slice(0, 1), 'holiday');
  }
  if (hours.weekend && hours.weekend.days.includes(weekday)) return ranges(hours.weekend.sessions, 'weekend');
  return [];
}

/** Days ahead `hallOpening` looks for the next session (a place with any hours opens within them). */
const OPENING_HORIZON_DAYS = 31;

/**
 * Whether a place is in one of its sessions at `now` (any kind: ordinary, lunch duty, evening,
 * weekend, holiday), and otherwise when its next session starts (null when none within a month).
 */
export function hallOpening(
  hours: Hours,
  now: Date,
  cal: { describeDay(date: string): CalendarDay },
): { open: true; session: Session } | { open: false; next: Date | null } {
  const today = toShanghaiDate(now);
  for (let i = 0; i <= OPENING_HORIZON_DAYS; i++) {
    const date = addDays(today, i);
    const midnight = startOfShanghaiDay(date).getTime();
    const at = (now.getTime() - midnight) / 60_000;
    for (const s of sessionsOfDay(hours, date, cal.describeDay(date))) {
      if (i === 0 && at >= s.start && at < s.end) return { open: true, session: s };
      if (s.start >= at) return { open: false, next: new Date(midnight + s.start * 60_000) };
    }
  }
  return { open: false, next: null };
}

/** The slots of a date: each session cut into `slotMinutes` pieces with their capacity. */
export function slotsOfDay(hours: Hours, date: string, day: CalendarDay, settings: SlotSettings): PlannedSlot[] {
  const midnight = startOfShanghaiDay(date).getTime();
  const out: PlannedSlot[] = [];
  for (const s of sessionsOfDay(hours, date, day)) {
    const capacity = s.kind === 'ordinary' ? settings.capacity : settings.offHoursCapacity;
    for (let t = s.start; t + settings.slotMinutes <= s.end; t += settings.slotMinutes) {
      out.push({
        start: new Date(midnight + t * 60_000),
        end: new Date(midnight + (t + settings.slotMinutes) * 60_000),
        date,
        session: s.kind,
        capacity,
      });
    }
  }
  return out;
}

export { windowGroupOf };

export interface ItemGroup {
  group: string;
  /** The group's window codes (none at a place without windows). */
  windows: string[];
}

/**
 * The window group that serves an item at a place: windows named for the item's department first,
 * then its branch hall's windows, then the comprehensive windows that take any item, then any window
 * that takes any item. Delivery windows (出件) take no bookings. A place without a fitting window has
 * one group '*', for the place as a whole.
 */
export function groupForItem(windows: readonly PlaceWindow[], item: { departmentCode: string; branchHall?: string }): ItemGroup {
  const serving = windows.filter((w) => w.kind !== 'delivery');
  const open = (w: PlaceWindow) => w.departmentCodes.length === 0;
  const pick =
    serving.find((w) => w.departmentCodes.includes(item.departmentCode)) ??
    (item.branchHall ? serving.find((w) => w.branchHall === item.branchHall) : undefined) ??
    serving.find((w) => open(w) && w.kind === 'comprehensive') ??
    serving.find((w) => open(w));
  if (!pick) return { group: '*', windows: [] };
  const group = windowGroupOf(pick.code);
  return { group, windows: serving.filter((w) => windowGroupOf(w.code) === group).map((w) => w.code) };
}

/** Every window group of a place with its windows (the staff's day list). */
export function windowGroups(windows: readonly PlaceWindow[]): ItemGroup[] {
  const groups = new Map<string, string[]>();
  for (const w of windows) {
    if (w.kind === 'delivery') continue;
    const g = windowGroupOf(w.code);
    groups.set(g, [...(groups.get(g) ?? []), w.code]);
  }
  return [...groups].map(([group, ws]) => ({ group, windows: ws }));
}

/** The default settings of a group: two bookings per window per ordinary slot, two per off-hours slot. */
export function defaultSettings(group: ItemGroup): SlotSettings {
  return {
    slotMinutes: DEFAULT_SLOT_MINUTES,
    capacity: Math.min(20, Math.max(1, group.windows.length) * DEFAULT_PER_WINDOW),
    offHoursCapacity: DEFAULT_OFF_HOURS,
  };
}
