import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { memoized } from '../../platform/cache';
import { AppError } from '../../platform/errors';
import type { ItemDirectory } from '../places';
import { CATALOG_ERR } from './catalog.errors';
import { findItemFacts, findVersion, type VersionRow } from './catalog.repository';
import { departmentCache, findPublicVersion } from './catalog.search';
import type { PublishedItem } from './catalog.types';

export { seedCatalogDemo } from './catalog.seed';

/**
 * Reading published items: the contract other modules use (cases are made under one version and
 * keep it) and the public guide (办事指南).
 */

function toPublished(v: VersionRow): PublishedItem {
  return { ...v.definition, code: v.code, version: v.version, publishedAt: v.publishedAt ?? v.createdAt };
}

/** The current published version of an item; AppError ITEM_NOT_FOUND (404) if none. */
export async function getPublishedItem(db: Kysely<DB>, code: string): Promise<PublishedItem> {
  const v = /^[0-9]{12}$/.test(code) ? await findVersion(db, code, 'published') : undefined;
  if (!v) throw new AppError(CATALOG_ERR.ITEM_NOT_FOUND, { code });
  return toPublished(v);
}

/**
 * A given version (cases keep the version they were made under). Superseded versions are returned
 * as they were published; a draft is not a published version and is ITEM_VERSION_NOT_FOUND.
 */
export async function getItemVersion(db: Kysely<DB>, code: string, version: number): Promise<PublishedItem> {
  const v = /^[0-9]{12}$/.test(code) && Number.isInteger(version) && version > 0 ? await findVersion(db, code, version) : undefined;
  if (!v || v.status === 'draft') throw new AppError(CATALOG_ERR.ITEM_VERSION_NOT_FOUND, { code, version });
  return toPublished(v);
}

export interface Names {
  zh: string;
  en: string;
}

/** A guide: the published item with the names it refers to and the bundles it is part of. */
export interface ItemGuide {
  item: PublishedItem;
  department: Names & { code: string };
  jointDepartments: (Names & { code: string })[];
  bundles: { code: string; nameZh: string; nameEn: string }[];
}

/**
 * A published item version, memoized per database: published versions never change, and every
 * guide and every case transition needs one. `via` runs the query on a miss (pass the open
 * transaction when inside one: PGlite has a single session).
 */
const versions = memoized<{ code: string; version: number }, PublishedItem>({
  max: 2000,
  keyOf: (k) => `${k.code}@${k.version}`,
  load: (via, k) => getItemVersion(via, k.code, k.version),
});

export function getCachedVersion(db: Kysely<DB>, code: string, version: number, via: Kysely<DB> = db): Promise<PublishedItem> {
  return versions.get(db, { code, version }, via);
}

/**
 * The public guide of an item's current version. Which version is current comes from the node's
 * search index (refreshed on every local publication and within seconds of another node's).
 */
export async function getItemGuide(db: Kysely<DB>, code: string): Promise<ItemGuide> {
  const current = await findPublicVersion(db, code);
  if (!current) throw new AppError(CATALOG_ERR.ITEM_NOT_FOUND, { code });
  const [item, departments] = await Promise.all([getCachedVersion(db, code, current.version), departmentCache.get(db)]);
  const bundles = current.bundles;
  const name = (c: string) => {
    const d = departments.get(c);
    return { code: c, zh: d?.zh ?? c, en: d?.en ?? c };
  };
  return { item, department: name(item.departmentCode), jointDepartments: (item.jointDepartments ?? []).map(name), bundles };
}

/** One material of the item's current version; MATERIAL_NOT_FOUND when it has none by that code. */
export async function getPublishedMaterial(db: Kysely<DB>, code: string, materialCode: string) {
  const item = await getPublishedItem(db, code);
  const material = item.materials.find((m) => m.code === materialCode);
  if (!material) throw new AppError(CATALOG_ERR.MATERIAL_NOT_FOUND, { code, material: materialCode });
  return { item, material };
}

/**
 * The catalog's side of the places module (src/server/modules/places/places.items.ts): whether an
 * item is published, as the guide decides it, and the names of items in any state. The composition
 * root hands it to the places routes.
 */
export const placesItemDirectory: ItemDirectory = {
  async requirePublished(db, code) {
    if (!(await findPublicVersion(db, code))) throw new AppError(CATALOG_ERR.ITEM_NOT_FOUND, { code });
  },
  findItems: (db, codes) => findItemFacts(db, codes),
};
