import { sql, type SqlBool } from 'kysely';
import type { Executor } from './catalog.repository';
import type { LimitUnit } from './catalog.types';

/** The catalog's read queries behind search and statistics: index loading, fingerprint, rates. */

/** What a search result or list row shows of an item. */
export interface ItemSummaryRow {
  code: string;
  nameZh: string;
  nameEn: string;
  departmentCode: string;
  departmentZh: string;
  departmentEn: string;
  type: string;
  modes: string[];
  audience: string[];
  topics: string[];
  online: boolean;
  onlineDepth: number;
  cityWide: boolean;
  promised: { value: number; unit: LimitUnit };
  statutory: { value: number; unit: LimitUnit };
  visits: number;
  score?: number;
}

/** A published item with its version, stored tsvector (as text) and names, in browse order (department, name). */
export async function loadItemIndexRows(db: Executor): Promise<(ItemSummaryRow & { doc: string; name: string; version: number })[]> {
  const rows = await db
    .selectFrom('items as i')
    .innerJoin('departments as d', 'd.code', 'i.department_code')
    .where('i.status', '=', 'published')
    .select([
      'i.code',
      'i.name_zh',
      'i.name_en',
      'i.department_code',
      'd.name_zh as dept_zh',
      'd.name_en as dept_en',
      'i.type',
      'i.modes',
      'i.audience',
      'i.topics',
      'i.online',
      'i.online_depth',
      'i.city_wide',
      'i.promised_value',
      'i.promised_unit',
      'i.statutory_value',
      'i.statutory_unit',
      'i.visits',
      'i.search_name',
      'i.current_version',
      sql<string>`i.search_doc::text`.as('doc'),
    ])
    .orderBy('d.sort')
    .orderBy('i.department_code')
    .orderBy('i.name_zh')
    .orderBy('i.code')
    .execute();
  // The unit columns are written only from a validated definition (its unit is one of LIMIT_UNITS).
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    departmentCode: r.department_code,
    departmentZh: r.dept_zh,
    departmentEn: r.dept_en,
    type: r.type,
    modes: r.modes,
    audience: r.audience,
    topics: r.topics,
    online: r.online,
    onlineDepth: r.online_depth,
    cityWide: r.city_wide,
    promised: { value: r.promised_value, unit: r.promised_unit as LimitUnit },
    statutory: { value: r.statutory_value, unit: r.statutory_unit as LimitUnit },
    visits: r.visits,
    doc: r.doc,
    name: r.search_name,
    version: r.current_version ?? 1,
  }));
}

/** Item → bundles links, in bundle order. */
export async function loadBundleLinks(db: Executor) {
  return db
    .selectFrom('bundle_items as bi')
    .innerJoin('bundles as b', 'b.code', 'bi.bundle_code')
    .select(['bi.item_code', 'b.code', 'b.name_zh', 'b.name_en'])
    .orderBy('b.sort')
    .orderBy('b.code')
    .execute();
}

/** Every bundle with its stored tsvector (as text), in display order. */
export async function loadBundleIndexRows(db: Executor) {
  return db
    .selectFrom('bundles')
    .select(['code', 'name_zh', 'name_en', 'search_name', sql<string>`search_doc::text`.as('doc')])
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

/**
 * Changes whenever what search shows changes (a publication, an import, a synonym or bundle
 * edit), so a node can tell cheaply whether its in-memory index is stale.
 */
export async function searchFingerprint(db: Executor): Promise<string> {
  const r = await sql<{ f: string }>`select concat_ws('|',
      (select count(*) from items where status = 'published'), (select max(updated_at) from items),
      (select count(*) from synonyms), (select max(updated_at) from synonyms),
      (select count(*) from bundles), (select max(updated_at) from bundles),
      (select count(*) from departments)) as f`.execute(db);
  return r.rows[0]?.f ?? '';
}

export interface RateRow {
  departmentCode: string;
  departmentZh: string;
  departmentEn: string;
  total: number;
  online: number;
  fullyOnline: number;
}

/** Per department: published items, those that can be applied for online, those fully online. */
export async function countOnlineByDepartment(db: Executor): Promise<RateRow[]> {
  const rows = await db
    .selectFrom('items as i')
    .innerJoin('departments as d', 'd.code', 'i.department_code')
    .where('i.status', '=', 'published')
    .groupBy(['i.department_code', 'd.name_zh', 'd.name_en', 'd.sort'])
    .select([
      'i.department_code',
      'd.name_zh',
      'd.name_en',
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) FILTER (WHERE i.online))::int`.as('online'),
      sql<number>`(count(*) FILTER (WHERE i.online_depth = 4))::int`.as('fully_online'),
    ])
    .orderBy('d.sort')
    .execute();
  return rows.map((r) => ({
    departmentCode: r.department_code,
    departmentZh: r.name_zh,
    departmentEn: r.name_en,
    total: r.total,
    online: r.online,
    fullyOnline: r.fully_online,
  }));
}

/** Published items of the 全市通办 categories with what decides their share. */
export async function findCityWideCandidates(db: Executor, topics: readonly string[], branchHalls: readonly string[]) {
  return db
    .selectFrom('items')
    .select(['code', 'name_zh', 'topics', 'branch_hall', 'city_wide', 'in_hall'])
    .where('status', '=', 'published')
    .where((eb) => eb.or([sql<SqlBool>`topics && ${[...topics]}::text[]`, eb('branch_hall', 'in', [...branchHalls])]))
    .execute();
}
