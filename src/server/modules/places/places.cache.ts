import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { cached } from '../../platform/cache';
import * as repo from './places.repository';

/** The node's in-memory copy of the places, checked against the database every few seconds. */

/** How long a node trusts its copy of the places before asking the database whether they changed. */
const RECHECK_MS = 5_000;

export interface PlacesCopy {
  places: repo.PlaceRow[];
  /** Item code → codes of the places that handle it. */
  placesOfItem: Map<string, Set<string>>;
  regions: Set<string>;
}

async function loadCopy(db: Kysely<DB>): Promise<PlacesCopy> {
  const [places, links, regions] = await Promise.all([repo.findPlaces(db, {}), repo.findAllPlaceItems(db), repo.findRegionCodes(db)]);
  const placesOfItem = new Map<string, Set<string>>();
  for (const l of links) {
    let set = placesOfItem.get(l.item);
    if (!set) placesOfItem.set(l.item, (set = new Set()));
    set.add(l.place);
  }
  return { places, placesOfItem, regions };
}

/**
 * The node's copy of the active places and who handles what: "near me" is asked on every guide
 * and every search for a place, and places change a few times a year.
 */
const copies = cached({ ttlMs: RECHECK_MS, fingerprint: repo.placesFingerprint, load: loadCopy });

export function placesCopy(db: Kysely<DB>): Promise<PlacesCopy> {
  return copies.get(db);
}

/** Drops this node's copy after a local change. */
export function invalidatePlaces(db: Kysely<DB>): void {
  copies.invalidate(db);
}
