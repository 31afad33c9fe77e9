import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context';
import { endOfShanghaiDay, startOfShanghaiDay } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { readOrCreateKeyFile } from '../../platform/key-file';
import { LOCAL_GATEWAY } from '../../../shared/payments/payments.enums';
import { PAYMENT_ERR } from './payments.errors';
import type { CreatePaymentRequest, CreatedPayment, GatewayTrade, NotificationCheck, PaymentGateway, RefundRequest, StatementRow } from './payments.gateway';

/**
 * The local payment gateway (docs/decisions.md D30): a stand-in that behaves as a real one does, so
 * the platform's side is exercised for real. It keeps its own books (`local_gateway_trades`); the
 * payer pays on its cashier (`/api/v1/gateways/local/cashier/{tradeNo}`, mounted only when
 * TONGBAN_PAYMENT_GATEWAY=local); it then notifies the platform asynchronously — a durable job
 * posts the result to the order's notify address, signed with HMAC-SHA256 over the canonical body
 * (keys sorted, `key=value` joined by `&`, the `sign` field left out) with the shared secret
 * TONGBAN_PAYMENT_LOCAL_SECRET, and retries with back-off until it is answered SUCCESS, as
 * gateways do. It refunds and gives a daily statement from the same books.
 */

export const LOCAL_NOTIFY_QUEUE = 'payments.local-gateway.notify';

/** How the gateway's notification reaches the platform: HTTP by default; tests pass the app's inject. */
export type LocalTransport = (call: { url: string; body: Record<string, string> }) => Promise<{ status: number; body: string }>;

const transports = new WeakMap<AppContext, LocalTransport>();

/** Replaces how this context's local gateway posts its notifications (tests observe the calls). */
export function setLocalGatewayTransport(ctx: AppContext, t: LocalTransport): void {
  transports.set(ctx, t);
}

const httpTransport: LocalTransport = async ({ url, body }) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.text() };
};

/** The canonical text a notification's signature covers. */
export function canonicalNotification(fields: Record<string, string>): string {
  return Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== '')
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
}

export function signNotification(fields: Record<string, string>, secret: string): string {
  return createHmac('sha256', secret).update(canonicalNotification(fields), 'utf8').digest('hex');
}

/** The secret both sides share: the configured one, else a key file made once in the data directory. */
export function localGatewaySecret(ctx: AppContext): string {
  return ctx.config.paymentLocalSecret ?? readOrCreateKeyFile(ctx.config.dataDir, 'payment-local.key', () => randomBytes(32).toString('hex'));
}

const TRADE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function newTradeNo(now: Date): string {
  const bytes = randomBytes(12);
  return `LG${now.toISOString().slice(0, 10).replaceAll('-', '')}${[...bytes].map((b) => TRADE_ALPHABET[b % TRADE_ALPHABET.length]).join('')}`;
}

export class LocalGateway implements PaymentGateway {
  readonly code = LOCAL_GATEWAY;

  constructor(
    private readonly ctx: AppContext,
    private readonly secret: string,
  ) {}

  /** Opens a transaction for the order, or hands back the open one (a second checkout of the same order). */
  async createPayment(req: CreatePaymentRequest): Promise<CreatedPayment> {
    const db = this.ctx.db;
    const existing = await db.selectFrom('local_gateway_trades').selectAll().where('out_trade_no', '=', req.outTradeNo).executeTakeFirst();
    let tradeNo: string;
    if (existing) {
      if (existing.status !== 'created' && existing.status !== 'closed')
        throw new AppError(PAYMENT_ERR.GATEWAY_REFUSED, { reason: `trade ${existing.status}` });
      tradeNo = existing.trade_no;
      await db
        .updateTable('local_gateway_trades')
        .set({ amount_fen: req.amountFen, subject: req.subject, expires_at: req.expiresAt, status: 'created', notify_url: req.notifyUrl })
        .where('trade_no', '=', tradeNo)
        .execute();
    } else {
      tradeNo = newTradeNo(req.now);
      await db
        .insertInto('local_gateway_trades')
        .values({
          trade_no: tradeNo,
          out_trade_no: req.outTradeNo,
          subject: req.subject,
          merchant: req.merchant,
          amount_fen: req.amountFen,
          notify_url: req.notifyUrl,
          expires_at: req.expiresAt,
          created_at: req.now,
        })
        .execute();
    }
    const cashierUrl = `${this.ctx.config.publicUrl}/pay/local/${tradeNo}`;
    return { tradeNo, cashierUrl, qrContent: cashierUrl, expiresAt: req.expiresAt };
  }

  async queryPayment(outTradeNo: string): Promise<GatewayTrade | null> {
    const r = await this.ctx.db.selectFrom('local_gateway_trades').selectAll().where('out_trade_no', '=', outTradeNo).executeTakeFirst();
    return r ? { tradeNo: r.trade_no, outTradeNo: r.out_trade_no, status: r.status, amountFen: r.amount_fen, paidAt: r.paid_at } : null;
  }

  async refund(req: RefundRequest): Promise<{ refundedAt: Date }> {
    const r = await this.ctx.db
      .updateTable('local_gateway_trades')
      .set({ status: 'refunded', refund_no: req.refundNo, refund_fen: req.amountFen, refunded_at: req.now })
      .where('trade_no', '=', req.tradeNo)
      .where('out_trade_no', '=', req.outTradeNo)
      .where('status', '=', 'paid')
      .where('amount_fen', '>=', req.amountFen)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError(PAYMENT_ERR.GATEWAY_REFUSED, { reason: 'trade not refundable' });
    return { refundedAt: req.now };
  }

  async statement(day: string): Promise<StatementRow[]> {
    const from = startOfShanghaiDay(day);
    const to = new Date(endOfShanghaiDay(day).getTime() + 1);
    const paid = await this.ctx.db
      .selectFrom('local_gateway_trades')
      .select(['trade_no', 'out_trade_no', 'amount_fen', 'paid_at'])
      .where('paid_at', '>=', from)
      .where('paid_at', '<', to)
      .execute();
    const refunded = await this.ctx.db
      .selectFrom('local_gateway_trades')
      .select(['trade_no', 'out_trade_no', 'refund_fen', 'refunded_at'])
      .where('refunded_at', '>=', from)
      .where('refunded_at', '<', to)
      .execute();
    return [
      ...paid.map((r) => ({ kind: 'payment' as const, tradeNo: r.trade_no, outTradeNo: r.out_trade_no, amountFen: r.amount_fen, at: r.paid_at! })),
      ...refunded.map((r) => ({ kind: 'refund' as const, tradeNo: r.trade_no, outTradeNo: r.out_trade_no, amountFen: r.refund_fen ?? 0, at: r.refunded_at! })),
    ];
  }

  checkNotification(body: unknown): NotificationCheck {
    const o = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
    const tradeNo = str('trade_no');
    const outTradeNo = str('out_trade_no');
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) {
      if (typeof v !== 'string') return { ok: false, reason: 'malformed', tradeNo, outTradeNo };
      fields[k] = v;
    }
    const sign = str('sign');
    const amount = Number(fields.amount_fen);
    const paidAt = new Date(fields.paid_at ?? '');
    if (!sign || !/^[0-9a-f]{64}$/.test(sign) || !tradeNo || !outTradeNo)
      return { ok: false, reason: sign ? 'malformed' : 'bad_signature', tradeNo, outTradeNo };
    const expected = Buffer.from(signNotification(fields, this.secret), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(sign, 'hex'))) return { ok: false, reason: 'bad_signature', tradeNo, outTradeNo };
    if (fields.trade_status !== 'SUCCESS' || !Number.isSafeInteger(amount) || amount <= 0 || Number.isNaN(paidAt.getTime()))
      return { ok: false, reason: 'malformed', tradeNo, outTradeNo };
    return { ok: true, tradeNo, outTradeNo, amountFen: amount, paidAt };
  }

  /** The trade as the cashier shows it. */
  async cashier(tradeNo: string) {
    const r = await this.ctx.db.selectFrom('local_gateway_trades').selectAll().where('trade_no', '=', tradeNo).executeTakeFirst();
    if (!r) throw new AppError(PAYMENT_ERR.TRADE_NOT_FOUND);
    return {
      tradeNo: r.trade_no,
      merchant: r.merchant,
      subject: r.subject,
      amountFen: r.amount_fen,
      status: r.status,
      expiresAt: r.expires_at,
      paidAt: r.paid_at,
    };
  }

  /** The payer confirms on the cashier: the gateway books the payment and queues its notification to the platform. */
  async pay(tradeNo: string, now: Date) {
    await this.ctx.db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('local_gateway_trades')
        .set({ status: 'paid', paid_at: now })
        .where('trade_no', '=', tradeNo)
        .where('status', '=', 'created')
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) {
        const exists = await trx.selectFrom('local_gateway_trades').select('trade_no').where('trade_no', '=', tradeNo).executeTakeFirst();
        throw new AppError(exists ? PAYMENT_ERR.TRADE_NOT_PAYABLE : PAYMENT_ERR.TRADE_NOT_FOUND);
      }
      await this.ctx.jobs.send(LOCAL_NOTIFY_QUEUE, { tradeNo }, { singletonKey: tradeNo, maxAttempts: 10 }, trx);
    });
    return this.cashier(tradeNo);
  }

  /** The notification of a paid trade, signed. */
  async notificationOf(tradeNo: string): Promise<{ url: string; body: Record<string, string> } | null> {
    const r = await this.ctx.db.selectFrom('local_gateway_trades').selectAll().where('trade_no', '=', tradeNo).executeTakeFirst();
    if (!r || !r.paid_at) return null;
    const body: Record<string, string> = {
      gateway: this.code,
      trade_no: r.trade_no,
      out_trade_no: r.out_trade_no,
      amount_fen: String(r.amount_fen),
      trade_status: 'SUCCESS',
      paid_at: r.paid_at.toISOString(),
      notify_id: randomBytes(8).toString('hex'),
      sign_type: 'HMAC-SHA256',
    };
    body.sign = signNotification(body, this.secret);
    return { url: r.notify_url, body };
  }

  /** Posts a paid trade's notification; throws (the job retries with back-off) until the platform answers SUCCESS. */
  async deliver(tradeNo: string, now: Date): Promise<void> {
    const n = await this.notificationOf(tradeNo);
    if (!n) return;
    const send = transports.get(this.ctx) ?? httpTransport;
    const answer = await send(n);
    let code: unknown;
    try {
      code = (JSON.parse(answer.body) as { code?: unknown }).code;
    } catch {
      code = null;
    }
    if (answer.status !== 200 || code !== 'SUCCESS')
      throw new Error(`local gateway: notification of ${tradeNo} answered ${answer.status} ${answer.body.slice(0, 200)}`);
    await this.ctx.db.updateTable('local_gateway_trades').set({ notified_at: now }).where('trade_no', '=', tradeNo).execute();
  }
}

/** The local gateway when TONGBAN_PAYMENT_GATEWAY=local (the default outside production). */
export function localGatewayFactory(ctx: AppContext): LocalGateway | null {
  return ctx.config.paymentGateway === LOCAL_GATEWAY ? new LocalGateway(ctx, localGatewaySecret(ctx)) : null;
}
