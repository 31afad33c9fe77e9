/** The closed lists of payments (便民缴费, docs/domain.md S21; docs/decisions.md D30), zod-free for the web bundle. */

/**
 * A payment order's statuses: `pending` until the gateway confirms, `paid`, `waived` (减免 left
 * nothing to pay), `refunded` (退费), `cancelled` (the case ended before anything was paid).
 */
export const PAYMENT_STATUSES = ['pending', 'paid', 'waived', 'refunded', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * What people do to an order through the rule table: start a payment at the gateway (the payer or
 * a window clerk), apply a waiver (减免, staff of the item's department or the window) and refund
 * (退费, staff). `paid` and `cancelled` are recorded by the system (the gateway's notification,
 * the case's end) through the engine's `commit`, so they are not table actions.
 */
export const PAYMENT_ACTIONS = ['checkout', 'waive', 'refund'] as const;
export type PaymentAction = (typeof PAYMENT_ACTIONS)[number];

/** Where a case of a fee-charging item is charged: at acceptance (受理时缴费) or once decided, before the result is issued (出件前缴费). */
export const CHARGE_POINTS = ['acceptance', 'before_issue'] as const;
export type ChargePoint = (typeof CHARGE_POINTS)[number];

/**
 * Applicant categories a fee line can exempt (减免), as the fee standards name them:
 * 城乡居民最低生活保障对象 (subsistence allowance), 特困人员 (extreme poverty support),
 * 小微企业（含个体工商户） (small and micro enterprises, sole traders included).
 */
export const WAIVER_CATEGORIES = ['subsistence_allowance', 'extreme_poverty', 'small_micro_enterprise'] as const;
export type WaiverCategory = (typeof WAIVER_CATEGORIES)[number];

/** Gateways the platform knows by code: the local one ships with it; a deployment adds its own adapter. */
export const LOCAL_GATEWAY = 'local';

/** How a reconciliation line differs from the gateway's statement. */
export const MISMATCH_KINDS = ['missing_at_gateway', 'missing_here', 'amount_differs', 'refund_missing_at_gateway', 'refund_missing_here'] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

/** Why a receipt does or does not verify. */
export const RECEIPT_VERDICTS = ['valid', 'refunded', 'unknown'] as const;
export type ReceiptVerdict = (typeof RECEIPT_VERDICTS)[number];

/** The receipt verification code's alphabet: no 0/O, 1/I, so it can be typed from paper. */
export const RECEIPT_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const RECEIPT_CODE_LENGTH = 10;
