import { sql, type Insertable } from 'kysely';
import type { HotlineAssignmentsTable, HotlineCallsTable, HotlineEmergencyTransfersTable, HotlineTicketsTable } from '../../db/tables/hotline';
import type { UsersTable } from '../../db/tables/platform';
import type { Executor } from './tickets/tickets.repository';

/** Bulk SQL for the demo seed: thousands of historical rows in a few statements. */

/** Rows per INSERT: PostgreSQL allows 65,535 parameters per statement and a ticket has ~60 columns. */
const CHUNK = 400;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insert(rows.slice(i, i + CHUNK));
    // PGlite runs in this thread: between chunks, let the event loop answer pages and health checks.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Whether demo tickets were seeded already. */
export async function hasDemoTickets(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('hotline_tickets').select('id').where('origin', '=', 'demo').limit(1).executeTakeFirst());
}

/** `n` numbers from the ticket sequence in one round trip. */
export async function reserveTicketSeq(db: Executor, n: number): Promise<number[]> {
  const r = await sql<{ n: number }>`SELECT nextval('hotline_ticket_seq')::int AS n FROM generate_series(1, ${n})`.execute(db);
  return r.rows.map((x) => x.n).sort((a, b) => a - b);
}

/** Inserts tickets in chunks. */
export async function insertTicketsBulk(db: Executor, rows: Insertable<HotlineTicketsTable>[]): Promise<void> {
  await insertChunked(rows, (c) => db.insertInto('hotline_tickets').values(c).execute());
}

/** Inserts assignments in chunks. */
export async function insertAssignmentsBulk(db: Executor, rows: Insertable<HotlineAssignmentsTable>[]): Promise<void> {
  await insertChunked(rows, (c) => db.insertInto('hotline_assignments').values(c).execute());
}

/** Inserts calls in chunks. */
export async function insertCallsBulk(db: Executor, rows: Insertable<HotlineCallsTable>[]): Promise<void> {
  await insertChunked(rows, (c) => db.insertInto('hotline_calls').values(c).execute());
}

/** Inserts emergency transfers in chunks. */
export async function insertEmergencyTransfersBulk(db: Executor, rows: Insertable<HotlineEmergencyTransfersTable>[]): Promise<void> {
  await insertChunked(rows, (c) => db.insertInto('hotline_emergency_transfers').values(c).execute());
}

/** Inserts accounts whose username is new. */
export async function insertUsersIfMissing(db: Executor, rows: Insertable<UsersTable>[]): Promise<void> {
  if (rows.length)
    await db
      .insertInto('users')
      .values(rows)
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
}

/** Ids, departments and regions of active users with a role, by username. */
export async function findUsersByName(db: Executor, usernames: readonly string[]) {
  if (!usernames.length) return [];
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'roles', 'department_code', 'region_code'])
    .where('username', 'in', [...usernames])
    .execute();
}
