import { randomInt } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { commit, SYSTEM_NAME } from '../../platform/workflow/engine';
import type { NotificationOutcome } from '../../db/tables/payments';
import { formatYuan } from '../../../shared/payments/money';
import { RECEIPT_CODE_ALPHABET, RECEIPT_CODE_LENGTH } from '../../../shared/payments/payments.enums';
import { gatewaysOf } from './payments.gateway';
import { paymentMachine } from './payments.machine';
import { notifyPayer } from './payments.notify';
import * as repo from './payments.repository';

/**
 * The gateway's asynchronous notification (`POST /api/v1/payments/notify/{gateway}`, docs/decisions.md
 * D30). The gateway's adapter checks the signature; then, under the order's row lock, the payment
 * is confirmed exactly once per gateway transaction: a repeat of an accepted notification is
 * answered SUCCESS and changes nothing; a notification whose amount is not the order's is refused;
 * a payment for an order no longer payable (already paid by another transaction, waived,
 * cancelled) is recorded and acknowledged, and the day's reconciliation lists it for a refund.
 * Every notification is kept as it came (`payment_notifications`), and every refusal is an event
 * on the `payments` chain and a warning in the log. The confirmation issues the electronic
 * receipt: its number and verification code are stored with the paid order, on the order's chain.
 */

export const PAYMENTS_CHAIN = 'payments';

export interface NotifyAnswer {
  status: number;
  body: { code: 'SUCCESS' | 'FAIL'; message: string };
}

const SUCCESS = (message: string): NotifyAnswer => ({ status: 200, body: { code: 'SUCCESS', message } });
const FAIL = (message: string): NotifyAnswer => ({ status: 400, body: { code: 'FAIL', message } });

function receiptCode(): string {
  return Array.from({ length: RECEIPT_CODE_LENGTH }, () => RECEIPT_CODE_ALPHABET[randomInt(RECEIPT_CODE_ALPHABET.length)]).join('');
}

async function refuse(
  ctx: AppContext,
  trx: Transaction<DB>,
  n: {
    gateway: string;
    tradeNo: string | null;
    orderNo: string | null;
    amountFen: number | null;
    outcome: NotificationOutcome;
    body: Record<string, unknown>;
    now: Date;
  },
  extra: Record<string, unknown> = {},
): Promise<void> {
  await repo.insertNotification(trx, { ...n, at: n.now });
  await appendEvent(trx, {
    chain: PAYMENTS_CHAIN,
    action: 'payments.notification_rejected',
    actorId: null,
    actorName: `${SYSTEM_NAME} (${n.gateway})`,
    subjectType: 'payment_notification',
    subjectId: n.orderNo,
    data: { gateway: n.gateway, reason: n.outcome, tradeNo: n.tradeNo, orderNo: n.orderNo, amountFen: n.amountFen, ...extra },
    at: n.now,
  });
  ctx.log.warn({ gateway: n.gateway, outcome: n.outcome, tradeNo: n.tradeNo, orderNo: n.orderNo }, 'payment notification refused');
}

/** Handles one notification as the gateway posted it and says how to answer it. */
export async function handleNotification(ctx: AppContext, gatewayCode: string, body: unknown, now: Date): Promise<NotifyAnswer> {
  const raw = (body && typeof body === 'object' ? body : { body }) as Record<string, unknown>;
  const gateway = gatewaysOf(ctx).get(gatewayCode);
  if (!gateway) return FAIL(`unknown gateway ${gatewayCode}`);
  const check = gateway.checkNotification(body);
  return ctx.db.transaction().execute(async (trx): Promise<NotifyAnswer> => {
    if (!check.ok) {
      await refuse(ctx, trx, {
        gateway: gateway.code,
        tradeNo: check.tradeNo,
        orderNo: check.outTradeNo,
        amountFen: null,
        outcome: check.reason,
        body: raw,
        now,
      });
      return FAIL(check.reason === 'bad_signature' ? 'signature does not verify' : 'malformed notification');
    }
    const base = { gateway: gateway.code, tradeNo: check.tradeNo, orderNo: check.outTradeNo, amountFen: check.amountFen, body: raw, now };
    const row = await repo.lockOrderByNo(trx, check.outTradeNo);
    if (!row) {
      await refuse(ctx, trx, { ...base, outcome: 'unknown_order' });
      return FAIL('unknown order');
    }
    if (row.gateway === gateway.code && row.trade_no === check.tradeNo && row.paid_at) {
      await repo.insertNotification(trx, { ...base, outcome: 'duplicate', at: now });
      return SUCCESS('already confirmed');
    }
    if (row.status !== 'pending') {
      // Money the order no longer wants (paid twice, or after a waiver or cancellation): acknowledged so
      // the gateway stops retrying, recorded, and listed by the reconciliation for a refund.
      await refuse(ctx, trx, { ...base, outcome: 'not_payable' }, { status: row.status });
      return SUCCESS('recorded; the order is not payable');
    }
    if (check.amountFen !== row.amount_fen) {
      await refuse(ctx, trx, { ...base, outcome: 'wrong_amount' }, { expectedFen: row.amount_fen });
      return FAIL('amount does not match the order');
    }
    const receiptNo = await repo.nextReceiptNo(trx, Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4)));
    const code = receiptCode();
    await commit(trx, paymentMachine, row, {
      action: 'payment_order.paid',
      to: 'paid',
      patch: {
        gateway: gateway.code,
        trade_no: check.tradeNo,
        paid_at: check.paidAt,
        paid_fen: check.amountFen,
        receipt_no: receiptNo,
        receipt_code: code,
        receipt_issued_at: now,
      },
      event: { gateway: gateway.code, tradeNo: check.tradeNo, amountFen: check.amountFen, paidAt: check.paidAt.toISOString(), receiptNo },
      now,
      actorId: null,
      actorName: `${SYSTEM_NAME} (${gateway.code})`,
      env: undefined,
      after: (stored) => notifyPayer(trx, stored, 'payment.paid', { amount: formatYuan(check.amountFen), receiptNo, receiptCode: code }),
    });
    await repo.insertNotification(trx, { ...base, outcome: 'accepted', at: now });
    return SUCCESS('confirmed');
  });
}
