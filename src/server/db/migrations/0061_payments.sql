-- Payments (便民缴费, docs/domain.md S21, docs/decisions.md D30): a case of a fee-charging item gets
-- a payment order at its charging point; a gateway confirms payment by a signed notification; the
-- paid order gets an electronic receipt; refunds and a daily reconciliation with the gateway's
-- statement. Amounts are integer fen everywhere.

CREATE SEQUENCE payment_order_seq;
CREATE SEQUENCE payment_receipt_seq;

CREATE TABLE payment_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 缴款单号: JF + the Shanghai date + a serial.
  order_no text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'waived', 'refunded', 'cancelled')),
  version int NOT NULL DEFAULT 1,
  -- One order per case: the charging point is reached once.
  case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
  case_no text,
  item_code text NOT NULL,
  item_name text NOT NULL,
  department_code text NOT NULL,
  region_code text NOT NULL,
  applicant_user_id uuid REFERENCES users(id),
  payer_name text NOT NULL,
  payer_id_type text NOT NULL,
  payer_id_number text NOT NULL,
  charge_point text NOT NULL CHECK (charge_point IN ('acceptance', 'before_issue')),
  -- [{name, standard, basis, amountFen, waivable[], waiver: {category, text} | null, dueFen}]
  lines jsonb NOT NULL,
  gross_fen bigint NOT NULL CHECK (gross_fen >= 0),
  waived_fen bigint NOT NULL DEFAULT 0 CHECK (waived_fen >= 0),
  amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
  CHECK (amount_fen = gross_fen - waived_fen),
  -- {category, evidence, by, byId, at}
  waiver jsonb,
  due_at timestamptz NOT NULL,
  -- The gateway a payment was started at and its transaction id (filled by checkout or by the notification).
  gateway text,
  trade_no text,
  paid_at timestamptz,
  paid_fen bigint CHECK (paid_fen >= 0),
  refund_fen bigint CHECK (refund_fen >= 0),
  refund_no text,
  refund_reason text,
  refunded_by text,
  refunded_at timestamptz,
  receipt_no text UNIQUE,
  receipt_code text UNIQUE,
  receipt_issued_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- A gateway's transaction is confirmed once: the notification's idempotency key.
CREATE UNIQUE INDEX payment_orders_trade_idx ON payment_orders (gateway, trade_no) WHERE trade_no IS NOT NULL;
-- The reconciliation reads a day's payments and refunds.
CREATE INDEX payment_orders_paid_idx ON payment_orders (paid_at) WHERE paid_at IS NOT NULL;
CREATE INDEX payment_orders_refunded_idx ON payment_orders (refunded_at) WHERE refunded_at IS NOT NULL;

-- Every notification a gateway sent, accepted or refused, as it came: what a dispute is settled with.
CREATE TABLE payment_notifications (
  id bigserial PRIMARY KEY,
  gateway text NOT NULL,
  trade_no text,
  order_no text,
  amount_fen bigint,
  outcome text NOT NULL CHECK (outcome IN ('accepted', 'duplicate', 'bad_signature', 'wrong_amount', 'unknown_order', 'malformed', 'not_payable')),
  body jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_notifications_trade_idx ON payment_notifications (gateway, trade_no);

-- The local gateway's own books (a stand-in for a real gateway's system, used when
-- TONGBAN_PAYMENT_GATEWAY=local): its transactions, what was paid and refunded, and its notifications.
CREATE TABLE local_gateway_trades (
  trade_no text PRIMARY KEY,
  out_trade_no text NOT NULL UNIQUE,
  subject text NOT NULL,
  merchant text NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  status text NOT NULL DEFAULT 'created' CHECK (status IN ('created', 'paid', 'closed', 'refunded')),
  notify_url text NOT NULL,
  expires_at timestamptz NOT NULL,
  paid_at timestamptz,
  refund_no text,
  refund_fen bigint,
  refunded_at timestamptz,
  notified_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX local_gateway_trades_paid_idx ON local_gateway_trades (paid_at) WHERE paid_at IS NOT NULL;
CREATE INDEX local_gateway_trades_refunded_idx ON local_gateway_trades (refunded_at) WHERE refunded_at IS NOT NULL;

-- One reconciliation per Shanghai day and gateway: the day's payments and refunds against the
-- gateway's statement, with every difference listed. A re-run replaces the day's row.
CREATE TABLE payment_reconciliations (
  day date NOT NULL,
  gateway text NOT NULL,
  ran_at timestamptz NOT NULL,
  orders int NOT NULL,
  statement_rows int NOT NULL,
  matched int NOT NULL,
  mismatch_count int NOT NULL,
  -- [{kind, orderNo, tradeNo, ourFen, gatewayFen}]
  mismatches jsonb NOT NULL,
  PRIMARY KEY (day, gateway)
);
CREATE INDEX payment_reconciliations_mismatch_idx ON payment_reconciliations (day) WHERE mismatch_count > 0;
