/**
 * Deterministic stratified splits: each category contributes the same share to the held-out
 * part, so rare categories are tested too.
 */
import { mulberry32, shuffled } from '../data/prng';

/** The two parts of a split. */
export interface Split<T> {
  train: T[];
  test: T[];
}

/**
 * Puts `fraction` of each category (at least one item, when the category has two or more) into
 * `test`, chosen by a seeded shuffle; the rest goes to `train`. Input order is kept in each part.
 */
export function stratifiedSplit<T extends { categoryCode: string }>(items: readonly T[], fraction: number, seed: number): Split<T> {
  const rng = mulberry32(seed);
  const byCategory = new Map<string, number[]>();
  items.forEach((item, i) => {
    const list = byCategory.get(item.categoryCode) ?? [];
    list.push(i);
    byCategory.set(item.categoryCode, list);
  });
  const testIndices = new Set<number>();
  for (const code of [...byCategory.keys()].sort()) {
    const indices = byCategory.get(code) ?? [];
    const size = indices.length < 2 ? 0 : Math.max(1, Math.round(indices.length * fraction));
    for (const i of shuffled(rng, indices).slice(0, size)) testIndices.add(i);
  }
  return {
    train: items.filter((_, i) => !testIndices.has(i)),
    test: items.filter((_, i) => testIndices.has(i)),
  };
}
