import { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError, ERR } from '../../platform/errors';
import { enforceLimits } from '../../platform/http/rate-limit';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { LOCAL_GATEWAY } from '../../../shared/payments/payments.enums';
import * as s from '../../../shared/payments/payments.schemas';
import { checkoutOrder, refundOrder, waiveOrder } from './payments.actions';
import { handleNotification } from './payments.callback';
import { gatewaysOf } from './payments.gateway';
import type { LocalGateway } from './payments.local-gateway';
import { getCasePayment, getPaymentOrder, toView } from './payments.read';
import { getReceiptPdf, verifyReceipt } from './payments.receipt';
import { listReconciliations, rerunReconciliation } from './payments.reconcile';
import * as repo from './payments.repository';

const security = [{ session: [] }];
const TAGS = ['payments'];
const idParams = z.object({ id: z.uuid() });

/** 便民缴费: a case's order, starting a payment, waivers, refunds, the gateway's callback, receipts, reconciliations (docs/decisions.md D30). */
export async function paymentsRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/v1/cases/:id/payment', {
    schema: {
      tags: TAGS,
      security,
      summary:
        "A case's payment: whether its item charges and when, and its payment order once the charging point is reached (the applicant and staff who may read the case)",
      params: idParams,
      response: { 200: s.casePaymentResponse },
    },
    handler: async (req) => getCasePayment(ctx, requireActor(req), req.params.id, ctx.clock.now(), req.lang),
  });

  app.get('/api/v1/payments/:id', {
    schema: {
      tags: TAGS,
      security,
      summary: 'One payment order, for its payer and the staff who reach it',
      params: idParams,
      response: { 200: s.paymentOrderSchema },
    },
    handler: async (req) => getPaymentOrder(ctx, requireActor(req), req.params.id, ctx.clock.now()),
  });

  app.post('/api/v1/payments/:id/checkout', {
    schema: {
      tags: TAGS,
      security,
      summary:
        'Starts (or reopens) a payment at the configured gateway for what is owed: the cashier address and QR content for the payer. The order turns paid when the gateway’s signed notification arrives (poll the order). 409 VERSION_CONFLICT on a stale version',
      params: idParams,
      body: s.versionBody,
      response: { 200: s.checkoutResponse },
    },
    handler: async (req) => checkoutOrder(ctx, requireActor(req), req.params.id, req.body, ctx.clock.now()),
  });

  app.post('/api/v1/payments/:id/actions/:action', {
    schema: {
      tags: TAGS,
      security,
      summary:
        'waive (减免: a category the fee standard exempts, with the evidence checked; the item’s department or the window) or refund (退费, in full through the gateway, with the reason; the window or the department’s approver). Each change on the order’s hash chain; answers the order',
      params: s.paymentActionParams,
      body: z.union([s.waiveBody, s.refundBody]),
      response: { 200: s.paymentOrderSchema },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const now = ctx.clock.now();
      const { id, action } = req.params;
      const body = (action === 'waive' ? s.waiveBody : s.refundBody).safeParse(req.body);
      if (!body.success) {
        throw new AppError(ERR.VALIDATION_FAILED, {}, { issues: body.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })) });
      }
      if (action === 'waive') await waiveOrder(ctx, actor, id, body.data as z.output<typeof s.waiveBody>, now);
      else await refundOrder(ctx, actor, id, body.data as z.output<typeof s.refundBody>, now);
      return toView(ctx, (await repo.findOrder(ctx.db, id))!, actor, now);
    },
  });

  app.post('/api/v1/payments/notify/:gateway', {
    schema: {
      tags: TAGS,
      summary:
        'The gateway’s asynchronous notification (no session; TONGBAN_PAYMENT_NOTIFY_LIMIT per address per minute, then 429 with Retry-After): verified by the gateway’s adapter (the local one: HMAC-SHA256 over the canonical body), idempotent on the gateway’s transaction id; a bad signature or a wrong amount is refused (FAIL, 400) and audited',
      params: s.notifyParams,
      body: z.record(z.string(), z.unknown()),
      // A refusal (400) is the gateway's FAIL with the platform's request id, like every error body;
      // a malformed request is refused by validation before the handler, in the platform's shape.
      response: { 200: s.notifyResponse, 400: s.notifyRefusal },
    },
    handler: async (req, reply) => {
      const now = ctx.clock.now();
      // No session and every notification kept as it came: an address that floods it gets 429 before
      // anything is verified or stored; a gateway retries a notification it could not deliver.
      await enforceLimits(
        ctx.db,
        [{ key: `payments.notify.${req.params.gateway}:${req.ip}`, limit: { max: ctx.config.paymentNotifyLimit, windowSeconds: 60 } }],
        now,
      );
      const answer = await handleNotification(ctx, req.params.gateway, req.body, now);
      if (answer.status === 200) return answer.body;
      return reply.status(400).send({ ...answer.body, requestId: req.id });
    },
  });

  app.get('/api/v1/payments/:id/receipt.pdf', {
    schema: {
      tags: TAGS,
      security,
      summary:
        'The electronic receipt (财政电子票据-style PDF: number, verification code, payer, payee, lines, total in figures and in 大写, date, QR code) of a paid order',
      params: idParams,
    },
    handler: async (req, reply) => {
      const { pdf, name } = await getReceiptPdf(ctx, requireActor(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .send(pdf as never);
    },
  });

  app.post('/api/v1/payments/receipts/verify', {
    schema: {
      tags: TAGS,
      summary: 'Verifies a receipt by its 10-character code (no sign-in): valid, refunded or unknown, with what the platform recorded (payer masked)',
      body: s.receiptVerifyBody,
      response: { 200: s.receiptVerifyResponse },
    },
    handler: async (req) => {
      // Open to anyone, so limited per address like the licence verification.
      await enforceLimits(ctx.db, [{ key: `payments.verify:${req.ip}`, limit: { max: ctx.config.verifyLimit, windowSeconds: 600 } }], ctx.clock.now());
      return verifyReceipt(ctx, req.body.code);
    },
  });

  app.get('/api/v1/payments/reconciliations', {
    config: { heavy: true },
    schema: {
      tags: TAGS,
      security,
      summary: 'Daily reconciliations with the gateways’ statements, newest first, with every mismatch (supervisors, admins); `onlyMismatches=1`',
      querystring: s.reconciliationQuery,
      response: { 200: s.reconciliationListResponse },
    },
    handler: async (req) => listReconciliations(ctx, requireActor(req), req.query, ctx.clock.now()),
  });

  app.post('/api/v1/payments/reconciliations/:date/run', {
    schema: {
      tags: TAGS,
      security,
      summary: 'Re-runs the reconciliation of a day that has ended (admins); replaces its stored result',
      params: s.reconcileParams,
      response: { 200: z.object({ items: z.array(s.reconciliationSchema) }) },
    },
    handler: async (req) => rerunReconciliation(ctx, requireActor(req), req.params.date, ctx.clock.now()),
  });

  // The local gateway's cashier belongs to the gateway, not to the platform: mounted only when it is configured.
  const local = gatewaysOf(ctx).get(LOCAL_GATEWAY) as LocalGateway | undefined;
  if (!local) return;
  app.get('/api/v1/gateways/local/cashier/:tradeNo', {
    schema: {
      tags: ['local gateway'],
      summary: 'The local gateway’s cashier: the transaction to pay (only when TONGBAN_PAYMENT_GATEWAY=local)',
      params: s.cashierParams,
      response: { 200: s.cashierSchema },
    },
    handler: async (req) => local.cashier(req.params.tradeNo),
  });
  app.post('/api/v1/gateways/local/cashier/:tradeNo/pay', {
    schema: {
      tags: ['local gateway'],
      summary:
        'The payer pays on the local gateway’s cashier; the gateway then notifies the platform asynchronously (a durable job posting a signed notification to /api/v1/payments/notify/local)',
      params: s.cashierParams,
      response: { 200: s.cashierSchema },
    },
    handler: async (req) => local.pay(req.params.tradeNo, ctx.clock.now()),
  });
}
