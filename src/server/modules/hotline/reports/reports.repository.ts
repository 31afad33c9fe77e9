import { sql } from 'kysely';
import type { TicketChannel } from '../../../db/tables/hotline';
import type { Executor } from '../tickets/tickets.repository';

/**
 * Aggregations for 定期通报. Each figure is counted at its own moment in [from, to): volume at
 * creation, signing at assignment, completion at reply, satisfaction at the return visit.
 * `region` limits everything to one district (district viewers).
 */

export interface Range {
  from: Date;
  to: Date;
  region: string | null;
}

const n = (v: unknown) => Number(v ?? 0);

function tickets(db: Executor, r: Range) {
  let q = db.selectFrom('hotline_tickets');
  if (r.region) q = q.where('region_code', '=', r.region);
  return q;
}

/** Tickets created in the range: total, first-contact answers, repeat calls. */
export async function countIntake(db: Executor, r: Range) {
  const row = await tickets(db, r)
    .where('created_at', '>=', r.from)
    .where('created_at', '<', r.to)
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) FILTER (WHERE resolution = 'answered'))::int`.as('answered'),
      sql<number>`(count(*) FILTER (WHERE repeat_call))::int`.as('repeat'),
      sql<number>`(count(*) FILTER (WHERE status = 'merged' OR master_ticket_id IS NOT NULL))::int`.as('merged'),
    ])
    .executeTakeFirstOrThrow();
  return { total: n(row.total), answered: n(row.answered), repeat: n(row.repeat), merged: n(row.merged) };
}

/** Tickets created in the range, counted by a column; a channel's key is a TicketChannel. */
export function countBy(db: Executor, r: Range, column: 'channel'): Promise<Array<{ key: TicketChannel; count: number }>>;
export function countBy(db: Executor, r: Range, column: 'category_code' | 'region_code'): Promise<Array<{ key: string; count: number }>>;
export async function countBy(db: Executor, r: Range, column: 'channel' | 'category_code' | 'region_code'): Promise<Array<{ key: string; count: number }>> {
  const rows = await tickets(db, r)
    .where('created_at', '>=', r.from)
    .where('created_at', '<', r.to)
    .select([sql.ref<string>(column).as('key'), sql<number>`count(*)::int`.as('count')])
    .groupBy(column)
    .orderBy('count', 'desc')
    .execute();
  return rows.map((x) => ({ key: x.key, count: n(x.count) }));
}

/** Calls in the range: answered and abandoned (the connection rate). */
export async function countCalls(db: Executor, r: Range) {
  let q = db.selectFrom('hotline_calls').where('started_at', '>=', r.from).where('started_at', '<', r.to);
  if (r.region) q = q.where('region_code', '=', r.region);
  const row = await q
    .select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) FILTER (WHERE answered))::int`.as('answered')])
    .executeTakeFirstOrThrow();
  return { total: n(row.total), answered: n(row.answered) };
}

/**
 * Signing per department: assignments made in the range whose signature is in or overdue, and how
 * many were signed by their deadline (签收及时率).
 */
export async function countSigning(db: Executor, r: Range, now: Date) {
  let q = db
    .selectFrom('hotline_assignments as a')
    .innerJoin('hotline_tickets as t', 't.id', 'a.ticket_id')
    .where('a.assigned_at', '>=', r.from)
    .where('a.assigned_at', '<', r.to)
    .where((eb) => eb.or([eb('a.signed_at', 'is not', null), eb('a.sign_due_at', '<', now)]));
  if (r.region) q = q.where('t.region_code', '=', r.region);
  const rows = await q
    .select([
      'a.department_code as department',
      sql<number>`count(*)::int`.as('due'),
      sql<number>`(count(*) FILTER (WHERE a.signed_at IS NOT NULL AND a.signed_at <= a.sign_due_at))::int`.as('onTime'),
    ])
    .groupBy('a.department_code')
    .execute();
  return rows.map((x) => ({ department: x.department, due: n(x.due), onTime: n(x.onTime) }));
}

/** Replies (completions) in the range per lead department and region, and how many met the limit. */
export async function countCompletion(db: Executor, r: Range) {
  const rows = await tickets(db, r)
    .where('resolution', '=', 'handled')
    .where('replied_at', '>=', r.from)
    .where('replied_at', '<', r.to)
    .select([
      'department_code as department',
      'region_code as region',
      sql<number>`count(*)::int`.as('replied'),
      sql<number>`(count(*) FILTER (WHERE replied_on_time))::int`.as('onTime'),
    ])
    .groupBy(['department_code', 'region_code'])
    .execute();
  return rows.map((x) => ({ department: x.department ?? '-', region: x.region, replied: n(x.replied), onTime: n(x.onTime) }));
}

/** Return visits in the range per lead department and region: satisfied, basically satisfied, resolved. */
export async function countVisits(db: Executor, r: Range) {
  const rows = await tickets(db, r)
    .where('visited_at', '>=', r.from)
    .where('visited_at', '<', r.to)
    .select([
      'department_code as department',
      'region_code as region',
      sql<number>`count(*)::int`.as('visits'),
      sql<number>`(count(*) FILTER (WHERE satisfaction IN ('satisfied', 'basically_satisfied')))::int`.as('satisfied'),
      sql<number>`(count(*) FILTER (WHERE resolved))::int`.as('resolved'),
    ])
    .groupBy(['department_code', 'region_code'])
    .execute();
  return rows.map((x) => ({ department: x.department ?? '-', region: x.region, visits: n(x.visits), satisfied: n(x.satisfied), resolved: n(x.resolved) }));
}

/** Open tickets past their limit now, per lead department. */
export async function countOverdue(db: Executor, r: Range, now: Date) {
  const rows = await tickets(db, r)
    .where('status', 'in', ['pending_dispatch', 'dispatched', 'processing', 'returned'])
    .where('due_at', '<', now)
    .select(['department_code as department', sql<number>`count(*)::int`.as('count')])
    .groupBy('department_code')
    .execute();
  return rows.map((x) => ({ department: x.department ?? '-', count: n(x.count) }));
}

/** The places most tickets in the range came from (address up to the building), with their top category. */
export async function findHotSpots(db: Executor, r: Range, limit: number) {
  const place = sql<string>`regexp_replace(regexp_replace(address, '[0-9]+(号楼|栋|幢|组).*$', ''), '^包头市', '')`;
  const rows = await tickets(db, r)
    .where('created_at', '>=', r.from)
    .where('created_at', '<', r.to)
    .where('address', 'is not', null)
    .select([place.as('place'), sql<number>`count(*)::int`.as('count'), sql<string>`mode() WITHIN GROUP (ORDER BY category_code)`.as('topCategory')])
    .groupBy(place)
    .orderBy('count', 'desc')
    .orderBy('place')
    .limit(limit)
    .execute();
  return rows.map((x) => ({ place: x.place, count: n(x.count), topCategory: x.topCategory }));
}
