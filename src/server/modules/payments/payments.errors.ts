import { defineErrors } from '../../platform/errors';

/** Error codes of payments, in both languages (docs/decisions.md D30). */
export const PAYMENT_ERR = defineErrors({
  PAYMENT_NOT_FOUND: { kind: 'not_found', zh: '未找到该缴款单', en: 'Payment order not found' },
  INVALID_TRANSITION: {
    kind: 'rule',
    zh: '缴款单当前状态为“{status}”，不能{action}',
    en: 'The payment order is “{statusEn}”; “{actionEn}” is not possible now',
  },
  NOTHING_TO_PAY: { kind: 'rule', zh: '该缴款单无需缴费', en: 'Nothing is left to pay on this order' },
  WAIVER_NOT_APPLICABLE: {
    kind: 'rule',
    zh: '本事项的收费标准对“{category}”没有减免规定',
    en: 'The item’s fee standard has no waiver for “{categoryEn}”',
  },
  WAIVER_ALREADY_APPLIED: { kind: 'rule', zh: '该缴款单已适用减免', en: 'A waiver has already been applied to this order' },
  NOT_REFUNDABLE: { kind: 'rule', zh: '只有已缴费的缴款单可以退费', en: 'Only a paid order can be refunded' },
  GATEWAY_UNAVAILABLE: {
    kind: 'unavailable',
    zh: '支付渠道暂不可用，请稍后再试或到窗口缴费',
    en: 'The payment gateway is not available; try again later or pay at a window',
  },
  GATEWAY_UNKNOWN: { kind: 'not_found', zh: '未配置支付渠道 {gateway}', en: 'No payment gateway {gateway} is configured' },
  GATEWAY_REFUSED: { kind: 'rule', zh: '支付渠道拒绝了请求：{reason}', en: 'The payment gateway refused: {reason}' },
  TRADE_NOT_FOUND: { kind: 'not_found', zh: '未找到该支付交易', en: 'No such payment transaction' },
  TRADE_NOT_PAYABLE: { kind: 'rule', zh: '该交易已支付、已关闭或已过期', en: 'This transaction is already paid, closed or expired' },
  RECEIPT_NOT_ISSUED: { kind: 'not_found', zh: '该缴款单尚未开具电子票据', en: 'No receipt has been issued for this order' },
  RANGE_TOO_LONG: {
    kind: 'bad_input',
    zh: '查询范围最长 {days} 天，且结束日期不能早于开始日期',
    en: 'The range must be at most {days} days and end on or after its start',
  },
  DAY_NOT_OVER: { kind: 'rule', zh: '{date} 尚未结束，不能对账', en: '{date} is not over yet; it cannot be reconciled' },
});
