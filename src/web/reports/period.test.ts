import { describe, expect, it } from 'vitest';
import { dateOfKey, isoWeekKey, lastMonth, periodKeyOf } from './period';

describe('report period keys in the browser', () => {
  it('agrees with the server on ISO weeks, quarters and round trips', () => {
    expect(isoWeekKey('2026-11-30')).toBe('2026-W49');
    expect(isoWeekKey('2027-01-03')).toBe('2026-W53');
    expect(isoWeekKey('2025-12-29')).toBe('2026-W01');
    expect(periodKeyOf('quarter', '2026-12-31')).toBe('2026-Q4');
    expect(periodKeyOf('month', '2026-11-05')).toBe('2026-11');
    for (const [p, k] of [
      ['week', '2026-W53'],
      ['week', '2026-W01'],
      ['quarter', '2026-Q4'],
      ['month', '2026-02'],
      ['year', '2026'],
      ['day', '2026-11-30'],
    ] as const)
      expect(periodKeyOf(p, dateOfKey(p, k)!)).toBe(k);
    expect(dateOfKey('week', '2026-11')).toBeNull();
    expect(lastMonth('2027-01-15')).toBe('2026-12-01');
  });
});
