import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { demoPlaces } from './demo/places';
import { findItemsForSelector } from './demo/select';
import type { DemoPlace, SelectableItem } from './demo/types';
import { invalidatePlaces } from './places.cache';
import { findExistingPlaceCodes, insertPlaceItems, insertPlaces } from './places.repository';
import { tierOf } from './places.tier';

/** A demo place as the admin API would write it. */
function toInput(p: DemoPlace) {
  return {
    code: p.code,
    tier: tierOf(p.level),
    name: p.nameZh,
    nameEn: p.nameEn,
    kind: p.level,
    branchHall: p.branchHall ?? null,
    regionCode: p.regionCode,
    parentCode: p.parentCode ?? null,
    address: p.address,
    // The demo has Chinese addresses only; the English page shows them as written, like a map would.
    addressEn: p.address,
    lat: p.lat,
    lng: p.lng,
    phone: p.phone,
    hours: p.hours,
    windows: p.windows.map((w) => ({
      code: w.code,
      nameZh: w.nameZh,
      nameEn: w.nameEn,
      kind: w.kind,
      branchHall: w.branchHall,
      departmentCodes: w.departmentCodes,
    })),
    active: true,
  };
}

/**
 * Loads the demo "1+N+X" places that are missing, with their windows, and links each new place to
 * those of `items` (the published catalog) its selector takes: district halls take district-level
 * and 全市通办 items, branch halls their branch's items, and so on.
 */
export async function seedPlacesDemo(db: Kysely<DB>, items: readonly SelectableItem[]): Promise<void> {
  const existing = await findExistingPlaceCodes(db);
  const missing = demoPlaces.filter((p) => !existing.has(p.code));
  if (missing.length === 0) return;
  await db.transaction().execute(async (trx) => {
    await insertPlaces(trx, missing.map(toInput));
    await insertPlaceItems(
      trx,
      missing.flatMap((p) => findItemsForSelector(p.itemSelector, items).map((i) => ({ place: p.code, item: i.basicCode }))),
    );
  });
  invalidatePlaces(db);
}
