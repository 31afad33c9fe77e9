import { sql, type Insertable, type Selectable } from 'kysely';
import type { HotlineCallsTable, HotlineEmergencyTransfersTable } from '../../../db/tables/hotline';
import type { Executor } from '../tickets/tickets.repository';

/** SQL of intake: the call log, emergency transfers and the per-address throttle. */

export type CallRow = Selectable<HotlineCallsTable>;
export type EmergencyTransferRow = Selectable<HotlineEmergencyTransfersTable>;

/** Logs a call. */
export async function insertCall(db: Executor, values: Insertable<HotlineCallsTable>): Promise<CallRow> {
  return db.insertInto('hotline_calls').values(values).returningAll().executeTakeFirstOrThrow();
}

/** One call by id. */
export async function getCall(db: Executor, id: number): Promise<CallRow | undefined> {
  return db.selectFrom('hotline_calls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records what became of a call: a ticket, a direct answer, an emergency transfer. */
export async function setCallOutcome(db: Executor, id: number, outcome: CallRow['outcome'], ticketId: string | null): Promise<void> {
  await db.updateTable('hotline_calls').set({ outcome, ticket_id: ticketId }).where('id', '=', id).execute();
}

/** Logs an emergency transfer. */
export async function insertEmergencyTransfer(db: Executor, values: Insertable<HotlineEmergencyTransfersTable>): Promise<EmergencyTransferRow> {
  return db.insertInto('hotline_emergency_transfers').values(values).returningAll().executeTakeFirstOrThrow();
}

/** A page of emergency transfers, newest first. */
export async function findEmergencyTransfers(db: Executor, f: { scopeRegion: string | null; from?: Date; to?: Date; page: number; pageSize: number }) {
  let q = db.selectFrom('hotline_emergency_transfers');
  if (f.scopeRegion) q = q.where('region_code', '=', f.scopeRegion);
  if (f.from) q = q.where('created_at', '>=', f.from);
  if (f.to) q = q.where('created_at', '<', f.to);
  const [items, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.n };
}
