import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { Executor } from '../../db/executor';
import type { SupervisionOrdersTable } from '../../db/tables/supervision';
import type { DB } from '../../db/types';
import type { OrderLight } from './supervision.schemas';

/** The supervision module's only SQL. */

export type OrderRow = Selectable<SupervisionOrdersTable>;
export type OrderPatch = Updateable<SupervisionOrdersTable>;

/** The next order number, DB<year><6 digits>, from the migration's sequence. */
export async function nextOrderNo(trx: Transaction<DB>, year: string): Promise<string> {
  const r = await sql<{ n: string }>`SELECT nextval('supervision_order_no_seq')::text AS n`.execute(trx);
  return `DB${year}${r.rows[0].n.padStart(6, '0')}`;
}

export async function insertOrder(trx: Transaction<DB>, values: Insertable<SupervisionOrdersTable>): Promise<OrderRow> {
  return trx.insertInto('supervision_orders').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findOrder(db: Executor, id: string): Promise<OrderRow | undefined> {
  return db.selectFrom('supervision_orders').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An order locked for the rest of the transaction, so its transitions and escalations queue up. */
export async function lockOrder(trx: Transaction<DB>, id: string): Promise<OrderRow | undefined> {
  return trx.selectFrom('supervision_orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a change with the next version, guarded by the version the caller read. */
export async function updateOrder(trx: Transaction<DB>, id: string, version: number, patch: OrderPatch): Promise<void> {
  const r = await trx
    .updateTable('supervision_orders')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new Error(`supervision order ${id} changed under its row lock`);
}

/** Whether any order exists (the demo opens orders only on an empty table). */
export async function hasAnyOrder(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('supervision_orders').select('id').limit(1).executeTakeFirst());
}

/** Who a list shows; any field left null is not a filter. */
export interface OrderFilter {
  regionCode: string | null;
  departmentCode: string | null;
  /** Only these subject kinds (the 12345 centre: tickets). */
  subjectKinds: readonly string[] | null;
  /** Only orders escalated at least this far (the city leadership: 2). */
  minLevel: number | null;
  status: string | null;
  light: OrderLight | null;
  subjectKind: string | null;
  /** The subject's id, or the case a rectification belongs to. */
  subjectId: string | null;
}

/** One page of orders: unfinished first, the highest escalation first, then the earliest due. */
export async function listOrders(db: Executor, f: OrderFilter, page: number, pageSize: number, now: Date): Promise<{ rows: OrderRow[]; total: number }> {
  let q = db.selectFrom('supervision_orders');
  if (f.regionCode) q = q.where('region_code', '=', f.regionCode);
  if (f.departmentCode) q = q.where('department_code', '=', f.departmentCode);
  if (f.subjectKinds) q = q.where('subject_kind', 'in', [...f.subjectKinds] as OrderRow['subject_kind'][]);
  if (f.minLevel !== null) q = q.where('escalation_level', '>=', f.minLevel);
  if (f.status) q = q.where('status', '=', f.status as OrderRow['status']);
  if (f.subjectKind) q = q.where('subject_kind', '=', f.subjectKind as OrderRow['subject_kind']);
  if (f.subjectId) {
    const id = f.subjectId;
    q = q.where((eb) => eb.or([eb('subject_id', '=', id), eb(sql<string>`subject_case_id::text`, '=', id)]));
  }
  if (f.light) {
    // The same rule as orderLight(): the clock stops at the answer while it waits for acceptance.
    const clock = sql<Date>`(CASE WHEN status = 'answered' THEN answered_at ELSE ${now}::timestamptz END)`;
    q = q.where('status', '<>', 'accepted');
    if (f.light === 'red') q = q.where(sql<boolean>`${clock} > due_at`);
    if (f.light === 'yellow') q = q.where(sql<boolean>`${clock} > assessment_due AND ${clock} <= due_at`);
    if (f.light === 'green') q = q.where(sql<boolean>`${clock} <= assessment_due`);
  }
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy(sql`status = 'accepted'`)
      .orderBy('escalation_level', 'desc')
      .orderBy('due_at')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Orders whose next escalation step is due at `now` while the department owes an answer. */
export async function findDueEscalations(db: Executor, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('supervision_orders')
    .select('id')
    .where('next_escalation_at', '<=', now)
    .where('status', 'in', ['open', 'returned'])
    .where('escalation_level', '<', 2)
    .orderBy('next_escalation_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function insertOrderFiles(trx: Transaction<DB>, orderId: string, fileIds: readonly string[], round: number, at: Date): Promise<void> {
  if (fileIds.length === 0) return;
  await trx
    .insertInto('supervision_order_files')
    .values(fileIds.map((file_id) => ({ order_id: orderId, file_id, round, added_at: at })))
    .onConflict((oc) => oc.columns(['order_id', 'file_id']).doNothing())
    .execute();
}

/** An order's attachments with their names, oldest first. */
export async function findOrderFiles(db: Executor, orderId: string): Promise<{ id: string; name: string; round: number }[]> {
  return db
    .selectFrom('supervision_order_files as of')
    .innerJoin('files as f', 'f.id', 'of.file_id')
    .select(['f.id as id', 'f.name as name', 'of.round as round'])
    .where('of.order_id', '=', orderId)
    .orderBy('of.added_at')
    .orderBy('f.name')
    .execute();
}

/** The orders a file is attached to (for deciding who besides its owner may read it). */
export async function findOrdersOfFile(db: Executor, fileId: string): Promise<OrderRow[]> {
  return db
    .selectFrom('supervision_orders')
    .selectAll()
    .where('id', 'in', (eb) => eb.selectFrom('supervision_order_files').select('order_id').where('file_id', '=', fileId))
    .execute();
}

export async function findDepartmentName(db: Executor, code: string): Promise<{ zh: string; en: string } | undefined> {
  return db.selectFrom('departments').select(['name_zh as zh', 'name_en as en']).where('code', '=', code).executeTakeFirst();
}

/** Counts per department or region of the orders opened in [from, to) (see supervision.figures.ts). */
export async function countOrderFigures(db: Executor, by: 'department' | 'region', from: Date, to: Date) {
  const key = by === 'department' ? sql<string>`department_code` : sql<string>`region_code`;
  const r = await sql<{ key: string; opened: string; on_time: string; overdue: string; escalated: string }>`
    SELECT ${key} AS key,
           count(*) AS opened,
           count(*) FILTER (WHERE first_answered_at IS NOT NULL AND first_answered_at <= due_at) AS on_time,
           count(*) FILTER (WHERE due_at < ${to} AND (first_answered_at IS NULL OR first_answered_at > due_at)) AS overdue,
           count(*) FILTER (WHERE escalation_level >= 1) AS escalated
    FROM supervision_orders
    WHERE opened_at >= ${from} AND opened_at < ${to}
    GROUP BY 1 ORDER BY 1`.execute(db);
  return r.rows.map((x) => ({
    key: x.key,
    opened: Number(x.opened),
    answeredOnTime: Number(x.on_time),
    overdue: Number(x.overdue),
    escalated: Number(x.escalated),
  }));
}
