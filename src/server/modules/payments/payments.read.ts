import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import { AppError, type Lang } from '../../platform/errors';
import { maskResidentId } from '../../platform/ids/resident-id';
import type { casePaymentResponse, paymentOrderSchema } from '../../../shared/payments/payments.schemas';
import { PAYMENT_ACTIONS, type ChargePoint, type PaymentAction, type PaymentStatus, type WaiverCategory } from '../../../shared/payments/payments.enums';
import { authorizeCaseRead, findCaseFacts, type CaseChargeChange } from '../cases';
import { getPublishedItem } from '../catalog';
import { PAYMENT_ERR } from './payments.errors';
import { factsOf } from './payments.machine';
import { authorizePayment, mayTake } from './payments.policy';
import * as repo from './payments.repository';
import { decidePayment } from './payments.state';

/** Reading payment orders: by case (for the case page) and by id, for the payer and the staff who reach them (docs/decisions.md D30). */

export type PaymentOrderView = z.output<typeof paymentOrderSchema>;

/** What the caller may do with the order now: the rule table and the policy together. */
function actionsFor(actor: Actor, row: repo.OrderRow): PaymentAction[] {
  return PAYMENT_ACTIONS.filter((a) => {
    if (!mayTake(actor, a, row)) return false;
    // A waiver's target depends on the category; any category the lines allow will do for the button.
    const category = row.lines.flatMap((l) => l.waivable)[0] as WaiverCategory | undefined;
    if (a === 'waive' && !category) return false;
    return decidePayment(row.status as PaymentStatus, a, actor.roles, factsOf(row, category)).ok;
  });
}

/** The order as the API shows it: the payer's ID masked, amounts in fen, the receipt's addresses. */
export async function toView(ctx: AppContext, row: repo.OrderRow, actor: Actor, now: Date): Promise<PaymentOrderView> {
  const dept = await repo.findDepartmentName(ctx.db, row.department_code);
  return {
    id: row.id,
    orderNo: row.order_no,
    caseId: row.case_id,
    caseNo: row.case_no,
    itemCode: row.item_code,
    itemName: row.item_name,
    departmentCode: row.department_code,
    departmentName: dept.zh,
    status: row.status as PaymentStatus,
    version: row.version,
    chargePoint: row.charge_point,
    payer: { name: row.payer_name, idNumber: row.payer_id_type === 'resident_id' ? maskResidentId(row.payer_id_number) : row.payer_id_number },
    lines: row.lines.map((l) => ({
      ...l,
      waivable: l.waivable as WaiverCategory[],
      waiver: l.waiver && { category: l.waiver.category as WaiverCategory, text: l.waiver.text },
    })),
    grossFen: row.gross_fen,
    waivedFen: row.waived_fen,
    amountFen: row.amount_fen,
    waiver: row.waiver && { category: row.waiver.category as WaiverCategory, evidence: row.waiver.evidence, by: row.waiver.by, at: new Date(row.waiver.at) },
    dueAt: row.due_at,
    overdue: row.status === 'pending' && now.getTime() > row.due_at.getTime(),
    gateway: row.gateway,
    tradeNo: row.trade_no,
    paidAt: row.paid_at,
    paidFen: row.paid_fen,
    refund:
      row.refunded_at && row.refund_no
        ? { amountFen: row.refund_fen ?? 0, reason: row.refund_reason ?? '', at: row.refunded_at, by: row.refunded_by ?? '', refundNo: row.refund_no }
        : null,
    receipt:
      row.receipt_no && row.receipt_code && row.receipt_issued_at
        ? {
            number: row.receipt_no,
            code: row.receipt_code,
            issuedAt: row.receipt_issued_at,
            pdfUrl: `/api/v1/payments/${row.id}/receipt.pdf`,
            verifyUrl: `${ctx.config.publicUrl}/verify/receipt?code=${row.receipt_code}`,
          }
        : null,
    blocksIssue: row.status === 'pending',
    actions: actionsFor(actor, row),
    createdAt: row.created_at,
  };
}

/** One order, for whoever reaches it. */
export async function getPaymentOrder(ctx: AppContext, actor: Actor, id: string, now: Date): Promise<PaymentOrderView> {
  const row = await repo.findOrder(ctx.db, id);
  if (!row) throw new AppError(PAYMENT_ERR.PAYMENT_NOT_FOUND);
  authorizePayment(actor, 'payment.view', row);
  return toView(ctx, row, actor, now);
}

/** A case's payment: whether its item charges, where, and the order once the charging point was reached. */
export async function getCasePayment(ctx: AppContext, actor: Actor, caseId: string, now: Date, _lang: Lang): Promise<z.output<typeof casePaymentResponse>> {
  await authorizeCaseRead(ctx.db, actor, caseId);
  const row = await repo.findOrderOfCase(ctx.db, caseId);
  if (row) return { charged: true, chargePoint: row.charge_point, order: await toView(ctx, row, actor, now) };
  // Before the charging point: whether the item charges, from its published version.
  const facts = await findCaseFacts(ctx.db, caseId);
  const item = facts ? await getPublishedItem(ctx.db, facts.itemCode).catch(() => null) : null;
  const fee: CaseChargeChange['fee'] | undefined = item?.fee;
  return { charged: !!fee?.charged, chargePoint: fee?.charged ? ((fee.chargeAt ?? 'acceptance') as ChargePoint) : null, order: null };
}
