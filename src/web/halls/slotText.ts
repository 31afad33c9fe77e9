import type { SlotsWire } from '../../shared/appointments/appointments.wire';
import type { SessionKind } from '../../shared/appointments/appointments.enums';

/**
 * Slots as a person picks them: by day, then by session (ordinary hours first, then 错时 lunch duty,
 * 延时 evening, weekend and holiday service), each slot's time in Asia/Shanghai whatever the
 * browser's zone (docs/decisions.md D28).
 */

export type SlotWire = SlotsWire['slots'][number];

const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

/** "18:05": an instant's time of day in Asia/Shanghai. */
export function clockTime(instant: string | Date): string {
  return time.format(new Date(instant));
}

/** "18:00–18:30". */
export function slotTime(slot: { start: string; end: string }): string {
  return `${clockTime(slot.start)}–${clockTime(slot.end)}`;
}

const SESSION_ORDER: readonly SessionKind[] = ['ordinary', 'lunch', 'evening', 'weekend', 'holiday'];

export interface SlotDay {
  date: string;
  /** Seats left that day, all sessions. */
  remaining: number;
  sessions: Array<{ session: SessionKind; slots: SlotWire[] }>;
}

/** The slots by day (in date order) and, within a day, by session in the order people read them, each in time order. */
export function slotDays(slots: readonly SlotWire[]): SlotDay[] {
  const days = new Map<string, SlotWire[]>();
  for (const s of slots) days.set(s.date, [...(days.get(s.date) ?? []), s]);
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({
      date,
      remaining: list.reduce((n, s) => n + s.remaining, 0),
      sessions: SESSION_ORDER.map((session) => ({
        session,
        slots: list.filter((s) => s.session === session).sort((a, b) => a.start.localeCompare(b.start)),
      })).filter((g) => g.slots.length > 0),
    }));
}

/** Whether a session is outside ordinary hours (错时、延时、周末、节假日): the hall opens it for people who work. */
export function offHours(session: SessionKind): boolean {
  return session !== 'ordinary';
}
