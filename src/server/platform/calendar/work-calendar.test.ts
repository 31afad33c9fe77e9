import { describe, expect, it } from 'vitest';
import { calendar2026 } from './calendar-2026.fixture';
import { WorkCalendar } from './work-calendar';

const cal = calendar2026();
/** An instant given as Asia/Shanghai wall-clock time. */
const sh = (wallClock: string) => new Date(`${wallClock}+08:00`);

describe('isWorkday', () => {
  it.each([
    ['2026-09-30', true, 'Wednesday before National Day'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of National Day'],
    ['2026-10-08', true, 'Thursday after the holiday'],
    ['2026-10-10', true, 'make-up Saturday'],
    ['2026-10-11', false, 'ordinary Sunday'],
    ['2026-09-20', true, 'make-up Sunday'],
    ['2026-02-14', true, 'make-up Saturday before Spring Festival'],
    ['2026-02-16', false, 'Spring Festival Monday'],
    ['2026-02-23', false, 'last day of Spring Festival, a Monday'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-01-04', true, 'make-up Sunday after New Year'],
    ['2026-06-19', false, 'Dragon Boat Friday'],
    ['2026-03-10', true, 'ordinary Tuesday'],
  ])('%s is a workday: %s (%s)', (date, expected) => {
    expect(cal.isWorkday(date)).toBe(expected);
  });

  it('explains a day', () => {
    expect(cal.describeDay('2026-10-01')).toEqual({ workday: false, kind: 'holiday', name: '国庆节' });
    expect(cal.describeDay('2026-10-10')).toEqual({ workday: true, kind: 'makeup' });
    expect(cal.describeDay('2026-10-11')).toEqual({ workday: false, kind: 'weekend' });
    expect(cal.describeDay('2026-10-12')).toEqual({ workday: true, kind: 'workday' });
  });

  it('rejects malformed dates', () => {
    expect(() => cal.isWorkday('2026-10-32')).toThrow(RangeError);
    expect(() => new WorkCalendar({ days: new Map([['2026/10/01', { workday: false, kind: 'holiday' }]]), publishedYears: new Set() })).toThrow(RangeError);
  });
});

describe('workdayBefore', () => {
  it('steps back over National Day to the last working day before it, and is addWorkdays undone', () => {
    expect(cal.workdayBefore('2026-10-08', 1)).toBe('2026-09-30');
    expect(cal.workdayBefore('2026-10-10', 1)).toBe('2026-10-09');
    expect(cal.workdayBefore('2026-10-12', 3)).toBe('2026-10-08');
    expect(cal.workdayBefore('2026-10-05', 0)).toBe('2026-10-05');
    expect(cal.workdayBefore(cal.addWorkdays('2026-09-30', 3).date, 3)).toBe('2026-09-30');
    expect(() => cal.workdayBefore('2026-09-30', -1)).toThrow(RangeError);
  });
});

describe('addWorkdays', () => {
  it('crosses National Day and lands on the make-up Saturday (docs/domain.md §3)', () => {
    expect(cal.addWorkdays('2026-09-30', 3)).toEqual({ date: '2026-10-10', published: true });
  });

  it.each([
    ['2026-09-30', 0, '2026-09-30'],
    ['2026-10-03', 0, '2026-10-03'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 2, '2026-10-09'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-10-04', 1, '2026-10-08'],
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-24', 1, '2026-09-28'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-24', 4, '2026-02-28'],
    ['2026-02-24', 5, '2026-03-02'],
    ['2026-12-31', 0, '2026-12-31'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(cal.addWorkdays(from, n).date).toBe(expected);
  });

  it('says when the result relies on a year with no published schedule', () => {
    // 2027-01-01 is New Year's Day in reality, but nobody has told the calendar yet.
    expect(cal.addWorkdays('2026-12-30', 2)).toEqual({ date: '2027-01-01', published: false });
    expect(cal.addWorkdays('2026-12-30', 1)).toEqual({ date: '2026-12-31', published: true });
    expect(cal.addWorkdays('2025-12-31', 1)).toEqual({ date: '2026-01-04', published: false });
  });

  it('rejects negative and fractional counts', () => {
    expect(() => cal.addWorkdays('2026-09-30', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkdays('2026-09-30', -1)).toThrow(RangeError);
  });
});

describe('countWorkdays', () => {
  it.each([
    ['2026-09-30', '2026-10-10', 3],
    ['2026-09-30', '2026-10-07', 0],
    ['2026-10-01', '2026-10-07', 0],
    ['2026-09-30', '2026-09-30', 0],
    ['2026-02-13', '2026-02-28', 6],
    ['2025-12-31', '2026-12-31', 248],
    ['2026-10-10', '2026-09-30', -3],
  ])('working days in (%s, %s] = %i', (from, to, expected) => {
    expect(cal.countWorkdays(from, to)).toBe(expected);
  });
});

describe('deadlineAfter', () => {
  it('ends on the last millisecond of the N-th working day after acceptance', () => {
    const result = cal.deadlineAfter(sh('2026-09-30T10:00:00'), 3);
    expect(result).toEqual({ due: sh('2026-10-10T23:59:59.999'), dueDate: '2026-10-10', published: true });
  });

  it('counts from the next working day when accepted on a holiday', () => {
    expect(cal.deadlineAfter(sh('2026-10-03T09:00:00'), 1).dueDate).toBe('2026-10-08');
    expect(cal.deadlineAfter(sh('2026-10-11T09:00:00'), 1).dueDate).toBe('2026-10-12');
  });

  it('uses the Shanghai date of the acceptance instant', () => {
    // 16:30 UTC on 30 September is already 1 October, a holiday, in Baotou.
    expect(cal.deadlineAfter(new Date('2026-09-30T16:30:00Z'), 1).dueDate).toBe('2026-10-08');
    expect(cal.deadlineAfter(new Date('2026-09-30T15:30:00Z'), 1).dueDate).toBe('2026-10-08');
    expect(cal.deadlineAfter(new Date('2026-09-29T16:30:00Z'), 1).dueDate).toBe('2026-10-08');
    expect(cal.deadlineAfter(new Date('2026-09-29T15:30:00Z'), 1).dueDate).toBe('2026-09-30');
  });

  it('adds paused working days back', () => {
    const accepted = sh('2026-09-28T11:00:00');
    expect(cal.deadlineAfter(accepted, 2, 1)).toEqual(cal.deadlineAfter(accepted, 3));
    expect(cal.deadlineAfter(accepted, 2, 1).dueDate).toBe('2026-10-08');
  });

  it('treats a limit of 0 as the end of the acceptance date', () => {
    expect(cal.deadlineAfter(sh('2026-10-09T08:30:00'), 0).due).toEqual(sh('2026-10-09T23:59:59.999'));
  });

  it('flags a deadline in a year with no schedule', () => {
    expect(cal.deadlineAfter(sh('2026-12-25T10:00:00'), 15).published).toBe(false);
  });

  it('rejects negative or fractional limits', () => {
    expect(() => cal.deadlineAfter(sh('2026-09-30T10:00:00'), -1)).toThrow(RangeError);
    expect(() => cal.deadlineAfter(sh('2026-09-30T10:00:00'), 2, 0.5)).toThrow(RangeError);
  });
});

describe('workdaysElapsed', () => {
  it('counts only the time on working days', () => {
    // Fri 16:00 → Sat (rest) → Sun 20 Sep (make-up working day) → Mon 10:00.
    expect(cal.workdaysElapsed(sh('2026-09-18T16:00:00'), sh('2026-09-21T10:00:00'))).toBeCloseTo(8 / 24 + 1 + 10 / 24, 12);
  });

  it('stops the clock across a holiday', () => {
    expect(cal.workdaysElapsed(sh('2026-09-30T12:00:00'), sh('2026-10-08T12:00:00'))).toBeCloseTo(1, 12);
    expect(cal.workdaysElapsed(sh('2026-10-02T09:00:00'), sh('2026-10-06T18:00:00'))).toBe(0);
  });

  it('is zero for the same instant and negative when reversed', () => {
    const at = sh('2026-03-10T10:00:00');
    expect(cal.workdaysElapsed(at, at)).toBe(0);
    expect(cal.workdaysElapsed(sh('2026-03-11T10:00:00'), at)).toBeCloseTo(-1, 12);
  });
});

describe('published years', () => {
  it('knows which years have a schedule', () => {
    expect(cal.isPublished(2026)).toBe(true);
    expect(cal.isPublished(2027)).toBe(false);
    expect(cal.yearsWithoutSchedule('2025-06-01', '2027-03-01')).toEqual([2025, 2027]);
    expect(cal.yearsWithoutSchedule('2027-03-01', '2026-06-01')).toEqual([2027]);
    expect(cal.yearsWithoutSchedule('2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('is not changed by later edits to the table it was built from', () => {
    const days = new Map([['2026-03-10', { workday: false, kind: 'holiday' as const }]]);
    const years = new Set([2026]);
    const built = new WorkCalendar({ days, publishedYears: years });
    days.clear();
    years.clear();
    expect(built.isWorkday('2026-03-10')).toBe(false);
    expect(built.isPublished(2026)).toBe(true);
  });
});
