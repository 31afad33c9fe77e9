import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError, ERR } from '../../platform/errors';
import { HOTLINE_ERR } from './hotline.errors';
import { hotlinePolicy, ticketRecord } from './hotline.policy';
import { ACTION_LABELS, STATUS_LABELS } from './tickets.labels';
import * as repo from './tickets.repository';
import { decideTransition, OPEN_STATUSES, type Satisfaction, type TicketAction, type TicketFacts, type TicketStatus } from './tickets.state';
import { lightAt } from './tickets.clock';

/**
 * The one way a ticket changes. Each action is one transaction: lock the row, check scope and
 * role, check the version the caller saw, ask the state table, let the action's handler validate
 * its input and write what is specific to it, then store the new status and light and append the
 * event to the ticket's hash chain; notifications and jobs queued by the handler commit with it.
 */

export interface TicketRef {
  id: string;
  ticketNo: string;
  status: TicketStatus;
  version: number;
}

export interface ActionCtx<B> {
  ctx: AppContext;
  trx: Transaction<DB>;
  row: repo.TicketRow;
  /** Assignments of the current round that still count (not withdrawn, not an approved return). */
  current: repo.AssignmentRow[];
  mine: repo.AssignmentRow | null;
  actor: Actor;
  body: B;
  now: Date;
  cal: WorkCalendar;
  to: TicketStatus;
}

export interface ActionOutcome {
  patch?: repo.TicketPatch;
  /** Extra data for the event (reasons, departments, satisfaction …). */
  event?: Record<string, unknown>;
  /** Runs after the row is stored, inside the transaction: notifications, children of a merge. */
  after?: (row: repo.TicketRow) => Promise<void>;
  /** A second change in the same transaction (approve a 退单 and dispatch again); its result is returned. */
  next?: (row: repo.TicketRow) => Promise<TicketRef>;
}

export type ActionHandler<B> = (a: ActionCtx<B>) => Promise<ActionOutcome>;

/** The system (jobs, seeds) as an event author. */
export const SYSTEM_NAME = '系统 / system';

/** Assignments that still count in the ticket's current round. */
export function currentAssignments(row: Pick<repo.TicketRow, 'reopened_count'>, all: readonly repo.AssignmentRow[]): repo.AssignmentRow[] {
  return all.filter((a) => a.round === row.reopened_count + 1 && a.status !== 'withdrawn' && a.return_decision !== 'approved');
}

/** What the state table needs to know about this ticket and actor. */
export function factsFor(row: repo.TicketRow, current: readonly repo.AssignmentRow[], actor: Actor, extra: { simpleDispatch?: boolean; visit?: TicketFacts['visit'] } = {}): TicketFacts {
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

function refusal(error: string, status: TicketStatus, action: TicketAction, allowedFrom?: TicketStatus[]): AppError {
  if (error === 'FORBIDDEN') return new AppError(ERR.FORBIDDEN, {}, { action });
  if (error === 'INVALID_TRANSITION') {
    return new AppError(
      HOTLINE_ERR.INVALID_TRANSITION,
      { status: STATUS_LABELS[status].zh, statusEn: STATUS_LABELS[status].en, action: ACTION_LABELS[action].zh, actionEn: ACTION_LABELS[action].en },
      { status, action, allowedFrom },
    );
  }
  return new AppError(HOTLINE_ERR[error as keyof typeof HOTLINE_ERR]);
}

export interface ActionRequest<B> {
  ticketId: string;
  action: TicketAction;
  actor: Actor;
  body: B;
  now: Date;
  /** Facts only the action knows before its handler runs (an agent's dispatch, a return visit). */
  facts?: (row: repo.TicketRow, trx: Transaction<DB>) => Promise<{ simpleDispatch?: boolean; visit?: { satisfaction: Satisfaction; resolved: boolean } }>;
}

/** Runs one action on one ticket for a signed-in actor. */
export async function runAction<B extends { version: number }>(ctx: AppContext, req: ActionRequest<B>, handler: ActionHandler<B>): Promise<TicketRef> {
  const { ticketId, action, actor, body, now } = req;
  // Before the transaction: on PGlite a second connection inside it would wait for itself.
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockTicket(trx, ticketId);
    if (!row) throw new AppError(HOTLINE_ERR.TICKET_NOT_FOUND);
    authorize(actor, hotlinePolicy, action, ticketRecord(row));
    if (row.version !== body.version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: row.version });
    const [all, extra] = await Promise.all([repo.findAssignments(trx, ticketId), req.facts ? req.facts(row, trx) : Promise.resolve({})]);
    const current = currentAssignments(row, all);
    const status = row.status;
    const decision = decideTransition(status, action, actor.roles, factsFor(row, current, actor, extra));
    if (!decision.ok) throw refusal(decision.error, status, action, 'allowedFrom' in decision ? decision.allowedFrom : undefined);
    const mine = (actor.departmentCode && current.find((a) => a.department_code === actor.departmentCode)) || null;
    const outcome = await handler({ ctx, trx, row, current, mine, actor, body, now, cal, to: decision.to });
    let stored: repo.TicketRow | undefined;
    const ref = await applyChange(trx, row, {
      action: `ticket.${action}`,
      to: decision.to,
      patch: outcome.patch ?? {},
      event: outcome.event ?? {},
      now,
      actorId: actor.id,
      actorName: actor.displayName,
      after: async (r) => {
        stored = r;
        if (outcome.after) await outcome.after(r);
      },
    });
    return outcome.next && stored ? outcome.next(stored) : ref;
  });
}

/**
 * Stores a change decided elsewhere (by the table above, by a job, by a master ticket): status,
 * light, version, event. The light is recomputed from the stored lines; it freezes once the
 * ticket leaves the open statuses.
 */
export async function applyChange(
  trx: Transaction<DB>,
  row: repo.TicketRow,
  c: { action: string; to: TicketStatus; patch: repo.TicketPatch; event: Record<string, unknown>; now: Date; actorId: string | null; actorName: string; after?: ActionOutcome['after'] },
): Promise<TicketRef> {
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
  const version = row.version + 1;
  await repo.updateTicket(trx, row.id, row.version, patch);
  await appendEvent(trx, {
    chain: `ticket:${row.id}`,
    action: c.action,
    actorId: c.actorId,
    actorName: c.actorName,
    subjectType: 'hotline_ticket',
    subjectId: row.id,
    regionCode: row.region_code,
    data: { from: row.status, to: c.to, version, ...c.event },
    at: c.now,
  });
  const after = { ...merged, ...patch, version } as repo.TicketRow;
  if (c.after) await c.after(after);
  return { id: row.id, ticketNo: row.ticket_no, status: c.to, version };
}
