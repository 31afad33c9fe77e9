import type { z } from 'zod';
import type { WireOf } from '../wire';
import type {
  cashierSchema,
  casePaymentResponse,
  checkoutResponse,
  paymentOrderSchema,
  receiptVerifyBody,
  receiptVerifyResponse,
  reconciliationListResponse,
  refundBody,
  waiveBody,
} from './payments.schemas';

/** The payments API's answers as the browser receives them (see wire.ts). */

export type PaymentOrderWire = WireOf<typeof paymentOrderSchema>;
export type CasePaymentWire = WireOf<typeof casePaymentResponse>;
export type CheckoutWire = WireOf<typeof checkoutResponse>;
export type CashierWire = WireOf<typeof cashierSchema>;
export type ReceiptVerifyWire = WireOf<typeof receiptVerifyResponse>;
export type ReconciliationListWire = WireOf<typeof reconciliationListResponse>;
export type WaiveRequest = z.input<typeof waiveBody>;
export type RefundRequest = z.input<typeof refundBody>;
export type ReceiptVerifyRequest = z.input<typeof receiptVerifyBody>;
