import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../../platform/calendar/calendar-2026.fixture';
import type { Hours, PlaceWindow } from '../places';
import { groupForItem, hallOpening, sessionsOfDay, slotsOfDay, windowGroupOf } from './appointments.slots';

/** The demo city centre's published hours (places/demo/places.ts, HALL_HOURS). */
const HALL: Hours = {
  weekday: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:30' },
  ],
  lunchDuty: true,
  extended: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], until: '19:00', byAppointment: true },
  weekend: { days: ['sat'], sessions: [{ start: '09:00', end: '12:00' }], mode: 'walk_in' },
  holiday: 'appointment',
  selfService24h: true,
  noteZh: '',
  noteEn: '',
};
const STREET: Hours = { ...HALL, lunchDuty: false, extended: undefined, holiday: 'closed' };
const cal = calendar2026();
const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const shape = (hours: Hours, date: string) => sessionsOfDay(hours, date, cal.describeDay(date)).map((s) => `${s.kind} ${hm(s.start)}-${hm(s.end)}`);

describe('sessions from published hours and the working-day calendar', () => {
  it('a working Monday: ordinary sessions, the lunch gap as 错时 duty, 延时 until 19:00', () => {
    expect(shape(HALL, '2026-03-16')).toEqual(['ordinary 09:00-12:00', 'lunch 12:00-13:30', 'ordinary 13:30-17:30', 'evening 17:30-19:00']);
    expect(shape(STREET, '2026-03-16')).toEqual(['ordinary 09:00-12:00', 'ordinary 13:30-17:30']);
  });

  it('a Saturday has the weekend sessions, a Sunday none', () => {
    expect(shape(HALL, '2026-03-21')).toEqual(['weekend 09:00-12:00']);
    expect(shape(HALL, '2026-03-22')).toEqual([]);
  });

  it('National Day is a holiday: appointment sessions where the place serves holidays, none where it is closed', () => {
    expect(cal.describeDay('2026-10-01').kind).toBe('holiday');
    expect(shape(HALL, '2026-10-01')).toEqual(['holiday 09:00-12:00']);
    expect(shape(STREET, '2026-10-01')).toEqual([]);
  });

  it('a make-up working Sunday (调休) has working-day sessions, without the weekday evening', () => {
    const makeup = '2026-09-20';
    expect(cal.describeDay(makeup)).toMatchObject({ workday: true, kind: 'makeup' });
    expect(shape(HALL, makeup)).toEqual(['ordinary 09:00-12:00', 'lunch 12:00-13:30', 'ordinary 13:30-17:30']);
  });

  it('cuts sessions into slots with the ordinary and off-hours capacities, dropping a short tail', () => {
    const slots = slotsOfDay(HALL, '2026-03-16', cal.describeDay('2026-03-16'), { slotMinutes: 30, capacity: 6, offHoursCapacity: 2 });
    expect(slots).toHaveLength(6 + 3 + 8 + 3);
    expect(slots[0]).toMatchObject({ session: 'ordinary', capacity: 6, date: '2026-03-16' });
    expect(slots[0].start.toISOString()).toBe('2026-03-16T01:00:00.000Z');
    expect(slots.filter((s) => s.session === 'lunch').map((s) => s.capacity)).toEqual([2, 2, 2]);
    const hourly = slotsOfDay(HALL, '2026-03-16', cal.describeDay('2026-03-16'), { slotMinutes: 60, capacity: 6, offHoursCapacity: 2 });
    // 12:00–13:30 and 17:30–19:00 hold one whole hour each; the half hours left are not offered.
    expect(hourly.filter((s) => s.session === 'lunch')).toHaveLength(1);
    expect(hourly.filter((s) => s.session === 'evening')).toHaveLength(1);
  });
});

describe('window groups', () => {
  const w = (code: string, kind: PlaceWindow['kind'], departmentCodes: string[] = [], branchHall: string | null = null): PlaceWindow => ({
    code,
    name: code,
    nameEn: code,
    kind,
    branchHall,
    departmentCodes,
  });
  const windows = [
    w('A01', 'comprehensive'),
    w('A02', 'comprehensive'),
    w('J01', 'instant', ['public-security']),
    w('RS01', 'branch', [], 'hr'),
    w('F01', 'delivery'),
  ];

  it('names a group by the code without its number', () => {
    expect([windowGroupOf('A01'), windowGroupOf('RS12'), windowGroupOf('J3')]).toEqual(['A', 'RS', 'J']);
  });

  it('serves an item at its department’s windows, its branch hall’s, else the comprehensive ones; never at delivery', () => {
    expect(groupForItem(windows, { departmentCode: 'public-security' })).toEqual({ group: 'J', windows: ['J01'] });
    expect(groupForItem(windows, { departmentCode: 'hr-social-security', branchHall: 'hr' })).toEqual({ group: 'RS', windows: ['RS01'] });
    expect(groupForItem(windows, { departmentCode: 'market-regulation' })).toEqual({ group: 'A', windows: ['A01', 'A02'] });
    expect(groupForItem([w('F01', 'delivery')], { departmentCode: 'x' })).toEqual({ group: '*', windows: [] });
  });
});

describe('whether a hall is open now, and when it next opens', () => {
  const at = (local: string) => new Date(`${local}:00+08:00`);
  const next = (hours: Hours, local: string) => {
    const o = hallOpening(hours, at(local), cal);
    return o.open ? `open ${o.session.kind}` : o.next && o.next.toISOString();
  };

  it('is open in any session, lunch duty and evening included; closed in the gaps where the place keeps none', () => {
    expect([next(HALL, '2026-03-16T12:15'), next(HALL, '2026-03-16T18:59'), next(HALL, '2026-03-21T11:59')]).toEqual([
      'open lunch',
      'open evening',
      'open weekend',
    ]);
    expect(next(STREET, '2026-03-16T12:15')).toBe(at('2026-03-16T13:30').toISOString());
  });

  it('names the next session across nights, Sundays and holidays; none for a place with no hours', () => {
    expect(next(HALL, '2026-03-16T19:00')).toBe(at('2026-03-17T09:00').toISOString());
    expect(next(HALL, '2026-03-21T12:00')).toBe(at('2026-03-23T09:00').toISOString());
    // National Day week: STREET is closed on holidays and opens on the first working day after it.
    expect(next(STREET, '2026-09-30T18:00')).toBe(at(`${firstWorkday('2026-10-01')}T09:00`).toISOString());
    expect(next({ ...STREET, weekday: [], weekend: undefined }, '2026-03-16T10:00')).toBeNull();
  });
});

function firstWorkday(from: string): string {
  for (let d = new Date(`${from}T00:00:00Z`); ; d = new Date(d.getTime() + 86_400_000)) {
    const date = d.toISOString().slice(0, 10);
    if (cal.describeDay(date).workday) return date;
  }
}
