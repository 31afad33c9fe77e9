/**
 * A tiny seeded pseudo-random generator so demo and simulated data are identical on every run and
 * machine (the 12345 demo history, the classifier's splits, `tongban simulate`).
 */

/** A function returning uniformly distributed numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: 32-bit state, good enough statistical quality for test data, and fast.
 * Not for anything security-related.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One 32-bit seed from several numbers (a run's seed and a batch number …), well mixed. mulberry32
 * streams of neighbouring seeds are the same sequence shifted by one draw, so a stream per part
 * must start from a mixed seed, never from `seed + part`.
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193) >>> 0;
    // murmur3's finaliser: every input bit reaches every output bit.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Integer in [min, max], both inclusive. */
export function randomInt(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(rng: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick() needs a non-empty list');
  return items[Math.floor(rng() * items.length)];
}

/** True with the given probability. */
export function chance(rng: Random, probability: number): boolean {
  return rng() < probability;
}

/** A shuffled copy (Fisher–Yates), leaving the input untouched. */
export function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** One element chosen with probability proportional to its weight. */
export function pickWeighted<T>(rng: Random, items: readonly { value: T; weight: number }[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = rng() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item.value;
  }
  return items[items.length - 1].value;
}

/**
 * `pickWeighted` for long lists drawn from many times: the cumulative weights are summed once and
 * each draw is a binary search.
 */
export function weightedPicker<T>(items: readonly { value: T; weight: number }[]): (rng: Random) => T {
  if (items.length === 0) throw new Error('weightedPicker() needs a non-empty list');
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += Math.max(0, item.weight)));
  if (!(total > 0)) throw new Error('weightedPicker() needs a positive total weight');
  return (rng) => {
    const roll = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > roll) hi = mid;
      else lo = mid + 1;
    }
    return items[lo].value;
  };
}
