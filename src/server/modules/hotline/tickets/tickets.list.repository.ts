import { sql } from 'kysely';
import type { TicketChannel, TicketStatusColumn } from '../../../db/tables/hotline';
import type { Executor, TicketRow } from './tickets.repository';

/** SQL of ticket lists: the scoped, filtered console list, duplicate candidates, the light sweep. */

export interface TicketFilter {
  status?: TicketStatusColumn[];
  light?: 'green' | 'yellow' | 'red';
  category?: string;
  /** Tickets assigned to this department (any role). */
  department?: string;
  region?: string;
  channel?: TicketChannel;
  /** Ticket number prefix, or words of the text or address. */
  q?: string;
  overdue?: boolean;
  repeat?: boolean;
  from?: Date;
  to?: Date;
  /** Scope: only this region (district staff). */
  scopeRegion: string | null;
  /** Scope: only tickets assigned to this department (department handlers). */
  scopeDepartment: string | null;
  page: number;
  pageSize: number;
}

/** A page of tickets (newest first) and how many match. */
export async function findTickets(db: Executor, f: TicketFilter): Promise<{ items: TicketRow[]; total: number }> {
  let q = db.selectFrom('hotline_tickets');
  if (f.scopeRegion) q = q.where('region_code', '=', f.scopeRegion);
  if (f.scopeDepartment) q = q.where(sql<boolean>`departments @> ARRAY[${f.scopeDepartment}]::text[]`);
  if (f.status?.length) q = q.where('status', 'in', f.status);
  if (f.light) q = q.where('light', '=', f.light);
  if (f.category) q = q.where((eb) => eb.or([eb('category_code', '=', f.category!), eb('category_code', 'like', `${f.category}.%`)]));
  if (f.department) q = q.where(sql<boolean>`departments @> ARRAY[${f.department}]::text[]`);
  if (f.region) q = q.where('region_code', '=', f.region);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.overdue) q = q.where('due_at', '<', new Date()).where('status', 'in', ['pending_dispatch', 'dispatched', 'processing', 'returned']);
  if (f.repeat !== undefined) q = q.where('repeat_call', '=', f.repeat);
  if (f.from) q = q.where('created_at', '>=', f.from);
  if (f.to) q = q.where('created_at', '<', f.to);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('ticket_no', 'like', `${f.q}%`), eb('text', 'ilike', like), eb('address', 'ilike', like)]));
  }
  const [items, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.n };
}

/** Open tickets of the same category created within `days` of the ticket, for the duplicate check. */
export async function findDuplicateCandidates(db: Executor, row: Pick<TicketRow, 'id' | 'category_code' | 'created_at'>, days: number): Promise<TicketRow[]> {
  const at = new Date(row.created_at).getTime();
  return db
    .selectFrom('hotline_tickets')
    .selectAll()
    .where('category_code', '=', row.category_code)
    .where('id', '!=', row.id)
    .where('created_at', '>=', new Date(at - days * 86_400_000))
    .where('created_at', '<=', new Date(at + days * 86_400_000))
    .where('status', 'not in', ['closed', 'merged'])
    .where('master_ticket_id', 'is', null)
    .orderBy('created_at')
    .limit(200)
    .execute();
}

/** Open tickets whose light is due to change, oldest change first. */
export async function findLightChangesDue(db: Executor, now: Date, limit: number): Promise<TicketRow[]> {
  return db
    .selectFrom('hotline_tickets')
    .selectAll()
    .where('light_next_at', '<=', now)
    .where('status', 'in', ['pending_dispatch', 'dispatched', 'processing', 'returned'])
    .orderBy('light_next_at')
    .limit(limit)
    .execute();
}

/** Pending assignments past their signing deadline that nobody was told about yet. */
export async function findLateSignatures(db: Executor, now: Date, limit: number) {
  return db
    .selectFrom('hotline_assignments as a')
    .innerJoin('hotline_tickets as t', 't.id', 'a.ticket_id')
    .select(['a.id', 'a.department_code', 'a.sign_due_at', 't.id as ticket_id', 't.ticket_no', 't.region_code', 't.category_code'])
    .where('a.status', '=', 'pending')
    .where('a.sign_alerted_at', 'is', null)
    .where('a.sign_due_at', '<=', now)
    .orderBy('a.sign_due_at')
    .limit(limit)
    .execute();
}

/** Records that a late signature was alerted; false when another node did it first. */
export async function markSignAlerted(db: Executor, assignmentId: number, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('hotline_assignments')
    .set({ sign_alerted_at: now })
    .where('id', '=', assignmentId)
    .where('sign_alerted_at', 'is', null)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
