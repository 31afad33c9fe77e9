import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

/**
 * Small per-database caches of reference data that every search reads (synonyms, department names).
 * A node drops its copy at once when it changes the data itself, and re-reads it after `ttlMs`
 * otherwise, so an edit made on another node shows within that time.
 */
export interface Cached<T> {
  get(db: Kysely<DB>): Promise<T>;
  /** Forget the copy of this database (after a local edit). */
  invalidate(db: Kysely<DB>): void;
}

/** A loader wrapped in a per-database cache. */
export function cached<T>(ttlMs: number, load: (db: Kysely<DB>) => Promise<T>): Cached<T> {
  const entries = new WeakMap<Kysely<DB>, { at: number; value: Promise<T> }>();
  return {
    get(db) {
      const e = entries.get(db);
      if (e && Date.now() - e.at < ttlMs) return e.value;
      const value = load(db);
      entries.set(db, { at: Date.now(), value });
      // A failed load must not stick.
      value.catch(() => entries.delete(db));
      return value;
    },
    invalidate(db) {
      entries.delete(db);
    },
  };
}
