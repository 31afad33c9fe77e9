import { api } from '../shared/api';
import type {
  CashierWire,
  CasePaymentWire,
  CheckoutWire,
  PaymentOrderWire,
  ReceiptVerifyWire,
  ReconciliationListWire,
  RefundRequest,
  WaiveRequest,
} from '../../shared/payments/payments.wire';

/** The payments API (便民缴费, docs/decisions.md D30) as the pages call it; amounts are integer fen. */

export function getCasePayment(caseId: string, signal?: AbortSignal): Promise<CasePaymentWire> {
  return api.get<CasePaymentWire>(`/api/v1/cases/${caseId}/payment`, { signal });
}

export function checkout(orderId: string, version: number): Promise<CheckoutWire> {
  return api.post<CheckoutWire>(`/api/v1/payments/${orderId}/checkout`, { version });
}

export function waive(orderId: string, body: WaiveRequest): Promise<PaymentOrderWire> {
  return api.post<PaymentOrderWire>(`/api/v1/payments/${orderId}/actions/waive`, body);
}

export function refund(orderId: string, body: RefundRequest): Promise<PaymentOrderWire> {
  return api.post<PaymentOrderWire>(`/api/v1/payments/${orderId}/actions/refund`, body);
}

export function verifyReceipt(code: string): Promise<ReceiptVerifyWire> {
  return api.post<ReceiptVerifyWire>('/api/v1/payments/receipts/verify', { code });
}

/** The local gateway's cashier (only when the platform runs with it): the transaction, and paying it. */
export function getCashier(tradeNo: string, signal?: AbortSignal): Promise<CashierWire> {
  return api.get<CashierWire>(`/api/v1/gateways/local/cashier/${encodeURIComponent(tradeNo)}`, { signal });
}

export function payAtCashier(tradeNo: string): Promise<CashierWire> {
  return api.post<CashierWire>(`/api/v1/gateways/local/cashier/${encodeURIComponent(tradeNo)}/pay`);
}

/** Where the cashier sends the payer back: a path of this site only. */
export function safeReturnPath(value: string | null): string | null {
  return value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : null;
}

export function listReconciliations(query: { page: number; pageSize: number; onlyMismatches: boolean }, signal?: AbortSignal): Promise<ReconciliationListWire> {
  return api.get<ReconciliationListWire>('/api/v1/payments/reconciliations', {
    query: { page: query.page, pageSize: query.pageSize, ...(query.onlyMismatches ? { onlyMismatches: '1' } : {}) },
    signal,
  });
}
