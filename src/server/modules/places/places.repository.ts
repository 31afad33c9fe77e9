import { sql, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { Hours, PlaceInput, PlaceKind, WindowInput, WindowKind } from './places.schemas';
import type { Executor } from '../../db/executor';

/** The places module's SQL: places, their windows and the items each handles. */
export type { Executor } from '../../db/executor';

export interface PlaceRow {
  code: string;
  nameZh: string;
  nameEn: string;
  tier: '1' | 'N' | 'X';
  kind: PlaceKind;
  branchHall: string | null;
  regionCode: string;
  regionZh: string;
  regionEn: string;
  parentCode: string | null;
  addressZh: string;
  addressEn: string;
  lat: number;
  lng: number;
  phone: string;
  hours: Hours;
  active: boolean;
  version: number;
}

export interface PlaceFilter {
  item?: string;
  kinds?: readonly string[];
  region?: string;
  code?: string;
  includeInactive?: boolean;
}

/** Places that pass the filter, with their region names. */
export async function findPlaces(db: Executor, f: PlaceFilter): Promise<PlaceRow[]> {
  let q = db.selectFrom('places as p').innerJoin('regions as r', 'r.code', 'p.region_code');
  if (!f.includeInactive) q = q.where('p.active', '=', true);
  if (f.code) q = q.where('p.code', '=', f.code);
  if (f.region) q = q.where('p.region_code', '=', f.region);
  if (f.kinds) q = q.where('p.kind', 'in', [...f.kinds]);
  if (f.item) q = q.where(sql<SqlBool>`exists (select 1 from place_items pi where pi.place_code = p.code and pi.item_code = ${f.item})`);
  const rows = await q
    .select([
      'p.code',
      'p.name_zh',
      'p.name_en',
      'p.tier',
      'p.kind',
      'p.branch_hall',
      'p.region_code',
      'r.name_zh as region_zh',
      'r.name_en as region_en',
      'p.parent_code',
      'p.address_zh',
      'p.address_en',
      'p.lat',
      'p.lng',
      'p.phone',
      'p.hours',
      'p.active',
      'p.version',
    ])
    .orderBy('p.tier')
    .orderBy('p.region_code')
    .orderBy('p.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    tier: r.tier,
    kind: r.kind as PlaceKind,
    branchHall: r.branch_hall,
    regionCode: r.region_code,
    regionZh: r.region_zh,
    regionEn: r.region_en,
    parentCode: r.parent_code,
    addressZh: r.address_zh,
    addressEn: r.address_en,
    lat: Number(r.lat),
    lng: Number(r.lng),
    phone: r.phone,
    hours: r.hours as Hours,
    active: r.active,
    version: r.version,
  }));
}

export interface WindowRow {
  code: string;
  name: string;
  nameEn: string;
  kind: WindowKind;
  branchHall: string | null;
  departmentCodes: string[];
}

export async function findWindows(db: Executor, placeCode: string): Promise<WindowRow[]> {
  // place_windows.kind has a CHECK constraint listing exactly WINDOW_KINDS (migration 0011).
  const rows = await db.selectFrom('place_windows').selectAll().where('place_code', '=', placeCode).orderBy('sort').orderBy('code').execute();
  return rows.map((w) => ({
    code: w.code,
    name: w.name_zh,
    nameEn: w.name_en,
    kind: w.kind as WindowKind,
    branchHall: w.branch_hall,
    departmentCodes: w.department_codes,
  }));
}

export async function findPlaceItemCodes(db: Executor, placeCode: string): Promise<string[]> {
  return (await db.selectFrom('place_items').select('item_code').where('place_code', '=', placeCode).orderBy('item_code').execute()).map((r) => r.item_code);
}

/** Items handled by at least one active place of a region. */
export async function findItemCodesInRegion(db: Executor, region: string): Promise<string[]> {
  const rows = await db
    .selectFrom('place_items as pi')
    .innerJoin('places as p', 'p.code', 'pi.place_code')
    .select('pi.item_code')
    .distinct()
    .where('p.region_code', '=', region)
    .where('p.active', '=', true)
    .execute();
  return rows.map((r) => r.item_code);
}

/** Every place–item link (the node's in-memory copy is built from it). */
export async function findAllPlaceItems(db: Executor): Promise<{ place: string; item: string }[]> {
  return (await db.selectFrom('place_items').select(['place_code', 'item_code']).execute()).map((r) => ({ place: r.place_code, item: r.item_code }));
}

/** Changes whenever a place, its items or its windows change. */
export async function placesFingerprint(db: Executor): Promise<string> {
  const r = await sql<{ f: string }>`select concat_ws('|', (select count(*) from places), (select max(updated_at) from places),
    (select count(*) from place_items), (select count(*) from regions)) as f`.execute(db);
  return r.rows[0]?.f ?? '';
}

export async function findRegionCodes(db: Executor): Promise<Set<string>> {
  return new Set((await db.selectFrom('regions').select('code').execute()).map((r) => r.code));
}

export async function findRegion(db: Executor, code: string) {
  return db.selectFrom('regions').select(['code', 'name_zh', 'name_en']).where('code', '=', code).executeTakeFirst();
}

export async function findExistingPlaceCodes(db: Executor): Promise<Set<string>> {
  return new Set((await db.selectFrom('places').select('code').execute()).map((r) => r.code));
}

function placeColumns(p: PlaceInput, tier: '1' | 'N' | 'X') {
  return {
    name_zh: p.name,
    name_en: p.nameEn,
    tier,
    kind: p.kind,
    branch_hall: p.branchHall,
    region_code: p.regionCode,
    parent_code: p.parentCode,
    address_zh: p.address,
    address_en: p.addressEn,
    lat: p.lat,
    lng: p.lng,
    phone: p.phone,
    hours: JSON.stringify(p.hours),
    active: p.active,
  };
}

/** Inserts places (with their windows) that do not exist yet, parents before children. */
export async function insertPlaces(db: Executor, places: readonly (PlaceInput & { code: string; tier: '1' | 'N' | 'X' })[]): Promise<void> {
  if (places.length === 0) return;
  const ordered = [...places].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
  for (let i = 0; i < ordered.length; i += 200) {
    await db
      .insertInto('places')
      .values(ordered.slice(i, i + 200).map((p) => ({ code: p.code, ...placeColumns(p, p.tier) })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  const windows = places.flatMap((p) => p.windows.map((w, i) => windowRow(p.code, w, i)));
  for (let i = 0; i < windows.length; i += 500) {
    await db
      .insertInto('place_windows')
      .values(windows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['place_code', 'code']).doNothing())
      .execute();
  }
}

function windowRow(placeCode: string, w: WindowInput, sort: number) {
  return {
    place_code: placeCode,
    code: w.code,
    name_zh: w.nameZh,
    name_en: w.nameEn,
    kind: w.kind,
    branch_hall: w.branchHall ?? null,
    department_codes: w.departmentCodes ?? [],
    sort,
  };
}

/** Updates a place if its version is still `version`; replaces its windows. Returns whether it was. */
export async function updatePlace(trx: Transaction<DB>, code: string, version: number, p: PlaceInput, tier: '1' | 'N' | 'X'): Promise<boolean> {
  const r = await trx
    .updateTable('places')
    .set({ ...placeColumns(p, tier), version: version + 1, updated_at: new Date() })
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await trx.deleteFrom('place_windows').where('place_code', '=', code).execute();
  if (p.windows.length)
    await trx
      .insertInto('place_windows')
      .values(p.windows.map((w, i) => windowRow(code, w, i)))
      .execute();
  return true;
}

/** Bumps the version of a place (after its items changed); false when it moved on since `version`. */
export async function bumpPlaceVersion(trx: Transaction<DB>, code: string, version: number): Promise<boolean> {
  const r = await trx
    .updateTable('places')
    .set({ version: version + 1, updated_at: new Date() })
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Replaces the items a place handles. */
export async function replacePlaceItems(trx: Transaction<DB>, code: string, items: readonly string[]): Promise<void> {
  await trx.deleteFrom('place_items').where('place_code', '=', code).execute();
  await insertPlaceItems(
    trx,
    items.map((item) => ({ place: code, item })),
  );
}

/** Adds place–item links that are missing (one statement: arrays, not thousands of parameters). */
export async function insertPlaceItems(db: Executor, links: readonly { place: string; item: string }[]): Promise<void> {
  if (links.length === 0) return;
  await sql`insert into place_items (place_code, item_code)
    select * from unnest(${links.map((l) => l.place)}::text[], ${links.map((l) => l.item)}::text[])
    on conflict do nothing`.execute(db);
}
