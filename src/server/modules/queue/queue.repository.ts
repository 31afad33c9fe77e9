import { sql, type QueryCreator, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { Executor } from '../../db/executor';
import type { QueueTicketsTable } from '../../db/tables/queue';
import type { DB } from '../../db/types';
import { holdJoinedHead, JOINED_HEAD_COLUMNS, lockWithHead } from '../../platform/audit/events.repository';

/** The queue module's SQL: the number counters, tickets, the line and the hall's figures. */

export type TicketRow = Selectable<QueueTicketsTable>;

export type NewTicket = Omit<
  TicketRow,
  | 'id'
  | 'status'
  | 'version'
  | 'number'
  | 'seq'
  | 'window_code'
  | 'called_by'
  | 'called_by_name'
  | 'calls'
  | 'notified_ahead'
  | 'called_at'
  | 'finished_at'
  | 'updated_at'
  | 'close_reason'
>;

export type TicketPatch = Partial<
  Pick<TicketRow, 'group_code' | 'window_code' | 'called_by' | 'called_by_name' | 'calls' | 'called_at' | 'finished_at' | 'close_reason'>
>;

/**
 * Draws a walk-in's number: one upsert of its group's counter row, in a statement of its own that
 * commits at once. PostgreSQL runs concurrent upserts of one row one at a time (the second waits
 * for the first's commit and adds to its value), so no number is given twice, on any number of
 * nodes; the row is held only for this statement, not for the take's transaction, so a group's
 * takes overlap. The price: a take that fails after drawing leaves its number unused, as a
 * sequence does (docs/decisions.md D29).
 */
export async function drawNumber(db: Executor, placeCode: string, group: string, day: string): Promise<number> {
  return (await nextNumber(db, placeCode, group, day).executeTakeFirstOrThrow()).last;
}

/** The upsert of a group's counter row that yields its next number (1 on the day's first ticket). */
function nextNumber(db: QueryCreator<DB>, placeCode: string, group: string, day: string) {
  return db
    .insertInto('queue_counters')
    .values({ place_code: placeCode, group_code: group, day, last: 1 })
    .onConflict((oc) => oc.columns(['place_code', 'group_code', 'day']).doUpdateSet({ last: sql`queue_counters.last + 1` }))
    .returning('last');
}

/**
 * Stores a ticket with its number: the one `drawNumber` drew, or, without one (an appointment's
 * check-in, in the check-in's transaction), the next of the counter row in the same statement, the
 * row then held until that transaction ends so a rolled-back check-in gives its number back. The
 * number reads the group, then the sequence in at least three digits (A001, A1000; a place without
 * groups: 001). What the take reads of the line it reads in a later statement: this one's snapshot
 * was taken before it waited for the counter row, so it would miss the takes committed meanwhile.
 */
export async function takeTicket(trx: Transaction<DB>, t: NewTicket, drawn?: number): Promise<TicketRow> {
  const prefix = t.group_code === '*' ? '' : t.group_code.toUpperCase();
  const row = (seq: RawBuilder<number>) => ({
    ...t,
    seq,
    number: sql<string>`${prefix} || lpad(${seq}::text, greatest(3, length(${seq}::text)), '0')`,
    updated_at: t.issued_at,
  });
  if (drawn !== undefined)
    return trx
      .insertInto('queue_tickets')
      .values(row(sql<number>`${drawn}::int`))
      .returningAll()
      .executeTakeFirstOrThrow();
  return trx
    .with('counted', (db) => nextNumber(db, t.place_code, t.group_code, t.day))
    .insertInto('queue_tickets')
    .values(row(sql<number>`(SELECT last FROM counted)`))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findTicket(db: Executor, id: string): Promise<TicketRow | undefined> {
  return db.selectFrom('queue_tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The ticket, locked for the rest of the transaction, with its chain's head (read for its next event). */
export async function lockTicket(trx: Transaction<DB>, id: string): Promise<TicketRow | undefined> {
  return lockWithHead(trx, 'queue_tickets', id, `queue_ticket:${id}`);
}

export async function findAppointmentTicket(db: Executor, appointmentId: string): Promise<TicketRow | undefined> {
  return db.selectFrom('queue_tickets').selectAll().where('appointment_id', '=', appointmentId).executeTakeFirst();
}

/** Stores a change if the version is still the one read. */
export async function updateTicket(
  trx: Transaction<DB>,
  id: string,
  version: number,
  patch: TicketPatch & { status: TicketRow['status'] },
  now: Date,
): Promise<boolean> {
  const r = await trx
    .updateTable('queue_tickets')
    .set({ ...patch, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Marks a waiting ticket as told it is near, unless it was already or another transaction holds it
 * (being called at a window, or being marked by another call): never waits for a lock, so
 * concurrent calls, each holding the ticket it called, cannot deadlock over the SMS. Returns
 * whether this transaction marked it.
 */
export async function markNotifiedAhead(trx: Transaction<DB>, id: string): Promise<boolean> {
  const marked = await trx
    .updateTable('queue_tickets')
    .set({ notified_ahead: true })
    .where('id', '=', (eb) => eb.selectFrom('queue_tickets').select('id').where('id', '=', id).where('notified_ahead', '=', false).forUpdate().skipLocked())
    .returning('id')
    .executeTakeFirst();
  return !!marked;
}

/** Queue tickets with their chain's head joined (`JOINED_HEAD_COLUMNS`), for a lock that takes both. */
function ticketsWithHeads(trx: Transaction<DB>) {
  return trx
    .selectFrom('queue_tickets as t')
    .innerJoin('chain_heads as h', (j) => j.on(sql<boolean>`h.chain = 'queue_ticket:' || t.id`))
    .selectAll('t')
    .select(JOINED_HEAD_COLUMNS);
}

/**
 * The ticket a window is serving, locked with its chain's head (a window has at most one, by a
 * unique index). A window serving nobody, or a ticket whose chain has no head, is looked up alone.
 */
export async function lockWindowTicket(trx: Transaction<DB>, placeCode: string, windowCode: string): Promise<TicketRow | undefined> {
  const withHead = await ticketsWithHeads(trx)
    .where('t.place_code', '=', placeCode)
    .where('t.window_code', '=', windowCode)
    .where('t.status', '=', 'called')
    .forUpdate()
    .executeTakeFirst();
  if (withHead) return holdJoinedHead(trx, `queue_ticket:${withHead.id}`, withHead);
  return windowTicket(trx, placeCode, windowCode).forUpdate().executeTakeFirst();
}

export async function findWindowTicket(db: Executor, placeCode: string, windowCode: string): Promise<TicketRow | undefined> {
  return windowTicket(db, placeCode, windowCode).executeTakeFirst();
}

function windowTicket(db: Executor, placeCode: string, windowCode: string) {
  return db.selectFrom('queue_tickets').selectAll().where('place_code', '=', placeCode).where('window_code', '=', windowCode).where('status', '=', 'called');
}

/**
 * The first ticket of a group's line — priority lane first, then the oldest place in line — locked,
 * skipping rows another window has locked meanwhile: two windows calling at once get two
 * different tickets and neither waits for the other.
 *
 * When every waiting ticket is locked, some may be held only for a moment by another call marking
 * the ticket three behind for its SMS (`markNotifiedAhead`), and are still waiting: then this waits
 * for the first of the line and PostgreSQL re-checks each row once its holder commits, returning the
 * first one still waiting. No deadlock: a call holds no waiting ticket while it waits here, and the
 * SMS mark never waits for a lock.
 */
export async function lockNextWaiting(trx: Transaction<DB>, placeCode: string, group: string, day: string): Promise<TicketRow | undefined> {
  // With its chain's head, held for the call's event (docs/audit-chain.md). The wait below looks
  // the line up alone, so a ticket whose chain lacked a head would still be called.
  const free = await ticketsWithHeads(trx)
    .where('t.place_code', '=', placeCode)
    .where('t.group_code', '=', group)
    .where('t.day', '=', day)
    .where('t.status', '=', 'waiting')
    .orderBy('t.priority', 'desc')
    .orderBy('t.line_at')
    .orderBy('t.seq')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (free) return holdJoinedHead(trx, `queue_ticket:${free.id}`, free);
  return waitingLine(trx, placeCode, group, day).limit(1).forUpdate().executeTakeFirst();
}

/** A group's waiting tickets of a day in the order they are called: priority lane first, then place in line. */
function waitingLine(db: Executor, placeCode: string, group: string, day: string) {
  return db
    .selectFrom('queue_tickets')
    .selectAll()
    .where('place_code', '=', placeCode)
    .where('group_code', '=', group)
    .where('day', '=', day)
    .where('status', '=', 'waiting')
    .orderBy('priority', 'desc')
    .orderBy('line_at')
    .orderBy('seq');
}

/** Waiting tickets of the group called before this one. */
export async function countAhead(
  db: Executor,
  t: Pick<TicketRow, 'place_code' | 'group_code' | 'day' | 'priority' | 'line_at' | 'seq' | 'id'>,
): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM queue_tickets
    WHERE place_code = ${t.place_code} AND group_code = ${t.group_code} AND day = ${t.day} AND status = 'waiting' AND id <> ${t.id}
      AND (priority > ${t.priority} OR (priority = ${t.priority} AND (line_at, seq) < (${t.line_at}, ${t.seq})))`.execute(db);
  return r.rows[0].n;
}

/** A place's tickets waiting on `day`: what the waiting counts count (here and in the hall screens' message). */
export function waitingTickets(db: Executor, placeCode: string, day: string) {
  return db.selectFrom('queue_tickets').where('place_code', '=', placeCode).where('day', '=', day).where('status', '=', 'waiting');
}

/** Waiting tickets per group of a place's day (only the groups given, when given). */
export async function countWaiting(db: Executor, placeCode: string, day: string, groups?: readonly string[]): Promise<Map<string, number>> {
  let q = waitingTickets(db, placeCode, day).select(['group_code', (eb) => eb.fn.countAll<number>().as('n')]);
  if (groups) q = q.where('group_code', 'in', groups.length ? [...groups] : ['']);
  const rows = await q.groupBy('group_code').execute();
  return new Map(rows.map((r) => [r.group_code, Number(r.n)]));
}

/** The waiting ticket that has exactly `ahead` people before it (the "three ahead" SMS). */
export async function findInLine(trx: Transaction<DB>, placeCode: string, group: string, day: string, ahead: number): Promise<TicketRow | undefined> {
  return waitingLine(trx, placeCode, group, day).offset(ahead).limit(1).executeTakeFirst();
}

/**
 * Live service figures of a group: the median service time (called → finished) of its latest
 * `recent` tickets finished today, and how many windows called in it over the last `sinceMinutes`
 * or are serving one of its tickets now. Both reads are bounded (migration 0063): the median reads
 * `recent` index entries; the windows are found by skipping from one window code to the next in the
 * index, with one probe each, so a long day costs no more than a short one.
 */
export async function serviceFigures(
  db: Executor,
  placeCode: string,
  group: string,
  day: string,
  now: Date,
  recent: number,
  sinceMinutes: number,
): Promise<{ medianSeconds: number | null; windows: number }> {
  const since = new Date(now.getTime() - sinceMinutes * 60_000);
  const r = await sql<{ median: number | null; windows: number }>`
    WITH RECURSIVE w(code) AS (
      (SELECT window_code FROM queue_tickets
        WHERE place_code = ${placeCode} AND group_code = ${group} AND day = ${day} AND window_code IS NOT NULL
        ORDER BY window_code LIMIT 1)
      UNION ALL
      SELECT (SELECT window_code FROM queue_tickets
        WHERE place_code = ${placeCode} AND group_code = ${group} AND day = ${day} AND window_code > w.code
        ORDER BY window_code LIMIT 1)
      FROM w WHERE w.code IS NOT NULL)
    SELECT
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) FROM (
         SELECT extract(epoch FROM finished_at - called_at)::float8 AS s FROM queue_tickets
         WHERE place_code = ${placeCode} AND group_code = ${group} AND day = ${day} AND status = 'done'
         ORDER BY finished_at DESC LIMIT ${recent}) last) AS median,
      (SELECT count(*)::int FROM w WHERE w.code IS NOT NULL AND (
         (SELECT max(t.called_at) FROM queue_tickets t
           WHERE t.place_code = ${placeCode} AND t.group_code = ${group} AND t.day = ${day} AND t.window_code = w.code) >= ${since}
         OR EXISTS (SELECT 1 FROM queue_tickets t
           WHERE t.place_code = ${placeCode} AND t.window_code = w.code AND t.status = 'called'
             AND t.group_code = ${group} AND t.day = ${day}))) AS windows`.execute(db);
  const row = r.rows[0];
  return { medianSeconds: row.median === null ? null : Number(row.median), windows: row.windows };
}

/** What each window of a place called last on a day (the hall screen's snapshot). */
export async function lastCalledPerWindow(db: Executor, placeCode: string, day: string): Promise<Map<string, { number: string; calledAt: Date }>> {
  const r = await sql<{ window_code: string; number: string; called_at: Date }>`
    SELECT DISTINCT ON (window_code) window_code, number, called_at FROM queue_tickets
    WHERE place_code = ${placeCode} AND day = ${day} AND window_code IS NOT NULL AND called_at IS NOT NULL
    ORDER BY window_code, called_at DESC`.execute(db);
  return new Map(r.rows.map((x) => [x.window_code, { number: x.number, calledAt: new Date(x.called_at) }]));
}

export interface FiguresRow {
  key: string;
  name: string | null;
  group_code: string | null;
  taken: number;
  served: number;
  skipped: number;
  closed: number;
  waiting: number;
  wait_avg: number | null;
  wait_median: number | null;
  service_avg: number | null;
  service_median: number | null;
}

/**
 * A place's figures of a day, cut by `by`: per group (tickets taken), per window and per clerk
 * (tickets called). Waiting time is taken → called, service time called → finished (done only).
 */
export async function dayFigures(db: Executor, placeCode: string, day: string, by: 'total' | 'group' | 'window' | 'clerk'): Promise<FiguresRow[]> {
  const key = {
    total: sql`'total'`,
    group: sql`group_code`,
    window: sql`window_code`,
    clerk: sql`called_by::text`,
  }[by];
  const name = by === 'clerk' ? sql`max(called_by_name)` : sql`NULL::text`;
  const group = by === 'window' ? sql`max(group_code)` : sql`NULL::text`;
  const only = by === 'window' ? sql`AND window_code IS NOT NULL` : by === 'clerk' ? sql`AND called_by IS NOT NULL` : sql``;
  const r = await sql<FiguresRow>`
    SELECT ${key} AS key, ${name} AS name, ${group} AS group_code,
      count(*)::int AS taken,
      count(*) FILTER (WHERE status = 'done')::int AS served,
      count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
      count(*) FILTER (WHERE status = 'closed')::int AS closed,
      count(*) FILTER (WHERE status = 'waiting')::int AS waiting,
      avg(extract(epoch FROM called_at - issued_at))::float8 AS wait_avg,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM called_at - issued_at))::float8 AS wait_median,
      avg(extract(epoch FROM finished_at - called_at)) FILTER (WHERE status = 'done')::float8 AS service_avg,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - called_at)) FILTER (WHERE status = 'done'))::float8 AS service_median
    FROM queue_tickets
    WHERE place_code = ${placeCode} AND day = ${day} ${only}
    GROUP BY 1 ORDER BY 1`.execute(db);
  return r.rows;
}

export interface PeriodFiguresRow {
  key: string | null;
  name_zh: string | null;
  name_en: string | null;
  taken: number;
  served: number;
  missed: number;
  wait_median: number | null;
  service_median: number | null;
}

/**
 * Tickets of the hall days `from`..`to` (inclusive), in a region or everywhere, cut by `by`: per
 * place (the hall), the item's department, the region, the item, the clerk who called. Missed: not
 * here when called (skipped) or left unserved when the day ended (closed).
 */
export async function periodFigures(
  db: Executor,
  from: string,
  to: string,
  regionCode: string | null,
  by: 'place' | 'department' | 'region' | 'item' | 'window' | 'total',
): Promise<PeriodFiguresRow[]> {
  const cut = {
    place: [sql`place_code`, sql`max(place_name_zh)`, sql`max(place_name_en)`],
    department: [sql`department_code`, sql`NULL::text`, sql`NULL::text`],
    region: [sql`region_code`, sql`NULL::text`, sql`NULL::text`],
    item: [sql`item_code`, sql`max(item_name_zh)`, sql`max(item_name_en)`],
    window: [sql`called_by::text`, sql`max(called_by_name)`, sql`max(called_by_name)`],
    total: [sql`'total'`, sql`NULL::text`, sql`NULL::text`],
  }[by];
  const r = await sql<PeriodFiguresRow>`
    SELECT ${cut[0]} AS key, ${cut[1]} AS name_zh, ${cut[2]} AS name_en,
      count(*)::int AS taken,
      count(*) FILTER (WHERE status = 'done')::int AS served,
      count(*) FILTER (WHERE status IN ('skipped', 'closed'))::int AS missed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM called_at - issued_at))::float8 AS wait_median,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - called_at)) FILTER (WHERE status = 'done'))::float8 AS service_median
    FROM queue_tickets
    WHERE day >= ${from} AND day <= ${to} ${regionCode ? sql`AND region_code = ${regionCode}` : sql``}
    GROUP BY 1 ORDER BY 1`.execute(db);
  return r.rows;
}

/** A place's tickets of a day, one page, with the total: the line first (priority, then oldest), then the rest by time taken. */
export async function findDayTickets(
  db: Executor,
  placeCode: string,
  day: string,
  f: { group?: string; status?: TicketRow['status']; page: number; pageSize: number },
): Promise<{ rows: TicketRow[]; total: number }> {
  let q = db.selectFrom('queue_tickets').where('place_code', '=', placeCode).where('day', '=', day);
  if (f.group) q = q.where('group_code', '=', f.group);
  if (f.status) q = q.where('status', '=', f.status);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy(sql`status = 'waiting'`, 'desc')
      .orderBy('priority', 'desc')
      .orderBy('line_at')
      .orderBy('seq')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Tickets still waiting or called from a hall day before `today`, oldest day first (the nightly close). */
export async function findStaleOpenIds(db: Executor, today: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('queue_tickets')
    .select('id')
    .where('status', 'in', ['waiting', 'called'])
    .where('day', '<', today)
    .orderBy('day')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function hasAnyTicket(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('queue_tickets').select('id').limit(1).executeTakeFirst());
}
