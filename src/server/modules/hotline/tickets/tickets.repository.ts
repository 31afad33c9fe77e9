import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { HotlineAssignmentsTable, HotlineTicketsTable } from '../../../db/tables/hotline';
import type { DB } from '../../../db/types';
import { toShanghaiDate } from '../../../platform/calendar/shanghai-date';
import type { Executor } from '../../../db/executor';
import { lockWithHead } from '../../../platform/audit/events.repository';
export { findDepartmentNames } from '../../../platform/org/org.repository';

/** The hotline module's SQL for single tickets and their assignments (lists are in tickets.list.repository.ts). */

export type { Executor } from '../../../db/executor';
export type TicketRow = Selectable<HotlineTicketsTable>;
export type TicketInsert = Insertable<HotlineTicketsTable>;
export type TicketPatch = Updateable<HotlineTicketsTable>;
export type AssignmentRow = Selectable<HotlineAssignmentsTable>;
export type AssignmentInsert = Insertable<HotlineAssignmentsTable>;

/**
 * Inserts a ticket. Its number (`12345-20261128-000042`: Beijing date of `at`, then the sequence)
 * and, when a phone is given, its repeat-call flag (the number seen since `repeatSince`) are
 * computed in the same statement: one round trip instead of three on the intake path.
 */
export async function insertTicket(db: Executor, values: Omit<TicketInsert, 'ticket_no' | 'repeat_call'>, at: Date, repeatSince: Date): Promise<TicketRow> {
  const phone = values.caller_phone ?? null;
  return db
    .insertInto('hotline_tickets')
    .values({
      ...values,
      ticket_no: sql<string>`'12345-' || ${toShanghaiDate(at).replaceAll('-', '')} || '-' || lpad(nextval('hotline_ticket_seq')::text, 6, '0')`,
      repeat_call: phone ? sql<boolean>`EXISTS (SELECT 1 FROM hotline_tickets p WHERE p.caller_phone = ${phone} AND p.created_at >= ${repeatSince})` : false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The ticket, locked for the rest of the transaction, with its chain's head (read for its next event). */
export async function lockTicket(trx: Transaction<DB>, id: string): Promise<TicketRow | undefined> {
  return lockWithHead(trx, 'hotline_tickets', id, `ticket:${id}`);
}

/** One ticket by id (unlocked). */
export async function getTicket(db: Executor, id: string): Promise<TicketRow | undefined> {
  return db.selectFrom('hotline_tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One ticket by its number. */
export async function getTicketByNo(db: Executor, ticketNo: string): Promise<TicketRow | undefined> {
  return db.selectFrom('hotline_tickets').selectAll().where('ticket_no', '=', ticketNo).executeTakeFirst();
}

/** The ticket a channel message (an SMS id) became, if any. */
export async function getTicketByExternalId(db: Executor, channel: TicketRow['channel'], externalId: string): Promise<TicketRow | undefined> {
  return db.selectFrom('hotline_tickets').selectAll().where('channel', '=', channel).where('external_id', '=', externalId).executeTakeFirst();
}

/** Stores a change; the caller holds the row lock and has checked the version. */
export async function updateTicket(trx: Transaction<DB>, id: string, version: number, patch: TicketPatch): Promise<void> {
  const r = await trx
    .updateTable('hotline_tickets')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new Error(`ticket ${id} changed under its lock`);
}

/** Stores a light the sweep computed; the light is derived from the clock, so the version stays. */
export async function setLight(db: Executor, id: string, light: 'green' | 'yellow' | 'red', nextAt: Date | null): Promise<void> {
  await db.updateTable('hotline_tickets').set({ light, light_next_at: nextAt }).where('id', '=', id).execute();
}

/** Every assignment of a ticket, oldest first. */
export async function findAssignments(db: Executor, ticketId: string): Promise<AssignmentRow[]> {
  return db.selectFrom('hotline_assignments').selectAll().where('ticket_id', '=', ticketId).orderBy('id').execute();
}

/** Stores new assignments. */
export async function insertAssignments(db: Executor, rows: AssignmentInsert[]): Promise<void> {
  if (rows.length) await db.insertInto('hotline_assignments').values(rows).execute();
}

/** Changes one assignment (inside the ticket’s transaction). */
export async function updateAssignment(db: Executor, id: number, patch: Updateable<HotlineAssignmentsTable>): Promise<void> {
  await db.updateTable('hotline_assignments').set(patch).where('id', '=', id).execute();
}

/** A caller's tickets, newest first. */
export async function findTicketsByPhone(db: Executor, phone: string, limit: number): Promise<TicketRow[]> {
  return db.selectFrom('hotline_tickets').selectAll().where('caller_phone', '=', phone).orderBy('created_at', 'desc').limit(limit).execute();
}

/** Tickets a signed-in resident wrote, newest first. */
export async function findTicketsByUser(db: Executor, userId: string, limit: number): Promise<TicketRow[]> {
  return db.selectFrom('hotline_tickets').selectAll().where('caller_user_id', '=', userId).orderBy('created_at', 'desc').limit(limit).execute();
}

/** Tickets merged under a master. */
export async function findChildren(db: Executor, masterId: string): Promise<TicketRow[]> {
  return db.selectFrom('hotline_tickets').selectAll().where('master_ticket_id', '=', masterId).orderBy('created_at').execute();
}

/** Updates the tickets still merged under a master (they follow its departments). */
export async function updateMergedChildren(db: Executor, masterId: string, patch: Pick<TicketPatch, 'departments' | 'department_code'>): Promise<void> {
  await db.updateTable('hotline_tickets').set(patch).where('master_ticket_id', '=', masterId).where('status', '=', 'merged').execute();
}

/** Which of the codes are departments / regions that exist. */
export async function findExistingDepartments(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  return new Set(
    (
      await db
        .selectFrom('departments')
        .select('code')
        .where('code', 'in', [...codes])
        .execute()
    ).map((r) => r.code),
  );
}

/** Whether the region code is in the regions table. */
export async function regionExists(db: Executor, code: string): Promise<boolean> {
  return !!(await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst());
}
