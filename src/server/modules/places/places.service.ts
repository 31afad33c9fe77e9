import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { AppError, type Lang } from '../../platform/errors';
import { PLACES_ERR } from './places.errors';
import { haversineMetres, parseLatLng } from './places.geo';
import { invalidatePlaces, placesCopy } from './places.cache';
import type { ItemDirectory } from './places.items';
import { authorizePlaceEdit } from './places.policy';
import * as repo from './places.repository';
import { KINDS_OF_LEVEL, type PlaceInput, type PlaceLevel } from './places.schemas';
import { tierOf } from './places.tier';

/**
 * The "1+N+X" places: where an item can be done, nearest first, and the admin's upkeep of places.
 * What places know of items comes through `ItemDirectory` (places.items.ts), which the catalog
 * provides. Reading needs no sign-in; every change is authorised here, whoever calls.
 */

export interface PlaceView extends repo.PlaceRow {
  name: string;
  regionName: string;
  address: string;
  distanceMetres?: number;
}

function view(p: repo.PlaceRow, lang: Lang): PlaceView {
  const en = lang === 'en-US';
  return { ...p, name: en ? p.nameEn : p.nameZh, regionName: en ? p.regionEn : p.regionZh, address: en ? p.addressEn : p.addressZh };
}

export interface PlaceSearch {
  item?: string;
  near?: string;
  level?: PlaceLevel;
  region?: string;
  page: number;
  pageSize: number;
}

/**
 * Places that pass the filters. With `near`, nearest first with the distance in metres; without,
 * the city hall, then branch halls, then the rest by region. An unknown item is ITEM_NOT_FOUND,
 * a bad location BAD_COORDINATES, an unknown region UNKNOWN_REGION.
 */
export async function searchPlaces(db: Kysely<DB>, directory: ItemDirectory, s: PlaceSearch, lang: Lang): Promise<{ places: PlaceView[]; total: number }> {
  const origin = s.near === undefined ? null : parseLatLng(s.near);
  if (s.near !== undefined && !origin) throw new AppError(PLACES_ERR.BAD_COORDINATES, { value: s.near.slice(0, 60) });
  if (s.item) await directory.requirePublished(db, s.item);
  const copy = await placesCopy(db);
  if (s.region && !copy.regions.has(s.region)) throw new AppError(PLACES_ERR.UNKNOWN_REGION, { code: s.region });
  const handling = s.item ? (copy.placesOfItem.get(s.item) ?? new Set<string>()) : null;
  const kinds = s.level ? KINDS_OF_LEVEL[s.level] : null;
  const rows = copy.places.filter((p) => (!handling || handling.has(p.code)) && (!s.region || p.regionCode === s.region) && (!kinds || kinds.includes(p.kind)));
  let places = rows.map((p) => view(p, lang));
  if (origin) {
    places = places
      .map((p) => ({ ...p, distanceMetres: Math.round(haversineMetres(origin, p)) }))
      .sort((a, b) => a.distanceMetres! - b.distanceMetres! || a.code.localeCompare(b.code));
  }
  return { places: places.slice((s.page - 1) * s.pageSize, s.page * s.pageSize), total: places.length };
}

/** Places that handle an item, in "1+N+X" order (for the guide). */
export async function findPlacesOfItem(db: Kysely<DB>, itemCode: string, lang: Lang): Promise<PlaceView[]> {
  const copy = await placesCopy(db);
  const handling = copy.placesOfItem.get(itemCode);
  return handling ? copy.places.filter((p) => handling.has(p.code)).map((p) => view(p, lang)) : [];
}

/** Item codes handled at some place of a region (the catalog's region filter). */
export async function findItemCodesInRegion(db: Kysely<DB>, region: string): Promise<string[]> {
  if (!(await repo.findRegion(db, region))) throw new AppError(PLACES_ERR.UNKNOWN_REGION, { code: region });
  return repo.findItemCodesInRegion(db, region);
}

/** One place with its windows and the published items it handles. */
export async function getPlace(db: Kysely<DB>, directory: ItemDirectory, code: string, lang: Lang, opts: { includeInactive?: boolean } = {}) {
  const [p] = await repo.findPlaces(db, { code, includeInactive: opts.includeInactive });
  if (!p) throw new AppError(PLACES_ERR.PLACE_NOT_FOUND, { code });
  const [windows, codes] = await Promise.all([repo.findWindows(db, code), repo.findPlaceItemCodes(db, code)]);
  const items = (await directory.findItems(db, codes)).filter((i) => i.published).map((i) => ({ code: i.code, name: i.nameZh, nameEn: i.nameEn }));
  return { ...view(p, lang), windows, items };
}

async function checkPlace(db: Kysely<DB>, p: PlaceInput, code: string): Promise<void> {
  const problems: { path: string; zh: string; en: string }[] = [];
  if (!(await repo.findRegion(db, p.regionCode)))
    problems.push({ path: 'regionCode', zh: `行政区划 ${p.regionCode} 不存在`, en: `There is no region ${p.regionCode}` });
  if (p.parentCode === code) problems.push({ path: 'parentCode', zh: '上级场所不能是自己', en: 'A place cannot be its own parent' });
  else if (p.parentCode && !(await repo.findExistingPlaceCodes(db)).has(p.parentCode)) {
    problems.push({ path: 'parentCode', zh: `上级场所 ${p.parentCode} 不存在`, en: `There is no parent place ${p.parentCode}` });
  }
  if ((p.kind === 'branch_hall') !== (p.branchHall !== null))
    problems.push({ path: 'branchHall', zh: '分厅须注明所属分厅类别，其他场所不填', en: 'A branch hall names its branch; other places leave it empty' });
  const numbers = p.windows.map((w) => w.code);
  if (new Set(numbers).size !== numbers.length) problems.push({ path: 'windows', zh: '窗口编号重复', en: 'Window codes repeat' });
  if (problems.length) throw new AppError(PLACES_ERR.PLACE_INVALID, { count: problems.length }, problems);
}

async function checkItems(db: Kysely<DB>, directory: ItemDirectory, items: readonly string[]): Promise<string[]> {
  const unique = [...new Set(items)];
  const known = new Set((await directory.findItems(db, unique)).map((i) => i.code));
  const unknown = unique.filter((c) => !known.has(c));
  if (unknown.length) throw new AppError(PLACES_ERR.UNKNOWN_ITEMS, { count: unknown.length, codes: unknown.slice(0, 10).join(', ') }, { unknown });
  return unique;
}

function chain(code: string): string {
  return `place:${code}`;
}

async function record(trx: Transaction<DB>, actor: Actor, code: string, action: string, data: Record<string, unknown>) {
  await appendEvent(trx, {
    chain: chain(code),
    action,
    actorId: actor.id,
    actorName: actor.displayName,
    subjectType: 'place',
    subjectId: code,
    regionCode: actor.regionCode,
    data,
  });
}

/** Creates a place with its windows and items (the transaction comes from the idempotency wrapper). */
export async function createPlace(
  trx: Transaction<DB>,
  directory: ItemDirectory,
  actor: Actor,
  input: PlaceInput & { code: string; items: string[] },
): Promise<void> {
  authorizePlaceEdit(actor);
  if ((await repo.findExistingPlaceCodes(trx)).has(input.code)) throw new AppError(PLACES_ERR.PLACE_EXISTS, { code: input.code });
  await checkPlace(trx, input, input.code);
  const items = await checkItems(trx, directory, input.items);
  await repo.insertPlaces(trx, [{ ...input, tier: tierOf(input.kind) }]);
  await repo.insertPlaceItems(
    trx,
    items.map((item) => ({ place: input.code, item })),
  );
  await record(trx, actor, input.code, 'place.created', { name: input.name, items: items.length });
}

/** Updates a place; PLACE_STALE (409) when it changed since `version`. */
export async function updatePlace(db: Kysely<DB>, actor: Actor, code: string, version: number, input: PlaceInput): Promise<void> {
  authorizePlaceEdit(actor);
  await checkPlace(db, input, code);
  await db.transaction().execute(async (trx) => {
    const [current] = await repo.findPlaces(trx, { code, includeInactive: true });
    if (!current) throw new AppError(PLACES_ERR.PLACE_NOT_FOUND, { code });
    if (!(await repo.updatePlace(trx, code, version, input, tierOf(input.kind))))
      throw new AppError(PLACES_ERR.PLACE_STALE, { current: current.version, given: version });
    await record(trx, actor, code, 'place.updated', { version: version + 1 });
  });
  invalidatePlaces(db);
}

/** Replaces the items a place handles; PLACE_STALE (409) when it changed since `version`. */
export async function setPlaceItems(
  db: Kysely<DB>,
  directory: ItemDirectory,
  actor: Actor,
  code: string,
  version: number,
  items: readonly string[],
): Promise<number> {
  authorizePlaceEdit(actor);
  const unique = await checkItems(db, directory, items);
  await db.transaction().execute(async (trx) => {
    const [current] = await repo.findPlaces(trx, { code, includeInactive: true });
    if (!current) throw new AppError(PLACES_ERR.PLACE_NOT_FOUND, { code });
    if (!(await repo.bumpPlaceVersion(trx, code, version))) throw new AppError(PLACES_ERR.PLACE_STALE, { current: current.version, given: version });
    const before = new Set(await repo.findPlaceItemCodes(trx, code));
    await repo.replacePlaceItems(trx, code, unique);
    const added = unique.filter((c) => !before.has(c));
    const removed = [...before].filter((c) => !unique.includes(c));
    await record(trx, actor, code, 'place.items_set', { version: version + 1, added, removed });
  });
  invalidatePlaces(db);
  return unique.length;
}

/** What another module (appointments) needs of an active place: where it is, its hours and windows, and what it handles. */
export interface PlaceSchedule {
  code: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
  hours: repo.PlaceRow['hours'];
  windows: repo.WindowRow[];
  handles(itemCode: string): boolean;
}

/** An active place's schedule facts, or PLACE_NOT_FOUND. */
export async function getPlaceSchedule(db: Kysely<DB>, code: string): Promise<PlaceSchedule> {
  const copy = await placesCopy(db);
  const p = copy.places.find((x) => x.code === code);
  if (!p) throw new AppError(PLACES_ERR.PLACE_NOT_FOUND, { code });
  const windows = await repo.findWindows(db, code);
  return {
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    regionCode: p.regionCode,
    hours: p.hours,
    windows,
    handles: (item) => copy.placesOfItem.get(item)?.has(code) ?? false,
  };
}
