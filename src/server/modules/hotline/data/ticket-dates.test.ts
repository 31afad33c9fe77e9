import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng';
import { isInHeatingSeason, pickCreatedAt } from './ticket-dates';

describe('ticket dates', () => {
  it('knows Baotou’s heating season, 15 October to 15 April, in Beijing time', () => {
    expect(isInHeatingSeason('2025-10-14T15:59:59Z')).toBe(false); // 14 Oct 23:59 in Beijing
    expect(isInHeatingSeason('2025-10-14T16:00:00Z')).toBe(true); // 15 Oct 00:00 in Beijing
    expect(isInHeatingSeason('2026-01-20T04:00:00Z')).toBe(true);
    expect(isInHeatingSeason('2026-04-15T12:00:00Z')).toBe(true);
    expect(isInHeatingSeason('2026-04-16T12:00:00Z')).toBe(false);
    expect(isInHeatingSeason('2026-07-01T12:00:00Z')).toBe(false);
  });

  it('keeps seasonal dates in season', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = mulberry32(seed);
        expect(isInHeatingSeason(pickCreatedAt(rng, 'heating'))).toBe(true);
        const summerMonth = new Date(Date.parse(pickCreatedAt(rng, 'summer')) + 8 * 3_600_000).getUTCMonth() + 1;
        expect(summerMonth).toBeGreaterThanOrEqual(5);
        expect(summerMonth).toBeLessThanOrEqual(9);
      }),
    );
  });
});
