import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../../../platform/calendar/calendar-2026.fixture';
import { addWorkingTime, computeLines, extendLines, lightAt, signDueAt } from './tickets.clock';

const cal = calendar2026();
/** An instant given as Asia/Shanghai wall-clock time. */
const sh = (wallClock: string) => new Date(`${wallClock}+08:00`);

describe('ticket limits', () => {
  it('counts hour limits in natural hours, through weekends and holidays', () => {
    const l = computeLines(cal, sh('2026-10-01T22:00:00'), { value: 24, unit: 'hours' });
    expect(l.dueAt).toEqual(sh('2026-10-02T22:00:00'));
    expect(l.warnAt).toEqual(sh('2026-10-02T17:12:00'));
  });

  it('counts working-day limits on the calendar: five working days from a Friday before National Day', () => {
    const l = computeLines(cal, sh('2026-09-30T10:00:00'), { value: 5, unit: 'workdays' });
    // 10-01…10-07 are holidays, 10-10 is a make-up Saturday: 10-08, 10-09, 10-10, 10-12, 10-13.
    expect(l.dueAt).toEqual(sh('2026-10-13T23:59:59.999'));
    expect(l.published).toBe(true);
    // The yellow line sits at 80 % of the working time, so it never falls on a holiday.
    expect(l.warnAt.getTime()).toBeGreaterThan(sh('2026-10-08T00:00:00').getTime());
    expect(cal.isWorkday(new Date(l.warnAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10))).toBe(true);
    const share = cal.workdaysElapsed(sh('2026-09-30T10:00:00'), l.warnAt) / cal.workdaysElapsed(sh('2026-09-30T10:00:00'), l.dueAt);
    expect(share).toBeCloseTo(0.8, 6);
  });

  it('extends the red line and keeps the yellow one at 80 % of the new span', () => {
    const start = sh('2026-11-02T09:00:00');
    const l = computeLines(cal, start, { value: 5, unit: 'workdays' });
    const e = extendLines(cal, start, l.dueAt, { value: 3, unit: 'workdays' });
    expect(e.dueAt).toEqual(sh('2026-11-12T23:59:59.999'));
    expect(e.warnAt.getTime()).toBeGreaterThan(l.warnAt.getTime());
  });
});

describe('signing limits', () => {
  it('gives urgent tickets 30 natural minutes', () => {
    expect(signDueAt(cal, sh('2026-10-03T03:00:00'), 'urgent')).toEqual(sh('2026-10-03T03:30:00'));
  });

  it('gives normal tickets two working hours: a Saturday-night dispatch is due on Monday', () => {
    expect(signDueAt(cal, sh('2026-11-28T23:00:00'), 'normal')).toEqual(sh('2026-11-30T02:00:00'));
    expect(signDueAt(cal, sh('2026-11-27T10:00:00'), 'normal')).toEqual(sh('2026-11-27T12:00:00'));
  });
});

describe('addWorkingTime', () => {
  it('skips rest days entirely', () => {
    expect(addWorkingTime(cal, sh('2026-09-30T23:00:00'), 2 * 3_600_000)).toEqual(sh('2026-10-08T01:00:00'));
  });

  it('is the inverse of workdaysElapsed', () => {
    const from = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-01T00:00:00Z') });
    const span = fc.integer({ min: 0, max: 20 * 86_400_000 });
    fc.assert(
      fc.property(from, span, (f, ms) => {
        const end = addWorkingTime(cal, new Date(f), ms);
        expect(cal.workdaysElapsed(new Date(f), end) * 86_400_000).toBeCloseTo(ms, 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lights', () => {
  const warn = sh('2026-11-10T12:00:00');
  const due = sh('2026-11-11T12:00:00');
  it.each([
    ['2026-11-10T11:59:59', 'green', warn],
    ['2026-11-10T12:00:00', 'yellow', due],
    ['2026-11-11T12:00:00', 'red', null],
  ])('at %s the light is %s', (at, light, nextAt) => {
    expect(lightAt(sh(at), warn, due)).toEqual({ light, nextAt });
  });
});
