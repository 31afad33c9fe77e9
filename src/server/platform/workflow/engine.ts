import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../audit/events.repository';
import type { Actor, Role } from '../auth/roles';
import type { WorkCalendar } from '../calendar/work-calendar';
import { AppError, ERR, type ErrorDef, type ErrorParams } from '../errors';
import type { Decision } from './rules';

/**
 * The one transition runner (docs/architecture.md, "The workflow engine"). Every stateful record
 * — a case, a 12345 ticket, and each module after them — changes the same way, in one
 * transaction: lock the row → authorise with the module's policy → check the version the caller
 * saw → load the facts → ask the rule table → run the action's handler (validation and the
 * writes specific to it) → resolve the target → store the new status with the module's derived
 * columns → append the event to the record's hash chain → the handler's after-step (notifications,
 * jobs and webhooks queued in the same transaction: the outbox commits with the change or not at
 * all). A module describes its record once, as a `Machine`; it never writes this sequence again.
 */

/** The columns every workflow record has. */
export interface WorkflowRow {
  id: string;
  status: string;
  version: number;
  region_code: string;
}

/** The types one module plugs into the engine, named once. */
export interface WorkflowTypes {
  row: WorkflowRow;
  status: string;
  action: string;
  /** What the rule table's guards read. */
  facts: unknown;
  guardError: string;
  /** A rule's target: a status, or a module's placeholder resolved after the handler ('resume', 'join'). */
  target: unknown;
  /** What the runner loads under the lock for the rules and the handler; `facts` feeds the table. */
  loaded: { facts: unknown };
  /** Fields a request carries besides id, action, actor, body and time. */
  request: object;
  /** The module's update: columns of its row. */
  patch: object;
  /** What `store` needs besides the row and the change (a case's item and calendar, for its clock). */
  env: unknown;
  /** What `store` computes besides the row (a case's four lines), handed to the after-step. */
  derived: unknown;
  /** What a caller gets back. */
  ref: unknown;
  /** What a handler may return besides the common outcome fields. */
  outcome: object;
}

export type Label = { zh: string; en: string };

export interface Machine<W extends WorkflowTypes> {
  /** Names the record in its events: chain `<kind>:<id>`, action `<kind>.<action>`. */
  kind: string;
  /** The audit subject type. */
  subjectType: string;
  lock(trx: Transaction<DB>, id: string): Promise<W['row'] | undefined>;
  notFound: ErrorDef;
  /** Scope and role, with the module's declarative policy; throws FORBIDDEN / NOT_FOUND. */
  authorize(actor: Actor, action: W['action'], row: W['row']): void;
  load(a: { ctx: AppContext; trx: Transaction<DB>; row: W['row']; actor: Actor; action: W['action']; request: W['request'] }): Promise<W['loaded']>;
  decide(status: W['status'], action: W['action'], roles: readonly Role[], facts: W['loaded']['facts']): Decision<W['status'], W['guardError'], W['target']>;
  /** The status a decided target ends in, once the handler has run. */
  resolve(a: { to: W['target']; row: W['row']; loaded: W['loaded']; outcome: Outcome<W> }): W['status'];
  /** Errors for refusals: INVALID_TRANSITION and each guard error, from the module's error table. */
  errors: Readonly<Record<string, ErrorDef>>;
  labels: { status: Readonly<Record<W['status'], Label>>; action: Readonly<Record<W['action'], Label>> };
  /** Message parameters of a guard error (a count of missing materials …). */
  guardParams?(error: W['guardError'], facts: W['loaded']['facts']): ErrorParams;
  /** Writes the change with the module's derived columns, checking the version; returns the stored row. */
  store(
    trx: Transaction<DB>,
    row: W['row'],
    change: { action: string; to: W['status']; patch: W['patch']; now: Date; env: W['env'] },
  ): Promise<{ row: W['row']; derived: W['derived'] }>;
  /** The runner's `env` for `store`, from what it loaded. */
  env(a: { loaded: W['loaded']; cal: WorkCalendar }): W['env'];
  ref(row: W['row']): W['ref'];
}

export type Outcome<W extends WorkflowTypes> = {
  patch?: W['patch'];
  /** Extra data for the event (reasons, departments, delivery …). */
  event?: Record<string, unknown>;
  /** Runs once the row is stored, inside the transaction: notifications, jobs, children. */
  after?: (row: W['row'], derived: W['derived']) => Promise<void>;
  /** A second change in the same transaction (approve a 退单 and dispatch again); its result is returned. */
  next?: (row: W['row']) => Promise<W['ref']>;
} & Partial<W['outcome']>;

export type HandlerArgs<W extends WorkflowTypes, B> = {
  ctx: AppContext;
  trx: Transaction<DB>;
  row: W['row'];
  actor: Actor;
  body: B;
  now: Date;
  cal: WorkCalendar;
  /** The decided target, before resolution. */
  to: W['target'];
} & W['loaded'];

export type Handler<W extends WorkflowTypes, B> = (a: HandlerArgs<W, B>) => Promise<Outcome<W>>;

export type Request<W extends WorkflowTypes, B> = {
  id: string;
  action: W['action'];
  actor: Actor;
  body: B;
  now: Date;
  /**
   * The row, when the caller has locked it (FOR UPDATE) in this transaction already — a queue's
   * call picks its ticket with SKIP LOCKED — so the runner does not lock it again.
   */
  locked?: W['row'];
} & W['request'];

/** A change decided elsewhere (by the table, a job, a master record), ready to store. */
export interface Change<W extends WorkflowTypes> {
  /** The event action, `<kind>.<action>` for table actions; jobs name their own. */
  action: string;
  to: W['status'];
  patch: W['patch'];
  event: Record<string, unknown>;
  now: Date;
  actorId: string | null;
  actorName: string;
  env: W['env'];
  after?: (row: W['row'], derived: W['derived']) => Promise<void>;
}

/** The system (jobs, seeds) as an event author. */
export const SYSTEM_NAME = '系统 / system';

/** The refusal error for a failed decision, in the module's words. */
export function refusal<W extends WorkflowTypes>(
  m: Machine<W>,
  d: Exclude<Decision<W['status'], W['guardError'], W['target']>, { ok: true }>,
  status: W['status'],
  action: W['action'],
  facts: W['loaded']['facts'],
): AppError {
  if (d.error === 'FORBIDDEN') return new AppError(ERR.FORBIDDEN, {}, { action });
  if (d.error === 'INVALID_TRANSITION') {
    const s = m.labels.status[status];
    const a = m.labels.action[action];
    return new AppError(
      m.errors.INVALID_TRANSITION,
      { status: s.zh, statusEn: s.en, action: a.zh, actionEn: a.en },
      { status, action, allowedFrom: 'allowedFrom' in d ? d.allowedFrom : undefined },
    );
  }
  const def = m.errors[d.error];
  if (!def) throw new Error(`${m.kind}: guard error ${d.error} has no entry in the module's error table`);
  return new AppError(def, m.guardParams?.(d.error as W['guardError'], facts) ?? {});
}

/** Runs one action on one record for a signed-in actor, in a transaction of its own. */
export async function runTransition<W extends WorkflowTypes, B extends { version: number }>(
  ctx: AppContext,
  m: Machine<W>,
  req: Request<W, B>,
  handler: Handler<W, B>,
): Promise<W['ref']> {
  // Before the transaction: inside it only `trx` may touch the database (PGlite has one session).
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute((trx) => runTransitionIn(ctx, trx, cal, m, req, handler));
}

/**
 * Runs one action inside the caller's transaction: what several records changed together use (a
 * "一件事" withdrawn with every member case), so that all change or none does.
 */
export async function runTransitionIn<W extends WorkflowTypes, B extends { version: number }>(
  ctx: AppContext,
  trx: Transaction<DB>,
  cal: WorkCalendar,
  m: Machine<W>,
  req: Request<W, B>,
  handler: Handler<W, B>,
): Promise<W['ref']> {
  const { id, action, actor, body, now } = req;
  const row = req.locked ?? (await m.lock(trx, id));
  if (!row) throw new AppError(m.notFound);
  m.authorize(actor, action, row);
  if (row.version !== body.version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: row.version });
  const status = row.status as W['status'];
  const loaded = await m.load({ ctx, trx, row, actor, action, request: req });
  const decision = m.decide(status, action, actor.roles, loaded.facts);
  if (!decision.ok) throw refusal(m, decision, status, action, loaded.facts);
  const outcome = await handler({ ctx, trx, row, actor, body, now, cal, to: decision.to, ...loaded } as HandlerArgs<W, B>);
  const to = m.resolve({ to: decision.to, row, loaded, outcome });
  let stored: W['row'] | undefined;
  const ref = await commit(trx, m, row, {
    action: `${m.kind}.${action}`,
    to,
    patch: outcome.patch ?? ({} as W['patch']),
    event: outcome.event ?? {},
    now,
    actorId: actor.id,
    actorName: actor.displayName,
    env: m.env({ loaded, cal }),
    after: async (r, derived) => {
      stored = r;
      if (outcome.after) await outcome.after(r, derived);
    },
  });
  return outcome.next && stored ? outcome.next(stored) : ref;
}

/**
 * Stores a change — from the runner above, or decided by a job or a master record — and appends
 * its event to the record's chain, then runs the after-step, all inside the caller's transaction.
 */
export async function commit<W extends WorkflowTypes>(trx: Transaction<DB>, m: Machine<W>, row: W['row'], c: Change<W>): Promise<W['ref']> {
  const { row: stored, derived } = await m.store(trx, row, { action: c.action, to: c.to, patch: c.patch, now: c.now, env: c.env });
  await appendEvent(trx, {
    chain: `${m.kind}:${row.id}`,
    action: c.action,
    actorId: c.actorId,
    actorName: c.actorName,
    subjectType: m.subjectType,
    subjectId: row.id,
    regionCode: row.region_code,
    data: { from: row.status, to: c.to, version: stored.version, ...c.event },
    at: c.now,
  });
  if (c.after) await c.after(stored, derived);
  return m.ref(stored);
}
