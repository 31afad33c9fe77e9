import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../../platform/calendar/calendar-2026.fixture';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { LIGHT_RANK, clockFromEvents, computeLines, foldClock, INITIAL_CLOCK, lightAt, type ClockLimits } from './cases.clock';

const cal = calendar2026();
const DAY = 86_400_000;
const START = Date.parse('2026-01-05T00:00:00+08:00');
/** Instants in the first ten months of 2026, so every due date stays inside the published year. */
const instant = fc.integer({ min: 0, max: 290 * DAY }).map((ms) => new Date(START + ms));
const limits = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.double({ min: 0.1, max: 1, noNaN: true }))
  .map(([promised, extra, ratio]): ClockLimits => ({
    promised: { value: promised, unit: 'workday' },
    statutory: { value: promised + extra, unit: 'workday' },
    assessmentRatio: ratio,
  }));

describe('clock properties', () => {
  it('keeps assessment ≤ promised ≤ statutory', () => {
    fc.assert(
      fc.property(instant, limits, fc.integer({ min: 0, max: 30 * DAY }), (acceptedAt, l, later) => {
        const lines = computeLines(clockFromEvents([{ action: 'case.accept', at: acceptedAt }], cal), l, cal, new Date(acceptedAt.getTime() + later));
        expect(lines.assessmentDue!.getTime()).toBeLessThanOrEqual(lines.promisedDue!.getTime());
        expect(lines.promisedDue!.getTime()).toBeLessThanOrEqual(lines.statutoryDue!.getTime());
        // A promise of a day or more always has a yellow period before it turns red.
        if (l.promised.value >= 1) expect(lines.assessmentDue!.getTime()).toBeLessThan(lines.promisedDue!.getTime());
      }),
    );
  });

  it('uses exactly the promised working days at the promised line', () => {
    fc.assert(
      fc.property(instant, limits, (acceptedAt, l) => {
        const state = clockFromEvents([{ action: 'case.accept', at: acceptedAt }], cal);
        const due = computeLines(state, l, cal, acceptedAt).promisedDue!;
        expect(computeLines(state, l, cal, due).workdaysUsed).toBe(l.promised.value);
      }),
    );
  });

  it('moves the promised line by exactly the working days paused', () => {
    fc.assert(
      fc.property(instant, limits, fc.integer({ min: 0, max: 20 * DAY }), fc.integer({ min: 0, max: 20 * DAY }), (acceptedAt, l, toPause, pauseLen) => {
        const pausedAt = new Date(acceptedAt.getTime() + toPause);
        const resumedAt = new Date(pausedAt.getTime() + pauseLen);
        const plain = computeLines(clockFromEvents([{ action: 'case.accept', at: acceptedAt }], cal), l, cal, resumedAt);
        const paused = computeLines(
          clockFromEvents(
            [
              { action: 'case.accept', at: acceptedAt },
              { action: 'case.request_correction', at: pausedAt },
              { action: 'case.resubmit', at: resumedAt },
            ],
            cal,
          ),
          l,
          cal,
          resumedAt,
        );
        expect(paused.pausedWorkdays).toBe(cal.countWorkdays(toShanghaiDate(pausedAt), toShanghaiDate(resumedAt)));
        expect(cal.countWorkdays(toShanghaiDate(plain.promisedDue!), toShanghaiDate(paused.promisedDue!))).toBe(paused.pausedWorkdays);
        expect(paused.workdaysUsed).toBe(Math.max(0, plain.workdaysUsed - paused.pausedWorkdays));
      }),
    );
  });

  it('never lets a light get better as time passes without a pause', () => {
    fc.assert(
      fc.property(instant, limits, fc.integer({ min: 0, max: 40 * DAY }), fc.integer({ min: 0, max: 40 * DAY }), (acceptedAt, l, a, b) => {
        const state = clockFromEvents([{ action: 'case.accept', at: acceptedAt }], cal);
        const [t1, t2] = [Math.min(a, b), Math.max(a, b)].map((d) => new Date(acceptedAt.getTime() + d));
        const l1 = computeLines(state, l, cal, t1).light!;
        const l2 = computeLines(state, l, cal, t2).light!;
        expect(LIGHT_RANK[l2]).toBeLessThanOrEqual(LIGHT_RANK[l1]);
      }),
    );
  });

  it('changes the light exactly after nextLightChangeAt, and not before', () => {
    fc.assert(
      fc.property(instant, limits, fc.integer({ min: 0, max: 30 * DAY }), (acceptedAt, l, later) => {
        const state = clockFromEvents([{ action: 'case.accept', at: acceptedAt }], cal);
        const now = new Date(acceptedAt.getTime() + later);
        const lines = computeLines(state, l, cal, now);
        if (!lines.nextLightChangeAt) {
          expect(lines.light).toBe('overdue');
          return;
        }
        const dues = { assessmentDue: lines.assessmentDue!, promisedDue: lines.promisedDue!, statutoryDue: lines.statutoryDue! };
        expect(lightAt(lines.nextLightChangeAt, dues)).toBe(lines.light);
        expect(lightAt(new Date(lines.nextLightChangeAt.getTime() + 1), dues)).not.toBe(lines.light);
      }),
    );
  });

  it('ignores events after the clock stopped and repeated pause starts', () => {
    fc.assert(
      fc.property(
        instant,
        fc.array(fc.constantFrom('case.request_correction', 'case.start_special', 'case.review', 'case.route'), { maxLength: 6 }),
        (acceptedAt, actions) => {
          const stopped = foldClock(foldClock(INITIAL_CLOCK, { action: 'case.accept', at: acceptedAt }, cal), { action: 'case.withdraw', at: acceptedAt }, cal);
          const after = actions.reduce((s, action, i) => foldClock(s, { action, at: new Date(acceptedAt.getTime() + (i + 1) * DAY) }, cal), stopped);
          expect(after).toEqual(stopped);
        },
      ),
    );
  });
});
