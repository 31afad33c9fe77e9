import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workCalendarFromChineseDays } from './chinese-days-source';
import { endOfShanghaiDay, fromEpochDay, toEpochDay, toShanghaiDate } from './shanghai-date';

// The package calendar has the most irregular data (2004–2026), so the laws are checked on it.
const cal = workCalendarFromChineseDays();

const FIRST = toEpochDay('2004-01-01');
const LAST = toEpochDay('2026-12-31');
const date = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);
const count = fc.integer({ min: 0, max: 120 });
const instant = fc.date({ min: new Date('2004-01-01T00:00:00+08:00'), max: new Date('2026-12-31T23:59:59+08:00'), noInvalidDate: true });

describe('working-day laws', () => {
  it('adding n working days then counting back gives n', () => {
    fc.assert(
      fc.property(date, count, (from, n) => {
        expect(cal.countWorkdays(from, cal.addWorkdays(from, n).date)).toBe(n);
      }),
    );
  });

  it('lands on a working day whenever n > 0', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 120 }), (from, n) => {
        expect(cal.isWorkday(cal.addWorkdays(from, n).date)).toBe(true);
      }),
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(date, count, count, (from, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(cal.addWorkdays(from, lo).date < cal.addWorkdays(from, hi).date).toBe(true);
      }),
    );
  });

  it('composes: (from + a) + b = from + (a + b)', () => {
    fc.assert(
      fc.property(date, count, count, (from, a, b) => {
        expect(cal.addWorkdays(cal.addWorkdays(from, a).date, b).date).toBe(cal.addWorkdays(from, a + b).date);
      }),
    );
  });

  it('counts additively over adjacent ranges and antisymmetrically', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(cal.countWorkdays(a, b) + cal.countWorkdays(b, c)).toBe(cal.countWorkdays(a, c));
        expect(cal.countWorkdays(b, a)).toBe(0 - cal.countWorkdays(a, b));
      }),
    );
  });

  it('reports published only inside 2004–2026', () => {
    fc.assert(
      fc.property(date, count, (from, n) => {
        const result = cal.addWorkdays(from, n);
        expect(result.published).toBe(result.date <= '2026-12-31');
      }),
    );
  });
});

describe('deadline laws', () => {
  it('is never before acceptance and ends a working day (or the acceptance day for n = 0)', () => {
    fc.assert(
      fc.property(instant, count, fc.integer({ min: 0, max: 10 }), (acceptedAt, n, paused) => {
        const { due, dueDate } = cal.deadlineAfter(acceptedAt, n, paused);
        expect(due.getTime()).toBeGreaterThanOrEqual(acceptedAt.getTime());
        expect(due).toEqual(endOfShanghaiDay(dueDate));
        expect(toShanghaiDate(due)).toBe(dueDate);
        if (n + paused > 0) expect(cal.isWorkday(dueDate)).toBe(true);
        expect(cal.countWorkdays(toShanghaiDate(acceptedAt), dueDate)).toBe(n + paused);
      }),
    );
  });

  it('grows with the time limit and with pauses', () => {
    fc.assert(
      fc.property(instant, count, fc.integer({ min: 0, max: 10 }), (acceptedAt, n, paused) => {
        const base = cal.deadlineAfter(acceptedAt, n).due.getTime();
        expect(cal.deadlineAfter(acceptedAt, n + 1).due.getTime()).toBeGreaterThan(base);
        expect(cal.deadlineAfter(acceptedAt, n, paused).due.getTime()).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});

describe('elapsed-time laws', () => {
  const ordered = fc.tuple(instant, instant, instant).map((xs) => xs.sort((p, q) => p.getTime() - q.getTime()));

  it('is additive and bounded by the calendar time', () => {
    fc.assert(
      fc.property(ordered, ([a, b, c]) => {
        const ab = cal.workdaysElapsed(a, b);
        expect(ab + cal.workdaysElapsed(b, c)).toBeCloseTo(cal.workdaysElapsed(a, c), 9);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual((b.getTime() - a.getTime()) / 86_400_000 + 1e-12);
      }),
    );
  });

  it('agrees with whole-day counting between Shanghai midnights', () => {
    fc.assert(
      fc.property(date, date, (x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const elapsed = cal.workdaysElapsed(new Date(endOfShanghaiDay(from).getTime() + 1), new Date(endOfShanghaiDay(to).getTime() + 1));
        expect(elapsed).toBeCloseTo(cal.countWorkdays(from, to), 9);
      }),
    );
  });
});
