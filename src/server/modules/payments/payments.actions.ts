import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import { refusal, runTransition } from '../../platform/workflow/engine';
import { formatYuan } from '../../../shared/payments/money';
import type { PaymentStatus, WaiverCategory } from '../../../shared/payments/payments.enums';
import { checkoutGateway, gatewayByCode } from './payments.gateway';
import { PAYMENT_ERR } from './payments.errors';
import { WAIVER_LABELS } from './payments.labels';
import { factsOf, paymentMachine, type PaymentWorkflow } from './payments.machine';
import { notifyPayer } from './payments.notify';
import { authorizePayment } from './payments.policy';
import * as repo from './payments.repository';
import { decidePayment } from './payments.state';

/**
 * Starting a payment, waivers and refunds, through the workflow engine (docs/decisions.md D30).
 * A gateway is another system: it is called outside the order's transaction (on PGlite the one
 * session is the transaction's), after the rule table has said yes, and what it answered is then
 * stored through the engine. A gateway that answered but whose answer could not be stored (someone
 * changed the order meanwhile) leaves nothing lost: a second checkout gets the same gateway
 * transaction back, and a refund the platform did not record shows in the day's reconciliation.
 */

/** Reads, authorises and asks the table before a gateway is called, so a refused action never reaches it. */
async function precheck(ctx: AppContext, actor: Actor, id: string, action: 'checkout' | 'refund', version: number): Promise<repo.OrderRow> {
  const row = await repo.findOrder(ctx.db, id);
  if (!row) throw new AppError(PAYMENT_ERR.PAYMENT_NOT_FOUND);
  authorizePayment(actor, action, row);
  const d = decidePayment(row.status as PaymentStatus, action, actor.roles, factsOf(row));
  if (!d.ok) throw refusal(paymentMachine, d, row.status as PaymentStatus, action, factsOf(row));
  if (row.version !== version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: row.version });
  return row;
}

/** 发起支付: opens (or reopens) a payment at the configured gateway and records its transaction on the order. */
export async function checkoutOrder(ctx: AppContext, actor: Actor, id: string, body: { version: number }, now: Date) {
  const row = await precheck(ctx, actor, id, 'checkout', body.version);
  const gateway = checkoutGateway(ctx);
  const dept = await repo.findDepartmentName(ctx.db, row.department_code);
  const expiresAt = new Date(Math.min(now.getTime() + ctx.config.paymentCheckoutMinutes * 60_000, Math.max(row.due_at.getTime(), now.getTime() + 5 * 60_000)));
  const created = await gateway.createPayment({
    outTradeNo: row.order_no,
    amountFen: row.amount_fen,
    subject: `${row.item_name}（${row.case_no ?? row.order_no}）`,
    merchant: dept.zh,
    notifyUrl: `${ctx.config.publicUrl}/api/v1/payments/notify/${gateway.code}`,
    expiresAt,
    now,
  });
  const ref = await runTransition<PaymentWorkflow, { version: number }>(ctx, paymentMachine, { id, action: 'checkout', actor, body, now }, async () => ({
    patch: { gateway: gateway.code, trade_no: created.tradeNo },
    event: { gateway: gateway.code, tradeNo: created.tradeNo, amountFen: row.amount_fen, expiresAt: created.expiresAt.toISOString() },
  }));
  return {
    orderId: ref.id,
    version: ref.version,
    gateway: gateway.code,
    tradeNo: created.tradeNo,
    amountFen: row.amount_fen,
    cashierUrl: created.cashierUrl,
    qrContent: created.qrContent,
    expiresAt: created.expiresAt,
  };
}

/**
 * 减免: staff apply a waiver the fee standard allows to the lines that allow it, with the evidence
 * they checked (the certificate and its number). Nothing left to pay ends the order as `waived`,
 * which lets the case's result be issued.
 */
export async function waiveOrder(ctx: AppContext, actor: Actor, id: string, body: { version: number; category: WaiverCategory; evidence: string }, now: Date) {
  return runTransition<PaymentWorkflow, typeof body>(
    ctx,
    paymentMachine,
    { id, action: 'waive', actor, body, now, waiveCategory: body.category },
    async ({ trx, row }) => {
      const label = WAIVER_LABELS[body.category];
      if (!row.lines.some((l) => l.waivable.includes(body.category)))
        throw new AppError(PAYMENT_ERR.WAIVER_NOT_APPLICABLE, { category: label.zh, categoryEn: label.en });
      const lines = row.lines.map((l) => (l.waivable.includes(body.category) ? { ...l, waiver: { category: body.category, text: label.zh }, dueFen: 0 } : l));
      const amount = lines.reduce((s, l) => s + l.dueFen, 0);
      const waiver = { category: body.category, evidence: body.evidence, by: actor.displayName, byId: actor.id, at: now.toISOString() };
      return {
        patch: { lines: JSON.stringify(lines), amount_fen: amount, waived_fen: row.gross_fen - amount, waiver: JSON.stringify(waiver) },
        event: { category: body.category, evidence: body.evidence, waivedFen: row.gross_fen - amount, amountFen: amount },
        after: (stored) => notifyPayer(trx, stored, 'payment.waived', { amount: formatYuan(amount) }),
      };
    },
  );
}

/** 退费: staff refund a paid order in full through the gateway it was paid at, with the reason. */
export async function refundOrder(ctx: AppContext, actor: Actor, id: string, body: { version: number; reason: string }, now: Date) {
  const row = await precheck(ctx, actor, id, 'refund', body.version);
  if (!row.gateway || !row.trade_no || row.paid_fen === null) throw new AppError(PAYMENT_ERR.NOT_REFUNDABLE);
  const gateway = gatewayByCode(ctx, row.gateway);
  const refundNo = `TK${row.order_no.slice(2)}`;
  await gateway.refund({ outTradeNo: row.order_no, tradeNo: row.trade_no, refundNo, amountFen: row.paid_fen, reason: body.reason, now });
  return runTransition<PaymentWorkflow, typeof body>(ctx, paymentMachine, { id, action: 'refund', actor, body, now }, async ({ trx }) => ({
    patch: { refund_fen: row.paid_fen, refund_no: refundNo, refund_reason: body.reason, refunded_by: actor.displayName, refunded_at: now },
    event: { refundNo, amountFen: row.paid_fen, reason: body.reason, gateway: row.gateway },
    after: (stored) => notifyPayer(trx, stored, 'payment.refunded', { amount: formatYuan(row.paid_fen ?? 0), reason: body.reason }),
  }));
}
