import type { AppContext } from '../../context';
import { AppError } from '../../platform/errors';
import { PAYMENT_ERR } from './payments.errors';

/**
 * The payment-gateway adapter (docs/decisions.md D30): what the platform asks of a gateway — start
 * a payment (a cashier address and QR content for the payer), look a payment up, refund it, give
 * a day's statement — and how it reads the gateway's asynchronous notification: the adapter
 * checks the signature its gateway puts on the callback and says what was paid, and how the
 * gateway wants to be answered. The platform ships a local gateway (payments.local-gateway.ts);
 * a deployment plugs its bank or payment platform in by implementing this interface and
 * registering a factory (`registerPaymentGateway`) in src/server/modules.ts.
 */

export interface CreatePaymentRequest {
  /** The platform's order number, the gateway's merchant order reference. */
  outTradeNo: string;
  amountFen: number;
  subject: string;
  /** The payee as the payer sees it (the item's department). */
  merchant: string;
  /** Where the gateway posts its notification. */
  notifyUrl: string;
  expiresAt: Date;
  now: Date;
}

export interface CreatedPayment {
  tradeNo: string;
  cashierUrl: string;
  qrContent: string;
  expiresAt: Date;
}

export interface GatewayTrade {
  tradeNo: string;
  outTradeNo: string;
  status: 'created' | 'paid' | 'closed' | 'refunded';
  amountFen: number;
  paidAt: Date | null;
}

export interface RefundRequest {
  outTradeNo: string;
  tradeNo: string;
  refundNo: string;
  amountFen: number;
  reason: string;
  now: Date;
}

/** One line of a gateway's daily statement (对账单). */
export interface StatementRow {
  kind: 'payment' | 'refund';
  tradeNo: string;
  outTradeNo: string;
  amountFen: number;
  at: Date;
}

/** What a notification says once its signature holds, or why it cannot be believed. */
export type NotificationCheck =
  | { ok: true; tradeNo: string; outTradeNo: string; amountFen: number; paidAt: Date }
  | { ok: false; reason: 'bad_signature' | 'malformed'; tradeNo: string | null; outTradeNo: string | null };

export interface PaymentGateway {
  /** The code in `POST /api/v1/payments/notify/{gateway}` and on the orders. */
  readonly code: string;
  createPayment(req: CreatePaymentRequest): Promise<CreatedPayment>;
  queryPayment(outTradeNo: string): Promise<GatewayTrade | null>;
  refund(req: RefundRequest): Promise<{ refundedAt: Date }>;
  /** The day's statement (a Shanghai date, YYYY-MM-DD): every payment and refund the gateway booked. */
  statement(day: string): Promise<StatementRow[]>;
  /** Parses and verifies a notification as the gateway posted it. */
  checkNotification(body: unknown): NotificationCheck;
}

/** Makes a gateway for a context, or null when the configuration does not ask for it. */
export type PaymentGatewayFactory = (ctx: AppContext) => PaymentGateway | null;

const factories: PaymentGatewayFactory[] = [];
const built = new WeakMap<AppContext, Map<string, PaymentGateway>>();

/** Plugged in by the composition root, one factory per gateway the deployment can use. */
export function registerPaymentGateway(factory: PaymentGatewayFactory): void {
  factories.push(factory);
}

/** The gateways configured for this context, by code (built once per context). */
export function gatewaysOf(ctx: AppContext): Map<string, PaymentGateway> {
  let map = built.get(ctx);
  if (!map) {
    map = new Map();
    for (const f of factories) {
      const g = f(ctx);
      if (g) map.set(g.code, g);
    }
    built.set(ctx, map);
  }
  return map;
}

/** The gateway a new payment starts at: TONGBAN_PAYMENT_GATEWAY. */
export function checkoutGateway(ctx: AppContext): PaymentGateway {
  const code = ctx.config.paymentGateway;
  const g = code ? gatewaysOf(ctx).get(code) : undefined;
  if (!g) throw new AppError(PAYMENT_ERR.GATEWAY_UNAVAILABLE);
  return g;
}

/** A gateway by its code, as a notification or an order names it. */
export function gatewayByCode(ctx: AppContext, code: string): PaymentGateway {
  const g = gatewaysOf(ctx).get(code);
  if (!g) throw new AppError(PAYMENT_ERR.GATEWAY_UNKNOWN, { gateway: code });
  return g;
}
