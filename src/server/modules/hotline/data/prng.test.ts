import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, pick, pickWeighted, randomInt, shuffled } from './prng';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const rng = mulberry32(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const value = rng();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]++;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});

describe('helpers', () => {
  it('randomInt stays within inclusive bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const value = randomInt(mulberry32(seed), min, min + span);
        return Number.isInteger(value) && value >= min && value <= min + span;
      }),
    );
  });

  it('shuffled returns a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = items.slice();
        const result = shuffled(mulberry32(seed), items);
        expect(items).toEqual(copy);
        expect(result.slice().sort((a, b) => a - b)).toEqual(copy.sort((a, b) => a - b));
      }),
    );
  });

  it('pick refuses an empty list and pickWeighted never picks a zero weight', () => {
    expect(() => pick(mulberry32(1), [])).toThrow();
    const rng = mulberry32(3);
    for (let i = 0; i < 200; i++) expect(pickWeighted(rng, [{ value: 'a', weight: 0 }, { value: 'b', weight: 1 }])).toBe('b');
  });
});
