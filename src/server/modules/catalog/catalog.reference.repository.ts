import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { IndexFields } from './catalog.index';
import { tsDoc, type Executor } from './catalog.repository';

/** The catalog's SQL for search synonyms and "一件事" bundles. */

export interface SynonymRow {
  id: number;
  term: string;
  expansions: string[];
  updatedAt: Date;
}

/** Every synonym, by term. */
export async function findSynonyms(db: Executor): Promise<SynonymRow[]> {
  const rows = await db.selectFrom('synonyms').select(['id', 'term', 'expansions', 'updated_at']).orderBy('term').execute();
  return rows.map((r) => ({ id: r.id, term: r.term, expansions: r.expansions, updatedAt: new Date(r.updated_at) }));
}

export async function findSynonym(db: Executor, id: number): Promise<SynonymRow | undefined> {
  const r = await db.selectFrom('synonyms').select(['id', 'term', 'expansions', 'updated_at']).where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, term: r.term, expansions: r.expansions, updatedAt: new Date(r.updated_at) };
}

/** Inserts a synonym; undefined when the term exists already. */
export async function insertSynonym(trx: Transaction<DB>, term: string, expansions: string[], by: string | null): Promise<number | undefined> {
  const r = await trx
    .insertInto('synonyms')
    .values({ term, expansions, updated_by: by })
    .onConflict((oc) => oc.column('term').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id;
}

/** Inserts the synonyms whose terms are missing (seeding). */
export async function insertMissingSynonyms(db: Executor, rows: readonly { term: string; expansions: string[] }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('synonyms')
    .values(rows.map((r) => ({ term: r.term, expansions: r.expansions })))
    .onConflict((oc) => oc.column('term').doNothing())
    .execute();
}

export async function updateSynonym(trx: Transaction<DB>, id: number, term: string, expansions: string[], by: string | null): Promise<boolean> {
  const r = await trx.updateTable('synonyms').set({ term, expansions, updated_by: by, updated_at: new Date() }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteSynonym(trx: Transaction<DB>, id: number): Promise<boolean> {
  const r = await trx.deleteFrom('synonyms').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** A bundle as stored: the columns the catalog filters on plus its whole definition. */
export interface BundleRecord {
  code: string;
  nameZh: string;
  nameEn: string;
  audience: string[];
  leadDepartmentCode: string | null;
  itemCodes: string[];
  definition: Record<string, unknown>;
  sort: number;
}

/** Inserts bundles that are missing, with their item links (seeding). */
export async function insertMissingBundles(db: Executor, rows: readonly (BundleRecord & { fields: IndexFields })[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('bundles')
    .values(
      rows.map((b) => ({
        code: b.code,
        name_zh: b.nameZh,
        name_en: b.nameEn,
        audience: b.audience,
        lead_department_code: b.leadDepartmentCode,
        definition: JSON.stringify(b.definition),
        search_doc: tsDoc(b.fields),
        search_name: b.fields.name,
        sort: b.sort,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const links = rows.flatMap((b) => b.itemCodes.map((item, i) => ({ bundle_code: b.code, item_code: item, sort: i })));
  if (links.length)
    await db
      .insertInto('bundle_items')
      .values(links)
      .onConflict((oc) => oc.columns(['bundle_code', 'item_code']).doNothing())
      .execute();
}

/** Every bundle (or one), with its item codes in order. */
export async function findBundles(db: Executor, code?: string): Promise<BundleRecord[]> {
  let q = db.selectFrom('bundles').select(['code', 'name_zh', 'name_en', 'audience', 'lead_department_code', 'definition', 'sort']);
  if (code) q = q.where('code', '=', code);
  const rows = await q.orderBy('sort').orderBy('code').execute();
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('bundle_items')
    .select(['bundle_code', 'item_code'])
    .where(
      'bundle_code',
      'in',
      rows.map((r) => r.code),
    )
    .orderBy('bundle_code')
    .orderBy('sort')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    audience: r.audience,
    leadDepartmentCode: r.lead_department_code,
    itemCodes: links.filter((l) => l.bundle_code === r.code).map((l) => l.item_code),
    definition: r.definition,
    sort: r.sort,
  }));
}

/** Replaces a bundle's definition and its item links (an admin's edit). */
export async function replaceBundleDefinition(
  trx: Transaction<DB>,
  code: string,
  definition: Record<string, unknown>,
  itemCodes: readonly string[],
): Promise<void> {
  await trx
    .updateTable('bundles')
    .set({ definition: JSON.stringify(definition), updated_at: new Date() })
    .where('code', '=', code)
    .execute();
  await trx.deleteFrom('bundle_items').where('bundle_code', '=', code).execute();
  if (itemCodes.length)
    await trx
      .insertInto('bundle_items')
      .values(itemCodes.map((item_code, sort) => ({ bundle_code: code, item_code, sort })))
      .execute();
}

/** A bundle row locked for an edit. */
export async function lockBundle(trx: Transaction<DB>, code: string): Promise<{ definition: Record<string, unknown> } | undefined> {
  return trx.selectFrom('bundles').select('definition').where('code', '=', code).forUpdate().executeTakeFirst();
}
