import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/types';
import { authorize } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import { commit, runTransition, type HandlerArgs, type Machine, type Outcome } from '../../../platform/workflow/engine';
import { HOTLINE_ERR } from '../hotline.errors';
import { hotlinePolicy, ticketRecord } from '../hotline.policy';
import { ACTION_LABELS, STATUS_LABELS } from './tickets.labels';
import * as repo from './tickets.repository';
import { decideTransition, OPEN_STATUSES, type GuardError, type Satisfaction, type TicketAction, type TicketFacts, type TicketStatus } from './tickets.state';
import { lightAt } from './tickets.clock';

export { SYSTEM_NAME } from '../../../platform/workflow/engine';

/**
 * A 12345 ticket as a workflow record (docs/architecture.md, "The workflow engine"): the engine
 * runs the transaction; this file says how a ticket is locked, which facts its rules read (the
 * actor's department's assignment in the current round) and how its light is stored with each change.
 */

export interface TicketRef {
  id: string;
  ticketNo: string;
  status: TicketStatus;
  version: number;
}

interface TicketLoaded {
  facts: TicketFacts;
  /** Assignments of the current round that still count (not withdrawn, not an approved return). */
  current: repo.AssignmentRow[];
  mine: repo.AssignmentRow | null;
}

type ExtraFacts = { simpleDispatch?: boolean; visit?: { satisfaction: Satisfaction; resolved: boolean } };

interface TicketWorkflow {
  row: repo.TicketRow;
  status: TicketStatus;
  action: TicketAction;
  facts: TicketFacts;
  guardError: GuardError;
  target: TicketStatus;
  loaded: TicketLoaded;
  /** Facts only the action knows before its handler runs (an agent's dispatch, a return visit). */
  request: { facts?: (row: repo.TicketRow, trx: Transaction<DB>) => Promise<ExtraFacts> };
  patch: repo.TicketPatch;
  env: undefined;
  derived: undefined;
  ref: TicketRef;
  outcome: object;
}

export type ActionCtx<B> = HandlerArgs<TicketWorkflow, B>;
export type ActionOutcome = Outcome<TicketWorkflow>;
export type ActionHandler<B> = (a: ActionCtx<B>) => Promise<ActionOutcome>;

/** Assignments that still count in the ticket's current round. */
export function currentAssignments(row: Pick<repo.TicketRow, 'reopened_count'>, all: readonly repo.AssignmentRow[]): repo.AssignmentRow[] {
  return all.filter((a) => a.round === row.reopened_count + 1 && a.status !== 'withdrawn' && a.return_decision !== 'approved');
}

/** What the state table needs to know about this ticket and actor. */
export function factsFor(row: repo.TicketRow, current: readonly repo.AssignmentRow[], actor: Actor, extra: ExtraFacts = {}): TicketFacts {
  const mine = actor.departmentCode ? current.find((a) => a.department_code === actor.departmentCode) : undefined;
  return {
    mine: mine ? { role: mine.role, status: mine.status } : null,
    extensionPending: !!row.extension,
    simpleDispatch: extra.simpleDispatch ?? false,
    resumeStatus: row.resume_status,
    reopenedCount: row.reopened_count,
    visit: extra.visit ?? null,
  };
}

const ticketMachine: Machine<TicketWorkflow> = {
  kind: 'ticket',
  subjectType: 'hotline_ticket',
  lock: (trx, id) => repo.lockTicket(trx, id),
  notFound: HOTLINE_ERR.TICKET_NOT_FOUND,
  authorize: (actor, action, row) => authorize(actor, hotlinePolicy, action, ticketRecord(row)),
  async load({ trx, row, actor, request }) {
    const [all, extra] = await Promise.all([repo.findAssignments(trx, row.id), request.facts ? request.facts(row, trx) : Promise.resolve({})]);
    const current = currentAssignments(row, all);
    const mine = (actor.departmentCode && current.find((a) => a.department_code === actor.departmentCode)) || null;
    return { facts: factsFor(row, current, actor, extra), current, mine };
  },
  decide: decideTransition,
  resolve: ({ to }) => to,
  errors: HOTLINE_ERR,
  labels: { status: STATUS_LABELS, action: ACTION_LABELS },
  env: () => undefined,
  async store(trx, row, c) {
    const merged = { ...row, ...c.patch, status: c.to } as repo.TicketRow;
    const open = OPEN_STATUSES.includes(c.to);
    const l = lightAt(c.now, new Date(merged.warn_at), new Date(merged.due_at));
    const patch: repo.TicketPatch = {
      ...c.patch,
      status: c.to,
      updated_at: c.now,
      // The light freezes when the clock stops (reply, close, merge) and keeps that value after.
      light: open || OPEN_STATUSES.includes(row.status) ? l.light : row.light,
      light_next_at: open ? l.nextAt : null,
    };
    if (c.to === 'closed' && row.status !== 'closed') patch.closed_at = c.now;
    await repo.updateTicket(trx, row.id, row.version, patch);
    return { row: { ...merged, ...patch, version: row.version + 1 } as repo.TicketRow, derived: undefined };
  },
  ref: (row) => ({ id: row.id, ticketNo: row.ticket_no, status: row.status, version: row.version }),
};

export interface ActionRequest<B> {
  ticketId: string;
  action: TicketAction;
  actor: Actor;
  body: B;
  now: Date;
  facts?: TicketWorkflow['request']['facts'];
}

/** Runs one action on one ticket for a signed-in actor. */
export function runAction<B extends { version: number }>(ctx: AppContext, req: ActionRequest<B>, handler: ActionHandler<B>): Promise<TicketRef> {
  const { ticketId, ...rest } = req;
  return runTransition<TicketWorkflow, B>(ctx, ticketMachine, { id: ticketId, ...rest }, handler);
}

/**
 * Stores a change decided elsewhere (by the table above, by a job, by a master ticket): status,
 * light, version, event. The light is recomputed from the stored lines; it freezes once the
 * ticket leaves the open statuses.
 */
export function applyChange(
  trx: Transaction<DB>,
  row: repo.TicketRow,
  c: {
    action: string;
    to: TicketStatus;
    patch: repo.TicketPatch;
    event: Record<string, unknown>;
    now: Date;
    actorId: string | null;
    actorName: string;
    after?: (row: repo.TicketRow) => Promise<void>;
  },
): Promise<TicketRef> {
  return commit(trx, ticketMachine, row, { ...c, env: undefined });
}
