import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../../platform/calendar/calendar-2026.fixture';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { assessmentDays, clockFromEvents, computeLines, type ClockEvent, type ClockLimits } from './cases.clock';

const cal = calendar2026();
/** An instant in Asia/Shanghai. */
const at = (local: string) => new Date(`${local}+08:00`);
const day = (d: Date | null) => (d ? toShanghaiDate(d) : null);
const LIMITS: ClockLimits = { statutory: { value: 20, unit: 'workday' }, promised: { value: 5, unit: 'workday' }, assessmentRatio: 0.8 };

function lines(events: ClockEvent[], now: string, limits = LIMITS) {
  return computeLines(clockFromEvents(events, cal), limits, cal, at(now));
}

describe('the four lines across the 2026 National Day holiday', () => {
  // Tue 09-29 accepted; 09-30 is day 1; 10-01…07 holiday; Thu 10-08 day 2, Fri 10-09 day 3,
  // Sat 10-10 a make-up working day (day 4), Sun 10-11 off, Mon 10-12 day 5.
  const accepted = [{ action: 'case.accept', at: at('2026-09-29T10:00:00') }];

  it('puts the promised line on 10-12, the assessment line on the make-up Saturday, the statutory line on 11-02', () => {
    const l = lines(accepted, '2026-10-09T15:00:00');
    expect(day(l.promisedDue)).toBe('2026-10-12');
    expect(l.promisedDue?.toISOString()).toBe('2026-10-12T15:59:59.999Z');
    expect(day(l.assessmentDue)).toBe('2026-10-10');
    expect(day(l.statutoryDue)).toBe('2026-11-02');
    expect(l.workdaysUsed).toBe(3);
    expect(l.pausedWorkdays).toBe(0);
    expect(l.schedulePublished).toBe(true);
    expect(l.light).toBe('green');
  });

  it('turns yellow after the assessment line, red after the promised line, overdue after the statutory line', () => {
    expect(lines(accepted, '2026-10-10T23:59:59').light).toBe('green');
    expect(lines(accepted, '2026-10-11T10:00:00').light).toBe('yellow');
    expect(lines(accepted, '2026-10-12T23:00:00').light).toBe('yellow');
    expect(lines(accepted, '2026-10-13T09:00:00').light).toBe('red');
    expect(lines(accepted, '2026-11-03T09:00:00').light).toBe('overdue');
    expect(lines(accepted, '2026-11-03T09:00:00').nextLightChangeAt).toBeNull();
  });

  it('says when the light changes next', () => {
    expect(lines(accepted, '2026-10-09T15:00:00').nextLightChangeAt?.toISOString()).toBe(at('2026-10-10T23:59:59.999').toISOString());
    expect(day(lines(accepted, '2026-10-11T10:00:00').nextLightChangeAt)).toBe('2026-10-12');
  });

  it('counts from the next working day when accepted on a holiday or on a make-up day', () => {
    const oneDay: ClockLimits = { ...LIMITS, promised: { value: 1, unit: 'workday' } };
    expect(day(lines([{ action: 'case.accept', at: at('2026-10-03T11:00:00') }], '2026-10-03T12:00:00', oneDay).promisedDue)).toBe('2026-10-08');
    expect(day(lines([{ action: 'case.accept', at: at('2026-09-20T11:00:00') }], '2026-09-20T12:00:00', oneDay).promisedDue)).toBe('2026-09-21');
    expect(day(lines([{ action: 'case.accept', at: at('2026-09-30T16:00:00') }], '2026-09-30T16:00:00', oneDay).promisedDue)).toBe('2026-10-08');
  });

  it('ends a 即办件 the same day', () => {
    const instant: ClockLimits = { ...LIMITS, promised: { value: 0, unit: 'workday' } };
    const l = lines([{ action: 'case.accept', at: at('2026-09-29T10:00:00') }], '2026-09-29T10:05:00', instant);
    expect(day(l.promisedDue)).toBe('2026-09-29');
    expect(day(l.assessmentDue)).toBe('2026-09-29');
    expect(l.light).toBe('green');
  });
});

describe('pauses (补正, 特别程序) add their working days back', () => {
  const events = [
    { action: 'case.accept', at: at('2026-09-29T10:00:00') },
    { action: 'case.request_correction', at: at('2026-09-30T09:00:00') },
    { action: 'case.resubmit', at: at('2026-10-09T11:00:00') },
  ];

  it('moves every line by the two working days paused (10-08 and 10-09)', () => {
    const l = lines(events, '2026-10-12T12:00:00');
    expect(l.pausedWorkdays).toBe(2);
    expect(day(l.promisedDue)).toBe('2026-10-14');
    expect(day(l.assessmentDue)).toBe('2026-10-13');
    expect(l.workdaysUsed).toBe(3);
    expect(l.paused).toBe(false);
    expect(l.light).toBe('green');
  });

  it('counts a pause still running up to now and freezes the light', () => {
    const l = lines(events.slice(0, 2), '2026-10-12T12:00:00');
    expect(l.paused).toBe(true);
    expect(l.pausedWorkdays).toBe(4);
    expect(l.workdaysUsed).toBe(1);
    expect(l.nextLightChangeAt).toBeNull();
  });

  it('does not pause a correction asked for before acceptance', () => {
    const pre = [
      { action: 'case.request_correction', at: at('2026-09-21T09:00:00') },
      { action: 'case.resubmit', at: at('2026-09-28T09:00:00') },
      { action: 'case.accept', at: at('2026-09-29T10:00:00') },
    ];
    expect(lines(pre, '2026-10-09T12:00:00').pausedWorkdays).toBe(0);
  });

  it('adds a special procedure the same way, and a same-day pause adds nothing', () => {
    const special = [
      { action: 'case.accept', at: at('2026-09-29T10:00:00') },
      { action: 'case.start_special', at: at('2026-10-08T09:00:00') },
      { action: 'case.end_special', at: at('2026-10-08T17:00:00') },
    ];
    expect(lines(special, '2026-10-09T12:00:00').pausedWorkdays).toBe(0);
    const longer = [...special.slice(0, 2), { action: 'case.end_special', at: at('2026-10-13T17:00:00') }];
    expect(lines(longer, '2026-10-14T12:00:00').pausedWorkdays).toBe(4);
  });

  it('stops the clock at completion', () => {
    const done = [...events, { action: 'case.complete', at: at('2026-10-12T16:00:00') }];
    const l = lines(done, '2026-12-01T12:00:00');
    expect(l.workdaysUsed).toBe(3);
    expect(l.light).toBe('green');
    expect(l.nextLightChangeAt).toBeNull();
  });
});

describe('natural-day limits and unpublished years', () => {
  it('counts calendar days and moves a last day on a holiday to the next working day', () => {
    const limits: ClockLimits = { statutory: { value: 30, unit: 'natural_day' }, promised: { value: 20, unit: 'workday' }, assessmentRatio: 0.8 };
    const l = lines([{ action: 'case.accept', at: at('2026-09-01T10:00:00') }], '2026-09-02T10:00:00', limits);
    expect(day(l.statutoryDue)).toBe('2026-10-08');
    const plain = lines([{ action: 'case.accept', at: at('2026-06-01T10:00:00') }], '2026-06-02T10:00:00', limits);
    expect(day(plain.statutoryDue)).toBe('2026-07-01');
  });

  it('adds natural days paused to a natural-day limit', () => {
    const limits: ClockLimits = { statutory: { value: 10, unit: 'natural_day' }, promised: { value: 10, unit: 'natural_day' }, assessmentRatio: 0.8 };
    const l = lines(
      [
        { action: 'case.accept', at: at('2026-06-01T10:00:00') },
        { action: 'case.start_special', at: at('2026-06-02T10:00:00') },
        { action: 'case.end_special', at: at('2026-06-05T10:00:00') },
      ],
      '2026-06-05T11:00:00',
      limits,
    );
    expect(day(l.promisedDue)).toBe('2026-06-15');
    expect(day(l.assessmentDue)).toBe('2026-06-12');
  });

  it('says so when a due date falls in a year without a published schedule', () => {
    const l = lines([{ action: 'case.accept', at: at('2026-12-20T10:00:00') }], '2026-12-21T10:00:00');
    expect(l.schedulePublished).toBe(false);
    expect(l.unpublishedYears).toEqual([2027]);
    expect(lines([{ action: 'case.accept', at: at('2026-09-29T10:00:00') }], '2026-09-30T10:00:00').unpublishedYears).toEqual([]);
  });
});

describe('assessment line', () => {
  it('is 80 % of the promised days rounded up, configurable, and always a day before the promise', () => {
    expect(assessmentDays(5, 0.8)).toBe(4);
    expect(assessmentDays(4, 0.8)).toBe(3);
    expect(assessmentDays(3, 0.8)).toBe(2);
    expect(assessmentDays(2, 0.8)).toBe(1);
    expect(assessmentDays(1, 0.8)).toBe(0);
    expect(assessmentDays(0, 0.8)).toBe(0);
    expect(assessmentDays(10, 0.5)).toBe(5);
    expect(assessmentDays(10, 1)).toBe(9);
  });

  it('turns yellow before red for every promise of 1 to 4 working days', () => {
    for (const promised of [1, 2, 3, 4]) {
      const limits: ClockLimits = { statutory: { value: 20, unit: 'workday' }, promised: { value: promised, unit: 'workday' }, assessmentRatio: 0.8 };
      const state = clockFromEvents([{ action: 'case.accept', at: at('2026-11-02T10:00:00') }], cal);
      const l = computeLines(state, limits, cal, at('2026-11-02T10:00:00'));
      expect(l.assessmentDue!.getTime()).toBeLessThan(l.promisedDue!.getTime());
      // The last working day before the promised line is yellow.
      const lastDay = new Date(l.promisedDue!.getTime() - 12 * 3_600_000);
      expect(computeLines(state, limits, cal, lastDay).light).toBe('yellow');
    }
  });

  it('has no lines before acceptance', () => {
    const l = lines([], '2026-10-09T15:00:00');
    expect(l).toMatchObject({ acceptedAt: null, promisedDue: null, light: null, workdaysUsed: 0 });
  });
});
