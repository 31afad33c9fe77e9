import { sql, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { IndexFields } from './catalog.index';
import type { ItemDefinition } from './catalog.types';
import type { Executor } from '../../db/executor';

/** The catalog's SQL for items and their versions (search and lists are in catalog.search.repository.ts). */
export type { Executor } from '../../db/executor';

export type VersionStatus = 'draft' | 'published' | 'superseded';

export interface VersionRow {
  code: string;
  version: number;
  status: VersionStatus;
  definition: ItemDefinition;
  revision: number;
  note: string | null;
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedByName: string | null;
  publishedAt: Date | null;
}

export interface ItemStateRow {
  code: string;
  status: 'draft' | 'published';
  currentVersion: number | null;
  latestVersion: number;
}

/** The weighted tsvector of index fields, built in SQL with the 'simple' config. */
export function tsDoc(f: IndexFields): RawBuilder<unknown> {
  return sql`setweight(to_tsvector('simple', ${f.a}), 'A') || setweight(to_tsvector('simple', ${f.b}), 'B') || setweight(to_tsvector('simple', ${f.c}), 'C') || setweight(to_tsvector('simple', ${f.d}), 'D')`;
}

/** The items-row columns that summarise a definition (filters, lists, search). */
export function summaryColumns(d: ItemDefinition, f: IndexFields) {
  return {
    name_zh: d.name,
    name_en: d.nameEn,
    department_code: d.departmentCode,
    type: d.type,
    level: d.level,
    audience: d.audience,
    modes: d.modes,
    topics: d.topics,
    online: d.modes.includes('online'),
    online_depth: d.onlineDepth,
    city_wide: d.cityWide,
    in_hall: d.inHall,
    branch_hall: d.branchHall ?? null,
    case_kind: d.caseKind,
    promised_value: d.promisedLimit.value,
    promised_unit: d.promisedLimit.unit,
    statutory_value: d.statutoryLimit.value,
    statutory_unit: d.statutoryLimit.unit,
    visits: d.visits,
    search_doc: tsDoc(f),
    search_name: f.name,
  };
}

const versionColumns = [
  'code',
  'version',
  'status',
  'definition',
  'revision',
  'note',
  'created_by_name',
  'created_at',
  'updated_at',
  'published_by_name',
  'published_at',
] as const;

function toVersion(r: {
  code: string;
  version: number;
  status: VersionStatus;
  definition: unknown;
  revision: number;
  note: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  published_by_name: string | null;
  published_at: Date | null;
}): VersionRow {
  return {
    code: r.code,
    version: r.version,
    status: r.status,
    definition: r.definition as ItemDefinition,
    revision: r.revision,
    note: r.note,
    createdByName: r.created_by_name,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    publishedByName: r.published_by_name,
    publishedAt: r.published_at ? new Date(r.published_at) : null,
  };
}

/** The item's state row, optionally locked for an update. */
export async function findItemState(db: Executor, code: string, lock = false): Promise<ItemStateRow | undefined> {
  let q = db.selectFrom('items').select(['code', 'status', 'current_version', 'latest_version']).where('code', '=', code);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r && { code: r.code, status: r.status, currentVersion: r.current_version, latestVersion: r.latest_version };
}

/** One version of an item, or the one with a given status. */
export async function findVersion(db: Executor, code: string, which: number | 'published' | 'draft'): Promise<VersionRow | undefined> {
  let q = db.selectFrom('item_versions').select(versionColumns).where('code', '=', code);
  q = typeof which === 'number' ? q.where('version', '=', which) : q.where('status', '=', which);
  const r = await q.executeTakeFirst();
  return r && toVersion(r);
}

/** Every version of an item, newest first. */
export async function findVersions(db: Executor, code: string): Promise<VersionRow[]> {
  const rows = await db.selectFrom('item_versions').select(versionColumns).where('code', '=', code).orderBy('version', 'desc').execute();
  return rows.map(toVersion);
}

/** The published definitions of many items at once (bundles, exports). */
export async function findPublishedDefinitions(
  db: Executor,
  codes?: readonly string[],
): Promise<{ code: string; version: number; definition: ItemDefinition; publishedAt: Date | null }[]> {
  if (codes && codes.length === 0) return [];
  let q = db.selectFrom('item_versions').select(['code', 'version', 'definition', 'published_at']).where('status', '=', 'published');
  if (codes) q = q.where('code', 'in', codes);
  const rows = await q.orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    version: r.version,
    definition: r.definition as ItemDefinition,
    publishedAt: r.published_at ? new Date(r.published_at) : null,
  }));
}

export interface Author {
  id: string | null;
  name: string;
}

/** Inserts a new item in the draft state with its version 1 draft. */
export async function insertDraftItem(trx: Transaction<DB>, code: string, d: ItemDefinition, f: IndexFields, by: Author): Promise<void> {
  await trx
    .insertInto('items')
    .values({ code, status: 'draft', current_version: null, latest_version: 1, ...summaryColumns(d, f) })
    .execute();
  await trx
    .insertInto('item_versions')
    .values({ code, version: 1, status: 'draft', definition: JSON.stringify(d), created_by: by.id, created_by_name: by.name, updated_by: by.id })
    .execute();
}

/** Inserts a new draft version after the item's latest one. */
export async function insertDraftVersion(trx: Transaction<DB>, code: string, version: number, d: ItemDefinition, by: Author): Promise<void> {
  await trx
    .insertInto('item_versions')
    .values({ code, version, status: 'draft', definition: JSON.stringify(d), created_by: by.id, created_by_name: by.name, updated_by: by.id })
    .execute();
  await trx.updateTable('items').set({ latest_version: version, updated_at: new Date() }).where('code', '=', code).execute();
}

/** Replaces the draft's definition if its revision is still `revision`; returns whether it was. */
export async function updateDraft(trx: Transaction<DB>, code: string, revision: number, d: ItemDefinition, by: Author): Promise<boolean> {
  const r = await trx
    .updateTable('item_versions')
    .set({ definition: JSON.stringify(d), revision: revision + 1, updated_by: by.id, updated_at: new Date() })
    .where('code', '=', code)
    .where('status', '=', 'draft')
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Deletes the draft version of an item that has been published before. */
export async function deleteDraft(trx: Transaction<DB>, code: string, version: number, latestAfter: number): Promise<void> {
  await trx.deleteFrom('item_versions').where('code', '=', code).where('version', '=', version).where('status', '=', 'draft').execute();
  await trx.updateTable('items').set({ latest_version: latestAfter }).where('code', '=', code).execute();
}

/** Publishes the draft: the old published version becomes superseded and the summary row follows the new one. */
export async function publishVersion(
  trx: Transaction<DB>,
  code: string,
  version: number,
  d: ItemDefinition,
  f: IndexFields,
  by: Author,
  note: string | null,
  at: Date,
): Promise<void> {
  await trx.updateTable('item_versions').set({ status: 'superseded' }).where('code', '=', code).where('status', '=', 'published').execute();
  await trx
    .updateTable('item_versions')
    .set({ status: 'published', definition: JSON.stringify(d), published_by: by.id, published_by_name: by.name, published_at: at, note, updated_at: at })
    .where('code', '=', code)
    .where('version', '=', version)
    .execute();
  await trx
    .updateTable('items')
    .set({ status: 'published', current_version: version, ...summaryColumns(d, f), updated_at: at })
    .where('code', '=', code)
    .execute();
}

/** Inserts many items as published version 1 (seeding, bulk import of new items); skips codes that exist. */
export async function insertPublishedItems(
  db: Executor,
  rows: readonly { code: string; definition: ItemDefinition; fields: IndexFields }[],
  by: Author,
  at: Date,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await db
      .insertInto('items')
      .values(
        chunk.map((r) => ({ code: r.code, status: 'published' as const, current_version: 1, latest_version: 1, ...summaryColumns(r.definition, r.fields) })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    await db
      .insertInto('item_versions')
      .values(
        chunk.map((r) => ({
          code: r.code,
          version: 1,
          status: 'published' as const,
          definition: JSON.stringify(r.definition),
          created_by: by.id,
          created_by_name: by.name,
          published_by: by.id,
          published_by_name: by.name,
          published_at: at,
          note: null,
        })),
      )
      .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
      .execute();
  }
}

/** Codes of the items that exist (any state). */
export async function findExistingCodes(db: Executor, codes?: readonly string[]): Promise<Set<string>> {
  if (codes && codes.length === 0) return new Set();
  let q = db.selectFrom('items').select('code');
  if (codes) q = q.where('code', 'in', codes);
  return new Set((await q.execute()).map((r) => r.code));
}

/** Department codes and names (platform reference data the catalog reads). */
export async function findDepartments(db: Executor): Promise<Map<string, { zh: string; en: string; sort: number }>> {
  const rows = await db.selectFrom('departments').select(['code', 'name_zh', 'name_en', 'sort']).execute();
  return new Map(rows.map((r) => [r.code, { zh: r.name_zh, en: r.name_en, sort: r.sort }]));
}

/** Region codes that exist. */
export async function findRegionCodes(db: Executor): Promise<Set<string>> {
  return new Set((await db.selectFrom('regions').select('code').execute()).map((r) => r.code));
}

/** Refreshes the summary row of an item that has never been published from its draft. */
export async function refreshDraftSummary(trx: Transaction<DB>, code: string, d: ItemDefinition, f: IndexFields): Promise<void> {
  await trx
    .updateTable('items')
    .set({ ...summaryColumns(d, f), updated_at: new Date() })
    .where('code', '=', code)
    .where('status', '=', 'draft')
    .execute();
}

/** What other modules need to know about items without reading their definitions. */
export interface ItemFacts {
  code: string;
  nameZh: string;
  nameEn: string;
  published: boolean;
  departmentCode: string;
  type: string;
  level: string;
  modes: string[];
  cityWide: boolean;
  inHall: boolean;
  branchHall: string | null;
  topics: string[];
  audience: string[];
  visits: number;
}

/** Facts of the given items (or of all). */
export async function findItemFacts(db: Executor, codes?: readonly string[]): Promise<ItemFacts[]> {
  if (codes && codes.length === 0) return [];
  let q = db
    .selectFrom('items')
    .select([
      'code',
      'name_zh',
      'name_en',
      'status',
      'department_code',
      'type',
      'level',
      'modes',
      'city_wide',
      'in_hall',
      'branch_hall',
      'topics',
      'audience',
      'visits',
    ]);
  if (codes) q = q.where('code', 'in', codes);
  const rows = await q.orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    published: r.status === 'published',
    departmentCode: r.department_code,
    type: r.type,
    level: r.level,
    modes: r.modes,
    cityWide: r.city_wide,
    inHall: r.in_hall,
    branchHall: r.branch_hall,
    topics: r.topics,
    audience: r.audience,
    visits: r.visits,
  }));
}

export interface AdminItemRow {
  code: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  status: 'draft' | 'published';
  currentVersion: number | null;
  draftVersion: number | null;
  updatedAt: Date;
}

/** Items in any state for the admin's list, by code; `q` matches names or a code prefix. */
export async function findAdminItems(
  db: Executor,
  f: { q?: string; status?: 'draft' | 'published' | 'has_draft'; page: number; pageSize: number },
): Promise<{ rows: AdminItemRow[]; total: number }> {
  let q = db.selectFrom('items as i').leftJoin('item_versions as v', (j) => j.onRef('v.code', '=', 'i.code').on('v.status', '=', 'draft'));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = /^[0-9]+$/.test(f.q) ? f.q : null;
    const text = f.q.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        eb('i.name_zh', 'like', like),
        eb('i.name_en', 'ilike', like),
        // pg_trgm word similarity: finds 营业执造 or pasport too.
        sql<SqlBool>`${text} <% i.search_name`,
        ...(digits ? [eb('i.code', 'like', `${digits}%`)] : []),
      ]),
    );
  }
  if (f.status === 'has_draft') q = q.where('v.version', 'is not', null);
  else if (f.status) q = q.where('i.status', '=', f.status);
  const rows = await q
    .select([
      'i.code',
      'i.name_zh',
      'i.name_en',
      'i.department_code',
      'i.status',
      'i.current_version',
      'v.version as draft_version',
      'i.updated_at',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy('i.code')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return {
    rows: rows.map((r) => ({
      code: r.code,
      name: r.name_zh,
      nameEn: r.name_en,
      departmentCode: r.department_code,
      status: r.status,
      currentVersion: r.current_version,
      draftVersion: r.draft_version,
      updatedAt: new Date(r.updated_at),
    })),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}
