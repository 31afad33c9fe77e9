import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { commit, SYSTEM_NAME } from '../../platform/workflow/engine';
import type { PaymentLineColumn } from '../../db/tables/payments';
import { yuanToFen } from '../../../shared/payments/money';
import type { ChargePoint } from '../../../shared/payments/payments.enums';
import type { CaseChargeChange, CaseCharging } from '../cases';
import { paymentMachine } from './payments.machine';
import { notifyPayer } from './payments.notify';
import * as repo from './payments.repository';

/**
 * Payment orders opened at a case's charging point (docs/decisions.md D30): the cases module tells
 * this module of every change of a fee-charging item's case inside the change's transaction
 * (`CaseCharging`, plugged in by src/server/modules.ts). At the item's charging point — acceptance
 * unless the item says `fee.chargeAt: 'before_issue'`, which charges once the case is decided and
 * approved — one order is made from the item's fee lines, each in fen with its standard, basis and
 * the waivers its standard allows, due in TONGBAN_PAYMENT_DUE_WORKDAYS working days; the payer is
 * told. A case that ends without a result (not accepted, withdrawn, returned, denied) cancels an
 * order nothing was paid on. The issue guard asks `outstanding`.
 */

/** Where the item charges; acceptance when it does not say. */
export function chargePointOf(fee: CaseChargeChange['fee']): ChargePoint {
  return fee.chargeAt ?? 'acceptance';
}

/** Whether this change brings the case to its charging point. */
export function reachesChargePoint(c: CaseChargeChange): boolean {
  if (chargePointOf(c.fee) === 'acceptance') return c.to === 'accepted' && (c.from === 'submitted' || c.from === 'prechecked');
  return c.to === 'completed' && c.decision === 'approved';
}

/** Whether the case ended without a result to charge for. */
export function endsUncharged(c: CaseChargeChange): boolean {
  return c.to === 'not_accepted' || c.to === 'withdrawn' || c.to === 'returned' || (c.to === 'completed' && c.decision === 'denied');
}

/** The order's lines from the item's fee items, amounts in fen. */
export function linesOf(fee: CaseChargeChange['fee']): PaymentLineColumn[] {
  return (fee.items ?? []).map((f) => {
    const amountFen = yuanToFen(f.amountYuan);
    return { name: f.name, standard: f.standard, basis: f.basis, amountFen, waivable: f.waiverFor ?? [], waiver: null, dueFen: amountFen };
  });
}

async function openOrder(ctx: AppContext, trx: Transaction<DB>, c: CaseChargeChange): Promise<void> {
  if (await repo.findOrderOfCase(trx, c.caseId)) return;
  const lines = linesOf(c.fee);
  if (lines.length === 0) return;
  const gross = lines.reduce((s, l) => s + l.amountFen, 0);
  const due = c.cal.deadlineAfter(c.now, ctx.config.paymentDueWorkdays);
  const row = await repo.insertOrder(trx, {
    order_no: await repo.nextOrderNo(trx, toShanghaiDate(c.now)),
    case_id: c.caseId,
    case_no: c.caseNo,
    item_code: c.itemCode,
    item_name: c.itemName,
    department_code: c.departmentCode,
    region_code: c.regionCode,
    applicant_user_id: c.applicant.userId,
    payer_name: c.applicant.name,
    payer_id_type: c.applicant.idType,
    payer_id_number: c.applicant.idNumber,
    charge_point: chargePointOf(c.fee),
    lines: JSON.stringify(lines),
    gross_fen: gross,
    amount_fen: gross,
    due_at: due.due,
    created_at: c.now,
    updated_at: c.now,
  });
  await appendEvent(trx, {
    chain: `payment_order:${row.id}`,
    action: 'payment_order.created',
    actorId: null,
    actorName: SYSTEM_NAME,
    subjectType: 'payment_order',
    subjectId: row.id,
    regionCode: row.region_code,
    data: {
      to: 'pending',
      version: 1,
      orderNo: row.order_no,
      caseId: c.caseId,
      caseNo: c.caseNo,
      chargePoint: row.charge_point,
      amountFen: gross,
      lines: lines.map((l) => ({ name: l.name, amountFen: l.amountFen, basis: l.basis })),
      dueDate: due.dueDate,
    },
    at: c.now,
  });
  await notifyPayer(trx, row, 'payment.due', { dueDate: due.dueDate });
}

async function cancelOrder(trx: Transaction<DB>, c: CaseChargeChange): Promise<void> {
  const row = await repo.lockOrderOfCase(trx, c.caseId);
  if (!row || row.status !== 'pending') return;
  await commit(trx, paymentMachine, row, {
    action: 'payment_order.cancelled',
    to: 'cancelled',
    patch: {},
    event: { caseStatus: c.to },
    now: c.now,
    actorId: null,
    actorName: SYSTEM_NAME,
    env: undefined,
  });
}

/** The cases module's charging side, implemented by this module. */
export const paymentsCharging: CaseCharging = {
  async onCaseChanged(ctx, trx, c) {
    if (reachesChargePoint(c)) await openOrder(ctx, trx, c);
    else if (endsUncharged(c)) await cancelOrder(trx, c);
  },
  async outstanding(db, caseId) {
    const row = await repo.findOrderOfCase(db, caseId);
    return row && row.status === 'pending' ? { orderNo: row.order_no, amountFen: row.amount_fen } : null;
  },
};
