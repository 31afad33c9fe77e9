import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { queueNotification } from '../../platform/notifications/notify';
import { defineTemplates } from '../../platform/notifications/templates';
import { formatYuan } from '../../../shared/payments/money';
import type { OrderRow } from './payments.repository';

/** Messages of payments: the order to pay, the payment confirmed with its receipt, the waiver and the refund. */
export const PAYMENT_MSG = defineTemplates({
  'payment.due': {
    titleZh: '缴费通知',
    titleEn: 'Fee to pay',
    zh: '您的办件 {caseNo}（{itemName}）需缴纳 {amount} 元，缴款单号 {orderNo}，请于 {dueDate} 前在“我的办件”中在线缴费或到窗口缴费。',
    en: 'Case {caseNo} ({itemName}) has CNY {amount} to pay (order {orderNo}); pay online under My cases or at a window by {dueDate}.',
  },
  'payment.paid': {
    titleZh: '缴费成功',
    titleEn: 'Payment received',
    zh: '已收到办件 {caseNo} 的缴费 {amount} 元，电子票据号 {receiptNo}，校验码 {receiptCode}。',
    en: 'CNY {amount} received for case {caseNo}; e-receipt {receiptNo}, verification code {receiptCode}.',
  },
  'payment.waived': {
    titleZh: '费用已减免',
    titleEn: 'Fee waived',
    zh: '办件 {caseNo} 的费用已按规定减免，尚需缴纳 {amount} 元。',
    en: 'The fee of case {caseNo} has been waived as the standard allows; CNY {amount} is left to pay.',
  },
  'payment.refunded': {
    titleZh: '费用已退还',
    titleEn: 'Fee refunded',
    zh: '办件 {caseNo} 已退费 {amount} 元，原路退回，原因：{reason}。',
    en: 'CNY {amount} of case {caseNo} has been refunded to the way it was paid. Reason: {reason}.',
  },
});

export type PaymentTemplate = keyof typeof PAYMENT_MSG;

/** Tells the payer in-app and by SMS (their account's mobile), inside the change's transaction. */
export async function notifyPayer(trx: Transaction<DB>, row: OrderRow, template: PaymentTemplate, params: Record<string, string | number> = {}): Promise<void> {
  if (!row.applicant_user_id) return;
  await queueNotification(trx, {
    userId: row.applicant_user_id,
    channels: ['inapp', 'sms'],
    template,
    params: { caseNo: row.case_no ?? '', itemName: row.item_name, orderNo: row.order_no, amount: formatYuan(row.amount_fen), ...params },
    subjectType: 'payment_order',
    subjectId: row.id,
  });
}
