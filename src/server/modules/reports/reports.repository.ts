import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { PeriodKind } from '../../db/tables/reports';

/** The reports module's only Kysely code: periodic reports, their deliveries and subscriptions. */

export async function findPeriodicId(db: Kysely<DB>, kind: PeriodKind, periodKey: string, by: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('periodic_reports')
    .select('id')
    .where('kind', '=', kind)
    .where('period_key', '=', periodKey)
    .where('by', '=', by)
    .executeTakeFirst();
  return r?.id;
}

/** Inserts a periodic report unless its period has one already; the new id, or undefined. */
export async function insertPeriodic(
  trx: Transaction<DB>,
  r: { kind: PeriodKind; periodKey: string; by: string; from: Date; to: Date; snapshot: unknown; xlsx: Buffer; pdfFileId: string | null; generatedAt: Date },
): Promise<string | undefined> {
  const row = await trx
    .insertInto('periodic_reports')
    .values({
      kind: r.kind,
      period_key: r.periodKey,
      by: r.by,
      from_at: r.from,
      to_at: r.to,
      snapshot: JSON.stringify(r.snapshot),
      xlsx: r.xlsx,
      pdf_file_id: r.pdfFileId,
      generated_at: r.generatedAt,
    })
    .onConflict((oc) => oc.columns(['kind', 'period_key', 'by']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function findSubscriberIds(db: Kysely<DB> | Transaction<DB>, kind: PeriodKind): Promise<string[]> {
  const rows = await db
    .selectFrom('report_subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select('s.user_id')
    .where('s.kind', '=', kind)
    .where('u.status', '=', 'active')
    .orderBy('s.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

export async function insertDeliveries(trx: Transaction<DB>, reportId: string, userIds: readonly string[], at: Date): Promise<void> {
  if (!userIds.length) return;
  await trx
    .insertInto('periodic_report_deliveries')
    .values(userIds.map((u) => ({ report_id: reportId, user_id: u, delivered_at: at })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function subscribe(db: Kysely<DB>, userId: string, kinds: readonly PeriodKind[]): Promise<void> {
  if (!kinds.length) return;
  await db
    .insertInto('report_subscriptions')
    .values(kinds.map((kind) => ({ user_id: userId, kind })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

const LIST_COLUMNS = ['r.id', 'r.kind', 'r.period_key', 'r.by', 'r.from_at', 'r.to_at', 'r.generated_at', 'r.pdf_file_id'] as const;

/** A page of periodic reports, newest first: all of them, or those delivered to `userId`. */
export async function findPeriodicPage(db: Kysely<DB>, userId: string | null, page: number, pageSize: number) {
  let q = db.selectFrom('periodic_reports as r');
  if (userId)
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('periodic_report_deliveries as d').select('d.report_id').whereRef('d.report_id', '=', 'r.id').where('d.user_id', '=', userId)),
    );
  const [items, count] = await Promise.all([
    q
      .select([...LIST_COLUMNS])
      .orderBy('r.generated_at', 'desc')
      .orderBy('r.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findPeriodic(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('periodic_reports as r')
    .select([...LIST_COLUMNS, 'r.snapshot', 'r.xlsx'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function wasDelivered(db: Kysely<DB>, reportId: string, userId: string): Promise<boolean> {
  const r = await db
    .selectFrom('periodic_report_deliveries')
    .select('report_id')
    .where('report_id', '=', reportId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!r;
}

export async function findFileBlob(db: Kysely<DB>, fileId: string) {
  return db.selectFrom('files').select(['sha256', 'name']).where('id', '=', fileId).executeTakeFirst();
}

/** An owner for the stored PDFs: the first administrator account (files belong to someone). */
export async function findFileOwner(db: Kysely<DB>): Promise<{ id: string; regionCode: string } | undefined> {
  const r = await db
    .selectFrom('users')
    .select(['id', 'region_code'])
    .where(sql<boolean>`'admin' = ANY(roles)`)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return r && { id: r.id, regionCode: r.region_code };
}

/** Whether a demo loader is still queued or running (periodic reports wait for the demo data). */
export async function demoLoading(db: Kysely<DB>, queues: readonly string[]): Promise<boolean> {
  const r = await db
    .selectFrom('jobs')
    .select('id')
    .where('queue', 'in', [...queues])
    .where('state', 'in', ['queued', 'active'])
    .limit(1)
    .executeTakeFirst();
  return !!r;
}

export async function findScoreWeights(db: Kysely<DB>) {
  return db.selectFrom('score_weights').select(['indicator', 'weight']).execute();
}

export async function saveScoreWeights(db: Kysely<DB>, weights: readonly { indicator: string; weight: number }[], by: string): Promise<void> {
  await db
    .insertInto('score_weights')
    .values(weights.map((w) => ({ indicator: w.indicator, weight: w.weight, updated_by: by })))
    .onConflict((oc) =>
      oc.column('indicator').doUpdateSet((eb) => ({ weight: eb.ref('excluded.weight'), updated_by: eb.ref('excluded.updated_by'), updated_at: sql`now()` })),
    )
    .execute();
}
