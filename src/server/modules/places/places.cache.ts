import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import * as repo from './places.repository';

/** The node's in-memory copy of the places, checked against the database every few seconds. */

/** How long a node trusts its copy of the places before asking the database whether they changed. */
const RECHECK_MS = 5_000;

export interface PlacesCopy {
  places: repo.PlaceRow[];
  /** Item code → codes of the places that handle it. */
  placesOfItem: Map<string, Set<string>>;
  regions: Set<string>;
  fingerprint: string;
  checkedAt: number;
}

const copies = new WeakMap<Kysely<DB>, Promise<PlacesCopy>>();

async function loadCopy(db: Kysely<DB>): Promise<PlacesCopy> {
  const fingerprint = await repo.placesFingerprint(db);
  const [places, links] = await Promise.all([repo.findPlaces(db, {}), repo.findAllPlaceItems(db)]);
  const placesOfItem = new Map<string, Set<string>>();
  for (const l of links) {
    let set = placesOfItem.get(l.item);
    if (!set) placesOfItem.set(l.item, (set = new Set()));
    set.add(l.place);
  }
  const regions = await repo.findRegionCodes(db);
  return { places, placesOfItem, regions, fingerprint, checkedAt: Date.now() };
}

/**
 * The node's copy of the active places and who handles what: "near me" is asked on every guide
 * and every search for a place, and places change a few times a year.
 */
export async function placesCopy(db: Kysely<DB>): Promise<PlacesCopy> {
  const entry = copies.get(db);
  if (entry) {
    const copy = await entry;
    if (Date.now() - copy.checkedAt < RECHECK_MS) return copy;
    copy.checkedAt = Date.now();
    if ((await repo.placesFingerprint(db)) === copy.fingerprint) return copy;
  }
  const next = loadCopy(db);
  copies.set(db, next);
  next.catch(() => copies.delete(db));
  return next;
}

/** Drops this node's copy after a local change. */
export function invalidatePlaces(db: Kysely<DB>): void {
  copies.delete(db);
}
