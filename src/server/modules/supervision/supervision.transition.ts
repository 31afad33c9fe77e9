import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { findOwnedFileIds } from '../../platform/files/files.repository';
import { runTransition, type Handler, type Machine } from '../../platform/workflow/engine';
import { ORDER_ERR } from './supervision.errors';
import { notifyAccepted, notifyAnswered, notifyReturned } from './supervision.notify';
import { authorizeOrder } from './supervision.policy';
import * as repo from './supervision.repository';
import type { OrderActionInput, OrderRef } from './supervision.schemas';
import { decideOrder, type GuardError, type OrderAction, type OrderFacts, type OrderStatus } from './supervision.state';

/**
 * A supervision order as a workflow record (docs/architecture.md, "The workflow engine"): the
 * engine runs the transaction — lock, authorise, version, rules, handler, store, chained event
 * (`supervision_order:<id>`), after-step; this file says how an order is locked, which facts its
 * rules read and what each action writes.
 */

interface OrderWorkflow {
  row: repo.OrderRow;
  status: OrderStatus;
  action: OrderAction;
  facts: OrderFacts;
  guardError: GuardError;
  target: OrderStatus;
  loaded: { facts: OrderFacts };
  request: { note?: string };
  patch: repo.OrderPatch;
  env: undefined;
  derived: undefined;
  ref: OrderRef;
  outcome: object;
}

const label = (zh: string, en: string) => ({ zh, en });

export const STATUS_LABELS: Record<OrderStatus, { zh: string; en: string }> = {
  open: label('待答复', 'awaiting the answer'),
  answered: label('已答复待审核', 'answered, awaiting review'),
  returned: label('已退回', 'sent back'),
  accepted: label('已办结', 'accepted'),
};

export const ACTION_LABELS: Record<OrderAction, { zh: string; en: string }> = {
  answer: label('答复', 'answer'),
  accept: label('办结', 'accept'),
  return: label('退回', 'send back'),
};

export const orderMachine: Machine<OrderWorkflow> = {
  kind: 'supervision_order',
  subjectType: 'supervision_order',
  lock: (trx, id) => repo.lockOrder(trx, id),
  notFound: ORDER_ERR.ORDER_NOT_FOUND,
  authorize: (actor, action, row) => authorizeOrder(actor, action, row),
  load: async ({ row, actor, request }) => ({
    facts: { noteGiven: !!request.note?.trim(), openerSide: actor.roles.includes(row.opener_role) },
  }),
  decide: decideOrder,
  resolve: ({ to }) => to,
  errors: ORDER_ERR,
  labels: { status: STATUS_LABELS, action: ACTION_LABELS },
  env: () => undefined,
  async store(trx, row, { to, patch, now }) {
    const full: repo.OrderPatch = { ...patch, status: to, updated_at: now };
    await repo.updateOrder(trx, row.id, row.version, full);
    return { row: { ...row, ...full, version: row.version + 1 } as repo.OrderRow, derived: undefined };
  },
  ref: (row) => ({ id: row.id, orderNo: row.order_no, status: row.status, version: row.version }),
};

/** What each action writes besides the status; the rule table has already allowed it. */
const HANDLERS: Record<OrderAction, Handler<OrderWorkflow, OrderActionInput>> = {
  answer: async ({ trx, row, actor, body, now }) => {
    const fileIds = [...new Set(body.fileIds)];
    const owned = await findOwnedFileIds(trx, actor.id, fileIds);
    if (owned.size !== fileIds.length) throw new AppError(ORDER_ERR.FILE_NOT_YOURS);
    const round = row.answer_rounds + 1;
    await repo.insertOrderFiles(trx, row.id, fileIds, round, now);
    const answer = body.note!.trim();
    return {
      patch: {
        answer,
        answered_at: now,
        answered_by_name: actor.displayName,
        first_answered_at: row.first_answered_at ?? now,
        answer_rounds: round,
      },
      event: { note: answer, round, files: fileIds, onTime: now.getTime() <= row.due_at.getTime() },
      after: (r) => notifyAnswered(trx, r),
    };
  },
  accept: async ({ trx, body, now }) => ({
    patch: { accepted_at: now, accept_note: body.note?.trim() || null, next_escalation_at: null },
    event: body.note?.trim() ? { note: body.note.trim() } : {},
    after: (r) => notifyAccepted(trx, r),
  }),
  return: async ({ trx, body, now }) => {
    const reason = body.note!.trim();
    return { patch: { return_reason: reason, returned_at: now }, event: { note: reason }, after: (r) => notifyReturned(trx, r, reason) };
  },
};

/** Takes one action on one order as `actor` (one transaction, through the engine). */
export function actOnOrder(ctx: AppContext, actor: Actor, id: string, action: OrderAction, body: OrderActionInput, now: Date): Promise<OrderRef> {
  return runTransition<OrderWorkflow, OrderActionInput>(ctx, orderMachine, { id, action, actor, body, now, note: body.note }, HANDLERS[action]);
}
