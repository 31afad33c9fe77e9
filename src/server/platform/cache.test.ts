import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DB } from '../db/types';
import { cached, memoized } from './cache';

const dbA = {} as Kysely<DB>;
const dbB = {} as Kysely<DB>;

afterEach(() => vi.useRealTimers());

describe('cached', () => {
  it('keeps one copy per database, reloads after the TTL without a fingerprint, and on invalidate', async () => {
    vi.useFakeTimers();
    let loads = 0;
    const c = cached({ ttlMs: 1000, load: async (db) => `${db === dbA ? 'A' : 'B'}${++loads}` });
    expect(await c.get(dbA)).toBe('A1');
    expect(await c.get(dbA)).toBe('A1');
    expect(await c.get(dbB)).toBe('B2');
    vi.advanceTimersByTime(1001);
    expect(await c.get(dbA)).toBe('A3');
    c.invalidate(dbA);
    expect(await c.get(dbA)).toBe('A4');
    expect(await c.get(dbB)).toBe('B5');
  });

  it('with a fingerprint keeps the copy while it is unchanged and reloads when it moves', async () => {
    vi.useFakeTimers();
    let fp = 'v1';
    let loads = 0;
    const seen: Array<string | null> = [];
    const c = cached({ ttlMs: 1000, fingerprint: async () => fp, load: async (_db, f) => (seen.push(f), ++loads) });
    expect(await c.get(dbA)).toBe(1);
    vi.advanceTimersByTime(1001);
    expect(await c.get(dbA)).toBe(1);
    fp = 'v2';
    expect(await c.get(dbA)).toBe(1); // within the TTL of the last check
    vi.advanceTimersByTime(1001);
    expect(await c.get(dbA)).toBe(2);
    expect(seen).toEqual(['v1', 'v2']);
  });

  it('concurrent first readers share one load', async () => {
    let loads = 0;
    let prints = 0;
    const c = cached({ ttlMs: 60_000, fingerprint: async () => `v${++prints}`, load: async () => ++loads });
    expect(await Promise.all([c.get(dbA), c.get(dbA), c.get(dbA)])).toEqual([1, 1, 1]);
    expect([loads, prints]).toEqual([1, 1]);
  });

  it('does not keep a failed load', async () => {
    let n = 0;
    const c = cached({ ttlMs: 60_000, load: async () => (++n === 1 ? Promise.reject(new Error('down')) : n) });
    await expect(c.get(dbA)).rejects.toThrow('down');
    expect(await c.get(dbA)).toBe(2);
  });
});

describe('memoized', () => {
  it('loads each key once per database, through the given executor, evicting the oldest past max', async () => {
    const calls: string[] = [];
    const via = {} as Kysely<DB>;
    const m = memoized<number, string>({ max: 2, keyOf: String, load: async (ex, k) => (calls.push(`${ex === via ? 'via' : 'db'}:${k}`), `v${k}`) });
    expect(await m.get(dbA, 1, via)).toBe('v1');
    expect(await m.get(dbA, 1)).toBe('v1');
    expect(await m.get(dbB, 1)).toBe('v1');
    await m.get(dbA, 2);
    await m.get(dbA, 3);
    await m.get(dbA, 1);
    expect(calls).toEqual(['via:1', 'db:1', 'db:2', 'db:3', 'db:1']);
  });
});

describe('memoized with a TTL', () => {
  it('reloads a key after its TTL and at once after forget', async () => {
    vi.useFakeTimers();
    let n = 0;
    const m = memoized<string, number>({ max: 10, ttlMs: 1000, keyOf: (k) => k, load: async () => ++n });
    expect(await m.get(dbA, 's')).toBe(1);
    expect(await m.get(dbA, 's')).toBe(1);
    vi.advanceTimersByTime(1001);
    expect(await m.get(dbA, 's')).toBe(2);
    m.forget(dbA, 's');
    expect(await m.get(dbA, 's')).toBe(3);
  });
});
