import { AppError, ERR } from '../../platform/errors';
import type { Machine } from '../../platform/workflow/engine';
import type { PaymentAction, PaymentStatus, WaiverCategory } from '../../../shared/payments/payments.enums';
import { PAYMENT_ERR } from './payments.errors';
import { authorizePayment } from './payments.policy';
import * as repo from './payments.repository';
import { decidePayment, type PaymentFacts, type PaymentGuardError, type PaymentTarget } from './payments.state';

/**
 * A payment order as a record of the workflow engine (docs/decisions.md D30): the engine locks the
 * row, authorises with the module's policy, checks the version, asks the rule table
 * (payments.state.ts), runs the action's handler, stores the change and appends the event to the
 * order's chain `payment_order:<id>`. The gateway's confirmation and the cancellation are stored
 * with the engine's `commit` on the same chain.
 */

export interface PaymentWorkflow {
  row: repo.OrderRow;
  status: PaymentStatus;
  action: PaymentAction;
  facts: PaymentFacts;
  guardError: PaymentGuardError;
  target: PaymentTarget;
  loaded: { facts: PaymentFacts };
  request: { waiveCategory?: WaiverCategory };
  patch: repo.OrderPatch;
  env: undefined;
  derived: undefined;
  ref: { id: string; status: PaymentStatus; version: number };
  outcome: object;
}

/** Fen left on the order's lines once `category`'s waiver is applied to the lines that allow it. */
export function afterWaiver(row: repo.OrderRow, category: WaiverCategory | undefined): number {
  return row.lines.reduce((sum, l) => sum + (category && l.waivable.includes(category) ? 0 : l.dueFen), 0);
}

/** What the rule table's guards read. */
export function factsOf(row: repo.OrderRow, category?: WaiverCategory): PaymentFacts {
  return { amountFen: row.amount_fen, waived: !!row.waiver, afterWaiverFen: afterWaiver(row, category) };
}

const label = (zh: string, en: string) => ({ zh, en });

export const STATUS_LABELS: Record<PaymentStatus, { zh: string; en: string }> = {
  pending: label('待缴费', 'awaiting payment'),
  paid: label('已缴费', 'paid'),
  waived: label('已减免', 'waived'),
  refunded: label('已退费', 'refunded'),
  cancelled: label('已撤销', 'cancelled'),
};

export const paymentMachine: Machine<PaymentWorkflow> = {
  kind: 'payment_order',
  subjectType: 'payment_order',
  lock: (trx, id) => repo.lockOrder(trx, id),
  notFound: PAYMENT_ERR.PAYMENT_NOT_FOUND,
  authorize: (actor, action, row) => authorizePayment(actor, action, row),
  load: async ({ row, request }) => ({ facts: factsOf(row, (request as PaymentWorkflow['request']).waiveCategory) }),
  decide: decidePayment,
  resolve: ({ to }) => to,
  errors: PAYMENT_ERR,
  labels: {
    status: STATUS_LABELS,
    action: { checkout: label('发起支付', 'start a payment'), waive: label('减免', 'waive'), refund: label('退费', 'refund') },
  },
  env: () => undefined,
  async store(trx, row, c) {
    if (!(await repo.updateOrder(trx, row.id, row.version, { ...c.patch, status: c.to }, c.now))) throw new AppError(ERR.VERSION_CONFLICT);
    const stored = (await repo.findOrder(trx, row.id))!;
    return { row: stored, derived: undefined };
  },
  ref: (row) => ({ id: row.id, status: row.status, version: row.version }),
};
