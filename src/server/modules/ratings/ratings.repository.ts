import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { Executor } from '../../db/executor';
import type { RatingLinksTable, RatingsTable, RectificationsTable } from '../../db/tables/ratings';
import type { DB } from '../../db/types';

/** The ratings module's only SQL. */

export type RatingRow = Selectable<RatingsTable>;
export type RectificationRow = Selectable<RectificationsTable>;
export type RectificationPatch = Updateable<RectificationsTable>;
export type RatingLinkRow = Selectable<RatingLinksTable>;

/** The column that holds each kind of subject: one rating per subject by its unique key. */
const SUBJECT_COLUMN = { case: 'case_id', ticket: 'ticket_id', bundle: 'bundle_case_id' } as const;

/** Inserts a rating unless its case, ticket or bundle has one; undefined when it had. */
export async function insertRating(trx: Transaction<DB>, values: Insertable<RatingsTable>, kind: keyof typeof SUBJECT_COLUMN): Promise<RatingRow | undefined> {
  return trx
    .insertInto('ratings')
    .values(values)
    .onConflict((oc) => oc.column(SUBJECT_COLUMN[kind]).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findRatingByTicket(db: Executor, ticketId: string): Promise<RatingRow | undefined> {
  return db.selectFrom('ratings').selectAll().where('ticket_id', '=', ticketId).executeTakeFirst();
}

export async function insertRatingLink(trx: Transaction<DB>, values: Insertable<RatingLinksTable>): Promise<void> {
  await trx.insertInto('rating_links').values(values).execute();
}

/** The link with this token hash, locked for the rest of the transaction when `lock` (its one use). */
export async function findRatingLink(db: Executor, tokenHash: string, lock = false): Promise<RatingLinkRow | undefined> {
  const q = db.selectFrom('rating_links').selectAll().where('token_hash', '=', tokenHash);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export async function markRatingLinkUsed(trx: Transaction<DB>, id: string, at: Date): Promise<void> {
  await trx.updateTable('rating_links').set({ used_at: at }).where('id', '=', id).execute();
}

/** Whether any rating exists (the demo rates only an empty table). */
export async function hasAnyRating(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('ratings').select('id').limit(1).executeTakeFirst());
}

/** Of these cases, those that have a rating. */
export async function findRatedCaseIds(db: Executor, caseIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('ratings')
    .select('case_id')
    .where('case_id', 'in', [...caseIds])
    .execute();
  return new Set(rows.flatMap((r) => (r.case_id ? [r.case_id] : [])));
}

/** A bundle's rating with its rectification's id (a 差评's), in one round trip: the bundle page reads it on every view. */
export async function findBundleRating(db: Executor, bundleCaseId: string): Promise<(RatingRow & { rectification_id: string | null }) | undefined> {
  return db
    .selectFrom('ratings as r')
    .leftJoin('rectifications as t', 't.rating_id', 'r.id')
    .selectAll('r')
    .select('t.id as rectification_id')
    .where('r.bundle_case_id', '=', bundleCaseId)
    .executeTakeFirst();
}

export async function findRatingByCase(db: Executor, caseId: string): Promise<RatingRow | undefined> {
  return db.selectFrom('ratings').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function markRatingExcluded(trx: Transaction<DB>, ratingId: string, at: Date): Promise<RatingRow> {
  return trx.updateTable('ratings').set({ excluded: true, excluded_at: at }).where('id', '=', ratingId).returningAll().executeTakeFirstOrThrow();
}

export async function insertRectification(trx: Transaction<DB>, values: Insertable<RectificationsTable>): Promise<RectificationRow> {
  return trx.insertInto('rectifications').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findRectification(db: Executor, id: string): Promise<RectificationRow | undefined> {
  return db.selectFrom('rectifications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRectificationByRating(db: Executor, ratingId: string): Promise<RectificationRow | undefined> {
  return db.selectFrom('rectifications').selectAll().where('rating_id', '=', ratingId).executeTakeFirst();
}

export async function findRatingById(db: Executor, id: string): Promise<RatingRow | undefined> {
  return db.selectFrom('ratings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A rectification locked for the rest of the transaction, so its transitions queue up. */
export async function lockRectification(trx: Transaction<DB>, id: string): Promise<RectificationRow | undefined> {
  return trx.selectFrom('rectifications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a transition with the next version, guarded by the version the caller read. */
export async function updateRectification(trx: Transaction<DB>, id: string, version: number, patch: RectificationPatch): Promise<void> {
  const r = await trx
    .updateTable('rectifications')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new Error(`rectification ${id} changed under its row lock`);
}

/** Who a queue shows: one department, one region, one owner, tickets only — any left null is not a filter. */
export interface QueueFilter {
  departmentCode: string | null;
  regionCode: string | null;
  ownerId: string | null;
  status: string | null;
  /** Only the rectifications of 12345 tickets' 差评. */
  ticketsOnly?: boolean;
}

/** One page of rectifications, the earliest due first. */
export async function listRectifications(db: Executor, f: QueueFilter, page: number, pageSize: number): Promise<{ rows: RectificationRow[]; total: number }> {
  let q = db.selectFrom('rectifications');
  if (f.departmentCode) q = q.where('department_code', '=', f.departmentCode);
  if (f.regionCode) q = q.where('region_code', '=', f.regionCode);
  if (f.ownerId) q = q.where('owner_id', '=', f.ownerId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.ticketsOnly) q = q.where('ticket_id', 'is not', null);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      // Open work first (finished tasks last), then by due date.
      .orderBy(sql`status IN ('closed', 'excluded')`)
      .orderBy('due_at')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Counted per key and level for ratings in [from, to): excluded ones apart, rectified 差评 apart. */
export interface FiguresCell {
  key: string;
  level: number;
  excluded: boolean;
  n: number;
  rectified: number;
  /** Of `n`, the default ratings (given by the system). */
  defaulted: number;
}

export async function countRatings(db: Executor, by: 'department' | 'item', from: Date, to: Date): Promise<FiguresCell[]> {
  const key = by === 'department' ? sql<string>`r.department_code` : sql<string>`r.item_code`;
  const r = await sql<{ key: string; level: number; excluded: boolean; n: string; rectified: string; defaulted: string }>`
    SELECT ${key} AS key, r.level, r.excluded, count(*) AS n,
           count(*) FILTER (WHERE t.status IN ('rectified', 'closed')) AS rectified,
           count(*) FILTER (WHERE r.defaulted) AS defaulted
    FROM ratings r LEFT JOIN rectifications t ON t.rating_id = r.id
    WHERE r.rated_at >= ${from} AND r.rated_at < ${to}
    GROUP BY 1, 2, 3`.execute(db);
  return r.rows.map((x) => ({
    key: x.key,
    level: Number(x.level),
    excluded: x.excluded,
    n: Number(x.n),
    rectified: Number(x.rectified),
    defaulted: Number(x.defaulted),
  }));
}

/**
 * The rows a figures table lists: every department, or every item ever rated — a service item of
 * the catalog for cases; for tickets a 12345 category and for bundles the "一件事", each carrying
 * its own English name (`ownName`).
 */
export async function figuresKeys(db: Executor, by: 'department' | 'item'): Promise<{ key: string; nameZh: string; nameEn: string; ownName: boolean }[]> {
  if (by === 'department') {
    const rows = await db.selectFrom('departments').select(['code', 'name_zh', 'name_en']).orderBy('sort').orderBy('code').execute();
    return rows.map((d) => ({ key: d.code, nameZh: d.name_zh, nameEn: d.name_en, ownName: false }));
  }
  const rows = await db
    .selectFrom('ratings')
    .select(['item_code', 'item_name', 'item_name_en', sql<boolean>`case_id IS NULL`.as('own_name')])
    .distinctOn('item_code')
    .orderBy('item_code')
    .execute();
  return rows.map((i) => ({ key: i.item_code, nameZh: i.item_name, nameEn: i.item_name_en ?? i.item_name, ownName: i.own_name }));
}
