import { sql, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { GENESIS_HASH, hashLink, verifyLinks, type ChainLink, type ChainProblem } from './chain';
import type { Executor } from '../../db/executor';

export type { Executor } from '../../db/executor';

export interface NewEvent {
  chain: string;
  action: string;
  actorId?: string | null;
  actorName?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  regionCode?: string | null;
  data?: Record<string, unknown>;
  /** Defaults to now; fixed-date tests pass their own. */
  at?: Date;
  /**
   * The first event of a record this transaction created: its chain cannot exist yet, so the event
   * and the head are written without first looking for it (one statement for `appendEvent`, one
   * round trip fewer for `appendEvents`). Only a hint: a chain that does exist after all is locked
   * and followed as usual.
   */
  opensChain?: boolean;
}

type Head = { seq: number; hash: string };

/**
 * Chain heads a transaction holds locked, as it last left or read them: what `lockWithHead` read
 * with a record's row, and what each append in this file wrote. An append to a held chain hashes
 * onto the held head without locking and reading it again (docs/audit-chain.md). Every write to a
 * head goes through this file, so a held head is current; were it ever not, the head guard
 * (migration 0003) refuses the append rather than fork the chain.
 */
const heldHeads = new WeakMap<Transaction<DB>, Map<string, Head>>();

function holdHeads(trx: Transaction<DB>, heads: Iterable<[string, Head]>): void {
  let held = heldHeads.get(trx);
  if (!held) heldHeads.set(trx, (held = new Map()));
  for (const [chain, head] of heads) held.set(chain, head);
}

/** The columns a locking query of a record's row adds for its head (`h`, joined on the record's chain). */
export type JoinedHead = { head_seq__: string | number; head_hash__: string };
export const JOINED_HEAD_COLUMNS = ['h.seq as head_seq__', 'h.hash as head_hash__'] as const;

/** Tables of records whose events go on a chain of their own (`<kind>:<id>`). */
type ChainedTable = 'cases' | 'hotline_tickets' | 'queue_tickets';

/**
 * Locks a record's row (FOR UPDATE) and, in the same statement, its chain's head, which this
 * transaction then holds for the record's next event: a transition's lock and its event's head
 * lock are one round trip. The row is locked first (the order every transition takes them in).
 * A record whose chain has no head yet (a draft) is locked alone.
 */
export async function lockWithHead<T extends ChainedTable>(trx: Transaction<DB>, table: T, id: string, chain: string): Promise<Selectable<DB[T]> | undefined> {
  const joined = await sql<Selectable<DB[T]> & JoinedHead>`
    SELECT t.*, h.seq AS head_seq__, h.hash AS head_hash__
    FROM ${sql.table(table)} t JOIN chain_heads h ON h.chain = ${chain}
    WHERE t.id = ${id}
    FOR UPDATE`.execute(trx);
  const found = joined.rows[0];
  if (!found) {
    const alone = await sql<Selectable<DB[T]>>`SELECT * FROM ${sql.table(table)} WHERE id = ${id} FOR UPDATE`.execute(trx);
    return alone.rows[0];
  }
  return holdJoinedHead(trx, chain, found) as unknown as Selectable<DB[T]>;
}

/**
 * The row of a query that locked a record and its chain's head together (a record found by other
 * columns than its id: the ticket a window serves, the first of a line), without the head's
 * columns; the head is held for the transaction, as `lockWithHead` holds it.
 */
export function holdJoinedHead<R extends JoinedHead>(trx: Transaction<DB>, chain: string, joined: R): Omit<R, keyof JoinedHead> {
  const { head_seq__: seq, head_hash__: hash, ...row } = joined;
  holdHeads(trx, [[chain, { seq: Number(seq), hash }]]);
  return row;
}

/**
 * Appends one event to its chain. Must run inside the caller's transaction so the event commits
 * with the state change it records. Locks the chain head, so concurrent appends to one chain queue
 * up and every row links to the one before it.
 */
export async function appendEvent(trx: Transaction<DB>, e: NewEvent): Promise<{ seq: number; hash: string; createdAt: Date }> {
  return (e.opensChain && (await openChain(trx, e))) || (await appendEvents(trx, [e]))[0];
}

/**
 * A record's first event and its chain's head in one statement: the event at the genesis, and the
 * head created at it (docs/decisions.md D6; migration 0071 lets a head start at its chain's first
 * event). Nothing is written when the chain has a first event already (the hint was wrong): the
 * caller then appends as usual.
 */
async function openChain(trx: Transaction<DB>, e: NewEvent): Promise<{ seq: number; hash: string; createdAt: Date } | null> {
  const row = linkedRow(e, { seq: 0, hash: GENESIS_HASH });
  const opened = await trx
    .with('appended', (db) =>
      db
        .insertInto('events')
        .values({ ...row, data: JSON.stringify(row.data) })
        .onConflict((oc) => oc.columns(['chain', 'seq']).doNothing())
        .returning(['chain', 'seq', 'hash']),
    )
    .insertInto('chain_heads')
    .columns(['chain', 'seq', 'hash'])
    .expression((db) => db.selectFrom('appended').select(['chain', 'seq', 'hash']))
    .returning('chain')
    .execute();
  if (!opened.length) return null;
  holdHeads(trx, [[row.chain, { seq: row.seq, hash: row.hash }]]);
  return { seq: row.seq, hash: row.hash, createdAt: row.created_at };
}

/**
 * Appends many events in a handful of statements whatever their number (a job that changes
 * thousands of records): lock every head in one query (in chain order, so two bulk appends cannot
 * deadlock; missing heads are created first), hash in memory, then per round one statement that
 * inserts the events and advances their heads. A round holds at most one event per chain, because a head may only advance to the
 * event appended right after it (migration 0003's guard). Results come back in input order.
 */
export async function appendEvents(trx: Transaction<DB>, events: readonly NewEvent[]): Promise<Array<{ seq: number; hash: string; createdAt: Date }>> {
  if (events.length === 0) return [];
  const rounds: number[][] = [];
  const perChain = new Map<string, number>();
  events.forEach((e, i) => {
    const k = perChain.get(e.chain) ?? 0;
    perChain.set(e.chain, k + 1);
    (rounds[k] ??= []).push(i);
  });
  const chains = [...perChain.keys()].sort();
  const lockHeads = (of: string[]) =>
    trx.selectFrom('chain_heads').select(['chain', 'seq', 'hash']).where('chain', 'in', of).orderBy('chain').forUpdate().execute();
  const opening = new Set(events.filter((e) => e.opensChain).map((e) => e.chain));
  const held = heldHeads.get(trx);
  const existing = chains.filter((c) => !opening.has(c) && !held?.has(c));
  const locked = existing.length ? await lockHeads(existing) : [];
  for (const c of chains) {
    const h = held?.get(c);
    if (h) locked.push({ chain: c, ...h });
  }
  // A record's first event starts its chain at the genesis (one more round trip, once per record).
  // A head this transaction inserts is its own until commit (nobody else sees it, and a concurrent
  // insert of the same chain waits on it), so only a chain another transaction created meanwhile
  // (or one wrongly said to open) needs locking again.
  const have = new Set(locked.map((h) => h.chain));
  const fresh = chains.filter((c) => !have.has(c));
  if (fresh.length) {
    const created = await trx
      .insertInto('chain_heads')
      .values(fresh.map((chain) => ({ chain, seq: 0, hash: GENESIS_HASH })))
      .onConflict((oc) => oc.column('chain').doNothing())
      .returning(['chain', 'seq', 'hash'])
      .execute();
    locked.push(...created);
    const mine = new Set(created.map((h) => h.chain));
    const raced = fresh.filter((c) => !mine.has(c));
    if (raced.length) locked.push(...(await lockHeads(raced)));
  }
  const heads = new Map(locked.map((h) => [h.chain, { seq: Number(h.seq), hash: h.hash }]));
  const out: Array<{ seq: number; hash: string; createdAt: Date }> = [];
  for (const round of rounds) {
    const rows = round.map((i) => {
      const e = events[i];
      const row = linkedRow(e, heads.get(e.chain)!);
      heads.set(e.chain, { seq: row.seq, hash: row.hash });
      out[i] = { seq: row.seq, hash: row.hash, createdAt: row.created_at };
      return { ...row, data: JSON.stringify(row.data) };
    });
    // One round trip: the events and their heads (the head guard sees the rows the CTE inserted).
    await trx
      .with('appended', (db) => db.insertInto('events').values(rows).returning(['chain', 'seq', 'hash']))
      .updateTable('chain_heads')
      .from('appended')
      .set((eb) => ({ seq: eb.ref('appended.seq'), hash: eb.ref('appended.hash') }))
      .whereRef('chain_heads.chain', '=', 'appended.chain')
      .execute();
  }
  holdHeads(trx, heads);
  return out;
}

/** The event row that follows `head` on its chain, hashed with `hashLink` (its data still an object). */
function linkedRow(e: NewEvent, head: { seq: number; hash: string }) {
  const link: ChainLink = {
    chain: e.chain,
    seq: head.seq + 1,
    prevHash: head.hash,
    action: e.action,
    actorId: e.actorId ?? null,
    actorName: e.actorName ?? null,
    subjectType: e.subjectType ?? null,
    subjectId: e.subjectId ?? null,
    regionCode: e.regionCode ?? null,
    data: e.data ?? {},
    createdAt: e.at ?? new Date(),
  };
  return {
    chain: link.chain,
    seq: link.seq,
    prev_hash: link.prevHash,
    hash: hashLink(link),
    action: link.action,
    actor_id: link.actorId,
    actor_name: link.actorName,
    subject_type: link.subjectType,
    subject_id: link.subjectId,
    region_code: link.regionCode,
    data: link.data,
    created_at: link.createdAt,
  };
}

/**
 * Appends the whole history of chains that start in this transaction (a bulk load such as `tongban
 * simulate`): the same rows `appendEvents` writes — each hashed with `hashLink` onto the one before,
 * from the genesis — in fewer and lighter statements: the heads created at the genesis in one
 * INSERT, every event in one INSERT (the rows as one JSON parameter), then one UPDATE per round that
 * advances each head by one to its next event, as the head guard allows (migration 0003). Events
 * of one chain come in order; a chain that exists already makes the head INSERT fail.
 */
export async function appendNewChains(trx: Transaction<DB>, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const heads = new Map<string, { seq: number; hash: string }>();
  const rows = events.map((e) => {
    const row = linkedRow(e, heads.get(e.chain) ?? { seq: 0, hash: GENESIS_HASH });
    heads.set(e.chain, { seq: row.seq, hash: row.hash });
    return row;
  });
  const chains = [...heads.keys()];
  await sql`INSERT INTO chain_heads (chain, seq, hash) SELECT c, 0, ${GENESIS_HASH} FROM unnest(${chains}::text[]) c`.execute(trx);
  await sql`
    INSERT INTO events (chain, seq, prev_hash, hash, action, actor_id, actor_name, subject_type, subject_id, region_code, data, created_at)
    SELECT chain, seq, prev_hash, hash, action, actor_id, actor_name, subject_type, subject_id, region_code, data, created_at
    FROM jsonb_populate_recordset(NULL::events, ${JSON.stringify(rows)}::jsonb)`.execute(trx);
  // Round r advances the heads of the chains that have an r-th event (shorter lists as chains end).
  const byRound: string[][] = [];
  for (const [chain, head] of heads) for (let r = 0; r < head.seq; r++) (byRound[r] ??= []).push(chain);
  for (const [r, of] of byRound.entries()) {
    await sql`
      UPDATE chain_heads h SET seq = e.seq, hash = e.hash
      FROM events e
      WHERE h.chain = ANY(${of}::text[]) AND e.chain = h.chain AND e.seq = ${r + 1}`.execute(trx);
  }
}

export interface EventRow {
  id: number;
  chain: string;
  seq: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  subjectType: string | null;
  subjectId: string | null;
  regionCode: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  hash: string;
}

/** Events of one chain in order. */
export async function findChainEvents(db: Executor, chain: string): Promise<EventRow[]> {
  const rows = await db.selectFrom('events').selectAll().where('chain', '=', chain).orderBy('seq').execute();
  return rows.map(toEventRow);
}

export interface EventFilter {
  chain?: string;
  action?: string;
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  /** Only events of this region (district staff); null or absent for every region. */
  regionCode?: string | null;
  page: number;
  pageSize: number;
}

/** A page of events, newest first, with the total that match. */
export async function findEvents(db: Executor, f: EventFilter): Promise<{ items: EventRow[]; total: number }> {
  let q = db.selectFrom('events');
  if (f.chain) q = q.where('chain', '=', f.chain);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.subjectType) q = q.where('subject_type', '=', f.subjectType);
  if (f.subjectId) q = q.where('subject_id', '=', f.subjectId);
  if (f.from) q = q.where('created_at', '>=', f.from);
  if (f.to) q = q.where('created_at', '<', f.to);
  if (f.regionCode) q = q.where('region_code', '=', f.regionCode);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toEventRow), total: count.n };
}

/** Recomputes one chain from its rows and reports every altered, unlinked or missing row. */
export async function verifyChain(db: Executor, chain: string): Promise<{ chain: string; rows: number; problems: ChainProblem[] }> {
  const rows = await db.selectFrom('events').selectAll().where('chain', '=', chain).orderBy('seq').execute();
  const head = await db.selectFrom('chain_heads').select(['seq', 'hash']).where('chain', '=', chain).executeTakeFirst();
  const links = rows.map((r) => ({
    chain: r.chain,
    seq: Number(r.seq),
    prevHash: r.prev_hash,
    hash: r.hash,
    action: r.action,
    actorId: r.actor_id,
    actorName: r.actor_name,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    regionCode: r.region_code,
    data: r.data,
    createdAt: new Date(r.created_at),
  }));
  return { chain, rows: rows.length, problems: verifyLinks(links, head ? { seq: Number(head.seq), hash: head.hash } : null) };
}

/** Every chain name — from the heads and from the events, so rows whose head is gone are verified too. */
export async function findChains(db: Executor): Promise<string[]> {
  const r = await sql<{ chain: string }>`SELECT chain FROM chain_heads UNION SELECT DISTINCT chain FROM events ORDER BY chain`.execute(db);
  return r.rows.map((x) => x.chain);
}

/**
 * The records that must have a chain, by chain key: every submitted case (`case:<id>`) and every
 * live 12345 ticket (`ticket:<id>`; bulk-loaded demo history has none). A record here without a
 * chain head means its events were erased.
 */
const CHAINED_RECORDS = sql`
  SELECT 'case:' || id::text AS chain, region_code FROM cases WHERE case_no IS NOT NULL
  UNION ALL
  SELECT 'ticket:' || id::text, region_code FROM hotline_tickets WHERE origin = 'live'`;

/** Chains that records (of one region, when given) say should exist but that have no head or no events. */
export async function findMissingChains(db: Executor, regionCode: string | null = null): Promise<string[]> {
  const r = await sql<{ chain: string }>`
    SELECT x.chain FROM (${CHAINED_RECORDS}) x
    WHERE (${regionCode}::text IS NULL OR x.region_code = ${regionCode})
      AND NOT EXISTS (SELECT 1 FROM chain_heads h WHERE h.chain = x.chain AND h.seq > 0)
    ORDER BY x.chain`.execute(db);
  return r.rows.map((x) => x.chain);
}

/** Chains whose every event belongs to `regionCode` (what a district may verify). */
export async function findChainsOfRegion(db: Executor, regionCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('events')
    .select('chain')
    .groupBy('chain')
    .having(sql<boolean>`bool_and(region_code IS NOT DISTINCT FROM ${regionCode})`)
    .orderBy('chain')
    .execute();
  return rows.map((r) => r.chain);
}

function toEventRow(r: {
  id: number;
  chain: string;
  seq: number;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  subject_type: string | null;
  subject_id: string | null;
  region_code: string | null;
  data: Record<string, unknown>;
  created_at: Date;
  hash: string;
}): EventRow {
  return {
    id: Number(r.id),
    chain: r.chain,
    seq: Number(r.seq),
    action: r.action,
    actorId: r.actor_id,
    actorName: r.actor_name,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    regionCode: r.region_code,
    data: r.data,
    createdAt: new Date(r.created_at),
    hash: r.hash,
  };
}
