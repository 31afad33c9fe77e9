import type { Kysely } from 'kysely';
import type { DB } from '../db/types';

/**
 * The platform's one in-process cache (docs/architecture.md, "Caches"). Every copy belongs to one
 * database handle — a process serving two databases (the tests do) never mixes them — and a failed
 * load never sticks. Two shapes:
 *
 * - `cached`: a whole table-like copy (synonyms, departments, categories, the search index). After
 *   `ttlMs` it is checked again: with a `fingerprint` (a cheap query that changes whenever the
 *   data does) it is kept when the fingerprint is the same and reloaded when not; without one it is
 *   reloaded. A node that changes the data itself calls `invalidate` and sees its edit at once;
 *   other nodes see it within `ttlMs`.
 * - `memoized`: values kept per key, at most `max` of them (the oldest goes first): forever for
 *   values that never change once written (a published item version), or for `ttlMs` (a resolved
 *   session), with `forget` for a key the node itself changed.
 */

export interface Cached<T> {
  get(db: Kysely<DB>): Promise<T>;
  /** Forgets this database's copy (after a local edit). */
  invalidate(db: Kysely<DB>): void;
}

interface Entry<T> {
  value: Promise<T>;
  checkedAt: number;
  fingerprint: string | null;
}

export function cached<T>(o: {
  ttlMs: number;
  load: (db: Kysely<DB>, fingerprint: string | null) => Promise<T>;
  fingerprint?: (db: Kysely<DB>) => Promise<string>;
}): Cached<T> {
  const entries = new WeakMap<Kysely<DB>, Entry<T>>();
  /**
   * Starts a load and stores its promise at once, so readers arriving meanwhile share it instead of
   * loading again. The fingerprint is read first (when not already known), then the data, so a
   * change between the two shows as a new fingerprint at the next check.
   */
  const loadInto = (db: Kysely<DB>, known?: string | null): Promise<T> => {
    const entry: Entry<T> = { value: Promise.resolve(undefined as T), checkedAt: Date.now(), fingerprint: known ?? null };
    entry.value = (async () => {
      if (known === undefined && o.fingerprint) entry.fingerprint = await o.fingerprint(db);
      return o.load(db, entry.fingerprint);
    })();
    entries.set(db, entry);
    entry.value.catch(() => {
      if (entries.get(db) === entry) entries.delete(db);
    });
    return entry.value;
  };
  return {
    async get(db) {
      const e = entries.get(db);
      if (!e) return loadInto(db);
      if (Date.now() - e.checkedAt < o.ttlMs) return e.value;
      if (!o.fingerprint) return loadInto(db, null);
      // Concurrent readers keep using the copy while one of them checks the fingerprint.
      e.checkedAt = Date.now();
      const now = await o.fingerprint(db);
      if (now === e.fingerprint) return e.value;
      const current = entries.get(db);
      return current && current !== e ? current.value : loadInto(db, now);
    },
    invalidate(db) {
      entries.delete(db);
    },
  };
}

export interface Memoized<K, V> {
  /** The value of `key`; on a miss `via` runs the load (pass the open transaction inside one: PGlite has one session). */
  get(db: Kysely<DB>, key: K, via?: Kysely<DB>): Promise<V>;
  /** Drops one key's value (the node changed it). */
  forget(db: Kysely<DB>, key: K): void;
}

export function memoized<K, V>(o: { max: number; ttlMs?: number; keyOf: (key: K) => string; load: (via: Kysely<DB>, key: K) => Promise<V> }): Memoized<K, V> {
  const maps = new WeakMap<Kysely<DB>, Map<string, { value: Promise<V>; at: number }>>();
  return {
    get(db, key, via = db) {
      let map = maps.get(db);
      if (!map) maps.set(db, (map = new Map()));
      const k = o.keyOf(key);
      const hit = map.get(k);
      if (hit && (o.ttlMs === undefined || Date.now() - hit.at < o.ttlMs)) return hit.value;
      if (hit) map.delete(k);
      if (map.size >= o.max) map.delete(map.keys().next().value as string);
      const m = map;
      const entry = { value: o.load(via, key), at: Date.now() };
      entry.value.catch(() => {
        if (m.get(k) === entry) m.delete(k);
      });
      map.set(k, entry);
      return entry.value;
    },
    forget(db, key) {
      maps.get(db)?.delete(o.keyOf(key));
    },
  };
}
