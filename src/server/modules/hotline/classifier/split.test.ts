import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stratifiedSplit } from './split';

describe('stratifiedSplit', () => {
  const items = Array.from({ length: 100 }, (_, i) => ({ id: i, categoryCode: ['a', 'b', 'c', 'd'][i % 4] }));

  it('takes the fraction from every category and keeps the parts disjoint', () => {
    const { train, test } = stratifiedSplit(items, 0.2, 1);
    expect(test).toHaveLength(20);
    for (const code of ['a', 'b', 'c', 'd']) expect(test.filter((item) => item.categoryCode === code)).toHaveLength(5);
    const ids = new Set(test.map((item) => item.id));
    expect(train.some((item) => ids.has(item.id))).toBe(false);
  });

  it('is deterministic for a seed', () => {
    expect(stratifiedSplit(items, 0.2, 1)).toEqual(stratifiedSplit(items, 0.2, 1));
    expect(stratifiedSplit(items, 0.2, 2).test).not.toEqual(stratifiedSplit(items, 0.2, 1).test);
  });

  it('partitions any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'y', 'z')), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (codes, fraction, seed) => {
        const input = codes.map((categoryCode, id) => ({ id, categoryCode }));
        const { train, test } = stratifiedSplit(input, fraction, seed);
        expect([...train, ...test].map((item) => item.id).sort((a, b) => a - b)).toEqual(input.map((item) => item.id));
      }),
    );
  });
});
