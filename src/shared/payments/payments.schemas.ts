import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  CHARGE_POINTS,
  MISMATCH_KINDS,
  PAYMENT_ACTIONS,
  PAYMENT_STATUSES,
  RECEIPT_CODE_ALPHABET,
  RECEIPT_CODE_LENGTH,
  RECEIPT_VERDICTS,
  WAIVER_CATEGORIES,
} from './payments.enums';

/** Zod schemas of the payments API (便民缴费, docs/domain.md S21; docs/decisions.md D30). Amounts are integer fen. */

export * from './payments.enums';

const fen = z.number().int().min(0);
const isoDate = z.string().refine((v) => isIsoDate(v) && v >= '2000-01-01' && v <= '2099-12-31', 'a date YYYY-MM-DD (2000–2099) / 日期 YYYY-MM-DD');

export const paymentLineSchema = z.object({
  name: z.string(),
  standard: z.string(),
  basis: z.string(),
  /** The line's amount before any waiver. */
  amountFen: fen,
  /** The waiver applied to this line, when one was. */
  waiver: z.object({ category: z.enum(WAIVER_CATEGORIES), text: z.string() }).nullable(),
  /** What is left to pay on this line. */
  dueFen: fen,
  /** Categories this line's fee standard exempts (the waivers that could be applied). */
  waivable: z.array(z.enum(WAIVER_CATEGORIES)),
});

export const paymentOrderSchema = z.object({
  id: z.uuid(),
  orderNo: z.string().meta({ description: '缴款单号, JF + date + serial' }),
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  itemCode: z.string(),
  itemName: z.string(),
  departmentCode: z.string(),
  departmentName: z.string().meta({ description: 'The payee (执收单位): the item’s department' }),
  status: z.enum(PAYMENT_STATUSES),
  version: z.number().int(),
  chargePoint: z.enum(CHARGE_POINTS),
  payer: z.object({ name: z.string(), idNumber: z.string().meta({ description: 'Masked' }) }),
  lines: z.array(paymentLineSchema),
  grossFen: fen,
  waivedFen: fen,
  amountFen: fen.meta({ description: 'What the payer pays: gross less waivers' }),
  waiver: z
    .object({ category: z.enum(WAIVER_CATEGORIES), evidence: z.string(), by: z.string(), at: z.date() })
    .nullable()
    .meta({ description: 'The waiver applied (减免), with the evidence the clerk checked' }),
  dueAt: z.date().meta({ description: 'Pay by (缴款期限)' }),
  overdue: z.boolean(),
  gateway: z.string().nullable(),
  tradeNo: z.string().nullable().meta({ description: 'The gateway’s transaction id once a payment was started' }),
  paidAt: z.date().nullable(),
  paidFen: fen.nullable(),
  refund: z.object({ amountFen: fen, reason: z.string(), at: z.date(), by: z.string(), refundNo: z.string() }).nullable(),
  receipt: z
    .object({ number: z.string(), code: z.string(), issuedAt: z.date(), pdfUrl: z.string(), verifyUrl: z.string() })
    .nullable()
    .meta({ description: 'The electronic receipt (财政电子票据-style), once paid' }),
  blocksIssue: z.boolean().meta({ description: 'True while the order stands in the way of issuing the case’s result' }),
  actions: z.array(z.enum(PAYMENT_ACTIONS)).meta({ description: 'What the caller may do now' }),
  createdAt: z.date(),
});

export const casePaymentResponse = z.object({
  charged: z.boolean().meta({ description: 'The case’s item charges fees' }),
  chargePoint: z.enum(CHARGE_POINTS).nullable(),
  order: paymentOrderSchema.nullable().meta({ description: 'Null until the case reaches its charging point' }),
});

export const versionBody = z.strictObject({ version: z.number().int().min(1) });

export const checkoutResponse = z.object({
  orderId: z.uuid(),
  version: z.number().int(),
  gateway: z.string(),
  tradeNo: z.string(),
  amountFen: fen,
  cashierUrl: z.string().meta({ description: 'Where the payer pays (open it, or show qrContent as a QR code)' }),
  qrContent: z.string(),
  expiresAt: z.date(),
});

export const waiveBody = z.strictObject({
  version: z.number().int().min(1),
  category: z.enum(WAIVER_CATEGORIES),
  evidence: z.string().trim().min(2).max(300).meta({ description: 'What was checked: the certificate and its number (低保证 …)' }),
});

export const refundBody = z.strictObject({ version: z.number().int().min(1), reason: z.string().trim().min(2).max(300) });

export const paymentActionParams = z.object({ id: z.uuid(), action: z.enum(['waive', 'refund']) });

export const receiptVerifyBody = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .length(RECEIPT_CODE_LENGTH)
    .refine((v) => [...v].every((c) => RECEIPT_CODE_ALPHABET.includes(c)), 'the 10-character verification code / 10位校验码'),
});

export const receiptVerifyResponse = z.object({
  valid: z.boolean(),
  verdict: z.enum(RECEIPT_VERDICTS),
  receipt: z
    .object({
      number: z.string(),
      orderNo: z.string(),
      payer: z.string().meta({ description: 'The payer’s name, masked but its first character' }),
      payee: z.string(),
      itemName: z.string(),
      amountFen: fen,
      amountCapitals: z.string(),
      issuedAt: z.date(),
      lines: z.array(z.object({ name: z.string(), amountFen: fen })),
    })
    .nullable(),
});

export const reconciliationQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  onlyMismatches: z
    .enum(['0', '1'])
    .optional()
    .transform((v) => v === '1'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const mismatchSchema = z.object({
  kind: z.enum(MISMATCH_KINDS),
  orderNo: z.string().nullable(),
  tradeNo: z.string().nullable(),
  ourFen: fen.nullable(),
  gatewayFen: fen.nullable(),
});

export const reconciliationSchema = z.object({
  date: z.string(),
  gateway: z.string(),
  ranAt: z.date(),
  orders: z.number().int().meta({ description: 'Payments and refunds the platform recorded that day' }),
  statementRows: z.number().int(),
  matched: z.number().int(),
  mismatches: z.array(mismatchSchema),
});

export const reconciliationListResponse = z.object({ items: z.array(reconciliationSchema), total: z.number().int(), page: z.number().int() });

export const reconcileParams = z.object({ date: isoDate });

/** The gateway's callback: whatever the gateway posts, checked by its adapter (the local one signs a flat JSON object). */
export const notifyParams = z.object({ gateway: z.string().regex(/^[a-z][a-z0-9_-]{1,30}$/) });
export const notifyResponse = z.object({ code: z.enum(['SUCCESS', 'FAIL']), message: z.string() });
/** A refusal: the gateway's FAIL, or the platform's validation error, both with the request id. */
export const notifyRefusal = z.looseObject({ code: z.string(), message: z.string(), requestId: z.string() });

export const cashierParams = z.object({ tradeNo: z.string().regex(/^LG[0-9A-Z]{10,40}$/) });
export const cashierSchema = z.object({
  tradeNo: z.string(),
  merchant: z.string(),
  subject: z.string(),
  amountFen: fen,
  status: z.enum(['created', 'paid', 'closed', 'refunded']),
  expiresAt: z.date(),
  paidAt: z.date().nullable(),
});
