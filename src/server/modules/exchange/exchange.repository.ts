import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { Executor } from '../../db/executor';
import type { ExchangeGrantsTable, ExchangeNeedsTable, ExchangeQueriesTable, ExchangeResourcesTable } from '../../db/tables/exchange';
import type { DB } from '../../db/types';

/** The exchange module's only SQL. */

export type ResourceRow = Selectable<ExchangeResourcesTable>;
export type NeedRow = Selectable<ExchangeNeedsTable> & { resource_name_zh: string; resource_name_en: string; grant_id: string | null };
export type GrantRow = Selectable<ExchangeGrantsTable> & { resource_name_zh: string; resource_name_en: string };
export type QueryRow = Selectable<ExchangeQueriesTable> & { resource_name_zh: string | null; resource_name_en: string | null };

export interface Page<T> {
  rows: T[];
  total: number;
}

async function paged<T>(rows: Promise<T[]>, count: Promise<{ n: string | number | bigint }>): Promise<Page<T>> {
  const [r, c] = await Promise.all([rows, count]);
  return { rows: r, total: Number(c.n) };
}

export async function upsertResource(db: Executor, r: Insertable<ExchangeResourcesTable>): Promise<void> {
  await db
    .insertInto('exchange_resources')
    .values(r)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name_zh: eb.ref('excluded.name_zh'),
        name_en: eb.ref('excluded.name_en'),
        description_zh: eb.ref('excluded.description_zh'),
        description_en: eb.ref('excluded.description_en'),
        owner_department_code: eb.ref('excluded.owner_department_code'),
        update_frequency: eb.ref('excluded.update_frequency'),
        sharing_type: eb.ref('excluded.sharing_type'),
        materials: eb.ref('excluded.materials'),
        key_kind: eb.ref('excluded.key_kind'),
        fields: eb.ref('excluded.fields'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export async function upsertRecords(
  db: Executor,
  resource: string,
  rows: ReadonlyArray<{ key: string; data: Record<string, string | number | boolean | null> }>,
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('exchange_records')
    .values(rows.map((r) => ({ resource_code: resource, key: r.key, data: JSON.stringify(r.data), updated_at: at })))
    .onConflict((oc) =>
      oc.columns(['resource_code', 'key']).doUpdateSet((eb) => ({ data: eb.ref('excluded.data'), updated_at: eb.ref('excluded.updated_at') })),
    )
    .execute();
}

export async function findResource(db: Executor, code: string): Promise<(ResourceRow & { records: number }) | undefined> {
  return db
    .selectFrom('exchange_resources as r')
    .selectAll('r')
    .select(sql<number>`(SELECT count(*)::int FROM exchange_records x WHERE x.resource_code = r.code)`.as('records'))
    .where('r.code', '=', code)
    .executeTakeFirst();
}

export async function listResources(
  db: Executor,
  f: { sharingType?: string; owner?: string },
  page: number,
  pageSize: number,
): Promise<Page<ResourceRow & { records: number }>> {
  let q = db.selectFrom('exchange_resources as r');
  if (f.sharingType) q = q.where('r.sharing_type', '=', f.sharingType as ResourceRow['sharing_type']);
  if (f.owner) q = q.where('r.owner_department_code', '=', f.owner);
  return paged(
    q
      .selectAll('r')
      .select(sql<number>`(SELECT count(*)::int FROM exchange_records x WHERE x.resource_code = r.code)`.as('records'))
      .orderBy('r.owner_department_code')
      .orderBy('r.code')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  );
}

export async function hasAnyResource(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('exchange_resources').select('code').limit(1).executeTakeFirst());
}

export async function findRecord(db: Executor, resource: string, key: string): Promise<Record<string, string | number | boolean | null> | undefined> {
  const r = await db.selectFrom('exchange_records').select('data').where('resource_code', '=', resource).where('key', '=', key).executeTakeFirst();
  return r?.data;
}

const needColumns = (db: Executor) =>
  db
    .selectFrom('exchange_needs as n')
    .innerJoin('exchange_resources as r', 'r.code', 'n.resource_code')
    .leftJoin('exchange_grants as g', 'g.need_id', 'n.id')
    .selectAll('n')
    .select(['r.name_zh as resource_name_zh', 'r.name_en as resource_name_en', 'g.id as grant_id']);

export async function insertNeed(trx: Transaction<DB>, values: Insertable<ExchangeNeedsTable>): Promise<string> {
  return (await trx.insertInto('exchange_needs').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function findNeed(db: Executor, id: string): Promise<NeedRow | undefined> {
  return needColumns(db).where('n.id', '=', id).executeTakeFirst();
}

/** A need locked for the rest of the transaction, so two decisions on it queue up. */
export async function lockNeed(trx: Transaction<DB>, id: string): Promise<Selectable<ExchangeNeedsTable> | undefined> {
  return trx.selectFrom('exchange_needs').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a decision with the next version, guarded by the version the caller locked. */
export async function decideNeed(trx: Transaction<DB>, id: string, version: number, patch: Updateable<ExchangeNeedsTable>): Promise<void> {
  const r = await trx
    .updateTable('exchange_needs')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new Error(`exchange need ${id} changed under its row lock`);
}

/** Needs a department filed (as consumer) or received (as owner), or both; every department's when null. */
export async function listNeeds(
  db: Executor,
  f: { department: string | null; direction?: 'filed' | 'received'; status?: string; resource?: string },
  page: number,
  pageSize: number,
): Promise<Page<NeedRow>> {
  const dept = f.department;
  let rows = needColumns(db);
  let count = db.selectFrom('exchange_needs as n');
  if (dept) {
    if (f.direction === 'filed') {
      rows = rows.where('n.consumer_department_code', '=', dept);
      count = count.where('n.consumer_department_code', '=', dept);
    } else if (f.direction === 'received') {
      rows = rows.where('n.owner_department_code', '=', dept);
      count = count.where('n.owner_department_code', '=', dept);
    } else {
      rows = rows.where((eb) => eb.or([eb('n.consumer_department_code', '=', dept), eb('n.owner_department_code', '=', dept)]));
      count = count.where((eb) => eb.or([eb('n.consumer_department_code', '=', dept), eb('n.owner_department_code', '=', dept)]));
    }
  }
  if (f.status) {
    rows = rows.where('n.status', '=', f.status as NeedRow['status']);
    count = count.where('n.status', '=', f.status as NeedRow['status']);
  }
  if (f.resource) {
    rows = rows.where('n.resource_code', '=', f.resource);
    count = count.where('n.resource_code', '=', f.resource);
  }
  return paged(
    rows
      .orderBy(sql`n.status = 'pending'`, 'desc')
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    count.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  );
}

export async function insertGrant(trx: Transaction<DB>, values: Insertable<ExchangeGrantsTable>): Promise<string> {
  return (await trx.insertInto('exchange_grants').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

const grantColumns = (db: Executor) =>
  db
    .selectFrom('exchange_grants as g')
    .innerJoin('exchange_resources as r', 'r.code', 'g.resource_code')
    .selectAll('g')
    .select(['r.name_zh as resource_name_zh', 'r.name_en as resource_name_en']);

export async function findGrant(db: Executor, id: string): Promise<GrantRow | undefined> {
  return grantColumns(db).where('g.id', '=', id).executeTakeFirst();
}

export async function lockGrant(trx: Transaction<DB>, id: string): Promise<Selectable<ExchangeGrantsTable> | undefined> {
  return trx.selectFrom('exchange_grants').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function revokeGrant(trx: Transaction<DB>, id: string, by: { id: string | null; name: string }, reason: string, at: Date): Promise<void> {
  await trx
    .updateTable('exchange_grants')
    .set({ revoked_at: at, revoked_by: by.id, revoked_by_name: by.name, revoke_reason: reason })
    .where('id', '=', id)
    .execute();
}

/** Every grant a consumer department holds on a resource (the query picks the one that applies). */
export async function findGrantsOf(db: Executor, consumer: string, resource: string): Promise<Selectable<ExchangeGrantsTable>[]> {
  return db
    .selectFrom('exchange_grants')
    .selectAll()
    .where('consumer_department_code', '=', consumer)
    .where('resource_code', '=', resource)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function listGrants(
  db: Executor,
  f: { department: string | null; direction?: 'filed' | 'received'; status?: 'active' | 'expired' | 'revoked'; resource?: string; today: string },
  page: number,
  pageSize: number,
): Promise<Page<GrantRow>> {
  const dept = f.department;
  let rows = grantColumns(db);
  let count = db.selectFrom('exchange_grants as g');
  const apply = (fn: (q: typeof rows) => typeof rows, fc: (q: typeof count) => typeof count): void => {
    rows = fn(rows);
    count = fc(count);
  };
  if (dept) {
    if (f.direction === 'filed')
      apply(
        (q) => q.where('g.consumer_department_code', '=', dept),
        (q) => q.where('g.consumer_department_code', '=', dept),
      );
    else if (f.direction === 'received')
      apply(
        (q) => q.where('g.owner_department_code', '=', dept),
        (q) => q.where('g.owner_department_code', '=', dept),
      );
    else
      apply(
        (q) => q.where((eb) => eb.or([eb('g.consumer_department_code', '=', dept), eb('g.owner_department_code', '=', dept)])),
        (q) => q.where((eb) => eb.or([eb('g.consumer_department_code', '=', dept), eb('g.owner_department_code', '=', dept)])),
      );
  }
  if (f.resource) {
    const r = f.resource;
    apply(
      (q) => q.where('g.resource_code', '=', r),
      (q) => q.where('g.resource_code', '=', r),
    );
  }
  if (f.status === 'revoked')
    apply(
      (q) => q.where('g.revoked_at', 'is not', null),
      (q) => q.where('g.revoked_at', 'is not', null),
    );
  if (f.status === 'active') {
    const t = f.today;
    apply(
      (q) => q.where('g.revoked_at', 'is', null).where('g.valid_from', '<=', t).where('g.valid_until', '>=', t),
      (q) => q.where('g.revoked_at', 'is', null).where('g.valid_from', '<=', t).where('g.valid_until', '>=', t),
    );
  }
  if (f.status === 'expired') {
    const t = f.today;
    apply(
      (q) => q.where('g.revoked_at', 'is', null).where((eb) => eb.or([eb('g.valid_from', '>', t), eb('g.valid_until', '<', t)])),
      (q) => q.where('g.revoked_at', 'is', null).where((eb) => eb.or([eb('g.valid_from', '>', t), eb('g.valid_until', '<', t)])),
    );
  }
  return paged(
    rows
      .orderBy('g.created_at', 'desc')
      .orderBy('g.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    count.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  );
}

export async function insertQuery(trx: Transaction<DB>, values: Insertable<ExchangeQueriesTable>): Promise<string> {
  return (await trx.insertInto('exchange_queries').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Logged queries, newest first: of an owner department's resources, or of one data subject (by key digest). */
export async function listQueries(
  db: Executor,
  f: { owner?: string | null; keyDigests?: readonly string[]; resource?: string; result?: string },
  page: number,
  pageSize: number,
): Promise<Page<QueryRow>> {
  let q = db.selectFrom('exchange_queries as q');
  if (f.owner) q = q.where('q.owner_department_code', '=', f.owner);
  if (f.keyDigests) q = q.where('q.key_digest', 'in', [...f.keyDigests]);
  if (f.resource) q = q.where('q.resource_code', '=', f.resource);
  if (f.result) q = q.where('q.result', '=', f.result as QueryRow['result']);
  return paged(
    q
      .leftJoin('exchange_resources as r', 'r.code', 'q.resource_code')
      .selectAll('q')
      .select(['r.name_zh as resource_name_zh', 'r.name_en as resource_name_en'])
      .orderBy('q.at', 'desc')
      .orderBy('q.event_seq', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  );
}

/** The resident ID and credit code on a user's account (their own data in the exchange). */
export async function findSubjectIds(db: Executor, userId: string): Promise<{ id_number: string | null; uscc: string | null } | undefined> {
  return db.selectFrom('users').select(['id_number', 'uscc']).where('id', '=', userId).executeTakeFirst();
}

export async function hasAnyGrant(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('exchange_grants').select('id').limit(1).executeTakeFirst());
}

/** The resources that stand in for some application material (免提交, docs/decisions.md D21). */
export async function findResourcesForMaterials(db: Executor): Promise<ResourceRow[]> {
  return db
    .selectFrom('exchange_resources')
    .selectAll()
    .where(sql<boolean>`cardinality(materials) > 0`)
    .orderBy('code')
    .execute();
}
