import { describe, expect, it } from 'vitest';
import { slotDays, slotTime, type SlotWire } from './slotText';

const slot = (date: string, hhmm: string, session: SlotWire['session'], remaining = 2): SlotWire => {
  const start = new Date(`${date}T${hhmm}:00+08:00`);
  return { date, start: start.toISOString(), end: new Date(start.getTime() + 30 * 60_000).toISOString(), session, capacity: 2, remaining };
};

describe('slot days', () => {
  it('groups by day in date order, sessions in reading order and slots by time', () => {
    const days = slotDays([
      slot('2026-12-08', '18:30', 'evening'),
      slot('2026-12-07', '12:00', 'lunch', 0),
      slot('2026-12-07', '09:00', 'ordinary', 1),
      slot('2026-12-08', '18:00', 'evening', 0),
      slot('2026-12-07', '08:30', 'ordinary'),
    ]);
    expect(days.map((d) => [d.date, d.remaining])).toEqual([
      ['2026-12-07', 3],
      ['2026-12-08', 2],
    ]);
    expect(days[0]!.sessions.map((s) => [s.session, s.slots.map(slotTime)])).toEqual([
      ['ordinary', ['08:30–09:00', '09:00–09:30']],
      ['lunch', ['12:00–12:30']],
    ]);
    expect(days[1]!.sessions[0]!.slots.map(slotTime)).toEqual(['18:00–18:30', '18:30–19:00']);
  });

  it('reads times in Asia/Shanghai whatever the instant', () => {
    expect(slotTime({ start: '2026-12-07T10:00:00.000Z', end: '2026-12-07T10:30:00.000Z' })).toBe('18:00–18:30');
  });

  it('has no days for no slots', () => {
    expect(slotDays([])).toEqual([]);
  });
});
