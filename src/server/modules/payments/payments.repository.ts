import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { Executor } from '../../db/executor';
import type { NotificationOutcome, PaymentOrdersTable, PaymentReconciliationsTable } from '../../db/tables/payments';
import type { DB } from '../../db/types';

/** The payments module's SQL: orders, notifications as received, reconciliations (docs/decisions.md D30). */

export type OrderRow = Selectable<PaymentOrdersTable>;
export type OrderPatch = Updateable<PaymentOrdersTable>;

/** The next 缴款单号 of a Shanghai day: JF20261203000042. */
export async function nextOrderNo(trx: Executor, shanghaiDate: string): Promise<string> {
  const r = await sql<{ n: number }>`SELECT nextval('payment_order_seq') AS n`.execute(trx);
  return `JF${shanghaiDate.replaceAll('-', '')}${String(Number(r.rows[0].n) % 1_000_000).padStart(6, '0')}`;
}

/** The next receipt number of a year: 2026 + ten digits. */
export async function nextReceiptNo(trx: Executor, year: number): Promise<string> {
  const r = await sql<{ n: number }>`SELECT nextval('payment_receipt_seq') AS n`.execute(trx);
  return `${year}${String(Number(r.rows[0].n)).padStart(10, '0')}`;
}

export async function insertOrder(trx: Transaction<DB>, values: Insertable<PaymentOrdersTable>): Promise<OrderRow> {
  return trx.insertInto('payment_orders').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findOrder(db: Executor, id: string): Promise<OrderRow | undefined> {
  return db.selectFrom('payment_orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOrderOfCase(db: Executor, caseId: string): Promise<OrderRow | undefined> {
  return db.selectFrom('payment_orders').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function findOrderByNo(db: Executor, orderNo: string): Promise<OrderRow | undefined> {
  return db.selectFrom('payment_orders').selectAll().where('order_no', '=', orderNo).executeTakeFirst();
}

export async function findOrderByReceiptCode(db: Executor, code: string): Promise<OrderRow | undefined> {
  return db.selectFrom('payment_orders').selectAll().where('receipt_code', '=', code).executeTakeFirst();
}

export async function lockOrder(trx: Transaction<DB>, id: string): Promise<OrderRow | undefined> {
  return trx.selectFrom('payment_orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function lockOrderOfCase(trx: Transaction<DB>, caseId: string): Promise<OrderRow | undefined> {
  return trx.selectFrom('payment_orders').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirst();
}

export async function lockOrderByNo(trx: Transaction<DB>, orderNo: string): Promise<OrderRow | undefined> {
  return trx.selectFrom('payment_orders').selectAll().where('order_no', '=', orderNo).forUpdate().executeTakeFirst();
}

/** Writes a change if the version is still the one read; false when someone else changed it first. */
export async function updateOrder(trx: Transaction<DB>, id: string, version: number, patch: OrderPatch, now: Date): Promise<boolean> {
  const r = await trx
    .updateTable('payment_orders')
    .set({ ...patch, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The payee's name (the item's department). */
export async function findDepartmentName(db: Executor, code: string): Promise<{ zh: string; en: string }> {
  const r = await db.selectFrom('departments').select(['name_zh', 'name_en']).where('code', '=', code).executeTakeFirst();
  return r ? { zh: r.name_zh, en: r.name_en } : { zh: code, en: code };
}

export async function insertNotification(
  db: Executor,
  n: {
    gateway: string;
    tradeNo: string | null;
    orderNo: string | null;
    amountFen: number | null;
    outcome: NotificationOutcome;
    body: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('payment_notifications')
    .values({
      gateway: n.gateway,
      trade_no: n.tradeNo,
      order_no: n.orderNo,
      amount_fen: n.amountFen,
      outcome: n.outcome,
      body: JSON.stringify(n.body),
      received_at: n.at,
    })
    .execute();
}

/** The platform's side of a day: payments confirmed and refunds made in [from, to) at a gateway. */
export async function findDayMovements(db: Executor, gateway: string, from: Date, to: Date) {
  const paid = await db
    .selectFrom('payment_orders')
    .select(['order_no', 'trade_no', 'paid_fen'])
    .where('gateway', '=', gateway)
    .where('paid_at', '>=', from)
    .where('paid_at', '<', to)
    .execute();
  const refunded = await db
    .selectFrom('payment_orders')
    .select(['order_no', 'trade_no', 'refund_fen'])
    .where('gateway', '=', gateway)
    .where('refunded_at', '>=', from)
    .where('refunded_at', '<', to)
    .execute();
  return { paid, refunded };
}

export async function upsertReconciliation(db: Executor, r: Insertable<PaymentReconciliationsTable>): Promise<void> {
  await db
    .insertInto('payment_reconciliations')
    .values(r)
    .onConflict((oc) =>
      oc.columns(['day', 'gateway']).doUpdateSet({
        ran_at: r.ran_at,
        orders: r.orders,
        statement_rows: r.statement_rows,
        matched: r.matched,
        mismatch_count: r.mismatch_count,
        mismatches: r.mismatches,
      }),
    )
    .execute();
}

export async function findReconciliations(db: Executor, f: { from: string; to: string; onlyMismatches: boolean; limit: number; offset: number }) {
  let q = db.selectFrom('payment_reconciliations').where('day', '>=', f.from).where('day', '<=', f.to);
  if (f.onlyMismatches) q = q.where('mismatch_count', '>', 0);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('day', 'desc').orderBy('gateway').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
