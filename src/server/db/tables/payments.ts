import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './platform';

/** Kysely table types of payments (便民缴费, migration 0061, docs/decisions.md D30). Amounts in fen. */

type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export interface PaymentLineColumn {
  name: string;
  standard: string;
  basis: string;
  amountFen: number;
  waivable: string[];
  waiver: { category: string; text: string } | null;
  dueFen: number;
}

export interface PaymentWaiverColumn {
  category: string;
  evidence: string;
  by: string;
  byId: string | null;
  at: string;
}

export interface PaymentOrdersTable {
  id: Generated<string>;
  order_no: string;
  status: Generated<'pending' | 'paid' | 'waived' | 'refunded' | 'cancelled'>;
  version: Generated<number>;
  case_id: string;
  case_no: string | null;
  item_code: string;
  item_name: string;
  department_code: string;
  region_code: string;
  applicant_user_id: string | null;
  payer_name: string;
  payer_id_type: string;
  payer_id_number: string;
  charge_point: 'acceptance' | 'before_issue';
  lines: Json<PaymentLineColumn[]>;
  gross_fen: number;
  waived_fen: Generated<number>;
  amount_fen: number;
  waiver: NullableJson<PaymentWaiverColumn>;
  due_at: Date;
  gateway: string | null;
  trade_no: string | null;
  paid_at: NullableStamp;
  paid_fen: number | null;
  refund_fen: number | null;
  refund_no: string | null;
  refund_reason: string | null;
  refunded_by: string | null;
  refunded_at: NullableStamp;
  receipt_no: string | null;
  receipt_code: string | null;
  receipt_issued_at: NullableStamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type NotificationOutcome = 'accepted' | 'duplicate' | 'bad_signature' | 'wrong_amount' | 'unknown_order' | 'malformed' | 'not_payable';

export interface PaymentNotificationsTable {
  id: Generated<number>;
  gateway: string;
  trade_no: string | null;
  order_no: string | null;
  amount_fen: number | null;
  outcome: NotificationOutcome;
  body: Json<Record<string, unknown>>;
  received_at: Timestamp;
}

export interface LocalGatewayTradesTable {
  trade_no: string;
  out_trade_no: string;
  subject: string;
  merchant: string;
  amount_fen: number;
  status: Generated<'created' | 'paid' | 'closed' | 'refunded'>;
  notify_url: string;
  expires_at: Date;
  paid_at: NullableStamp;
  refund_no: string | null;
  refund_fen: number | null;
  refunded_at: NullableStamp;
  notified_at: NullableStamp;
  created_at: Timestamp;
}

export interface PaymentReconciliationsTable {
  /** A Shanghai date, YYYY-MM-DD (the driver returns dates as text). */
  day: string;
  gateway: string;
  ran_at: Date;
  orders: number;
  statement_rows: number;
  matched: number;
  mismatch_count: number;
  mismatches: Json<Array<{ kind: string; orderNo: string | null; tradeNo: string | null; ourFen: number | null; gatewayFen: number | null }>>;
}

export interface PaymentsTables {
  payment_orders: PaymentOrdersTable;
  payment_notifications: PaymentNotificationsTable;
  local_gateway_trades: LocalGatewayTradesTable;
  payment_reconciliations: PaymentReconciliationsTable;
}
