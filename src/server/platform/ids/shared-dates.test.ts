import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate as sharedIsIsoDate, toShanghaiDate as sharedToShanghaiDate } from '../../../shared/dates';
import { isIsoDate, toShanghaiDate } from '../calendar/shanghai-date';

// The resident-ID check in src/shared carries its own two date helpers (it may not import the
// server); they must agree with the calendar's everywhere.
describe('src/shared/dates agrees with the calendar', () => {
  it('isIsoDate', () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
    fc.assert(fc.property(text, (v) => sharedIsIsoDate(v) === isIsoDate(v)));
  });

  it('toShanghaiDate', () => {
    fc.assert(fc.property(fc.integer({ min: -4_000_000_000_000, max: 8_000_000_000_000 }), (ms) => sharedToShanghaiDate(new Date(ms)) === toShanghaiDate(new Date(ms))));
    expect(() => sharedToShanghaiDate(new Date(NaN))).toThrow(RangeError);
  });
});
