import { z } from 'zod';
import type { AppContext } from '../../context';
import { registerFileAccessRule } from '../../platform/files/files.access';
import { withIdempotency } from '../../platform/http/idempotency';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { createOrderBody, ORDER_ACTIONS, orderActionBody, orderDetailSchema, orderListQuery, orderListSchema, orderRefSchema } from './supervision.schemas';
import { getOrder, listOrders, mayReadOrderFile, openOrder, performOrderAction, planOrder } from './supervision.service';

const idParams = z.object({ id: z.uuid() });

/** The supervision-orders API (跟踪督办, issue 11): open, list, read, and answer / accept / return. */
export function supervisionRoutes(app: App, ctx: AppContext): void {
  // Whoever reaches an order may read the files its department attached to the answers.
  registerFileAccessRule('supervision', (c, actor, fileId) => mayReadOrderFile(c, actor, fileId));

  app.post('/api/v1/supervision/orders', {
    schema: {
      tags: ['supervision'],
      summary:
        '督办: a supervisor (or the 12345 centre, on a ticket) orders the department holding a case, ticket or rectification, or a department, to act within 1–60 working days. Honours Idempotency-Key',
      headers: z.object({ 'idempotency-key': z.string().max(200).optional() }).loose(),
      body: createOrderBody,
      response: { 201: orderRefSchema },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const now = ctx.clock.now();
      const plan = await planOrder(ctx, actor, req.body, now);
      return withIdempotency(ctx, req, reply, `supervision.orders.create:${actor.id}`, async (trx) => ({
        status: 201,
        body: await openOrder(trx, actor, plan, now),
      }));
    },
  });

  app.get('/api/v1/supervision/orders', {
    config: { heavy: true },
    schema: {
      tags: ['supervision'],
      summary:
        'Supervision orders the caller reaches (supervisors: their region; department staff: their department; 12345 centre: ticket orders; city leadership: those escalated to it), unfinished and most escalated first',
      querystring: orderListQuery,
      response: { 200: orderListSchema },
    },
    handler: async (req) => listOrders(ctx, requireActor(req), req.query, ctx.clock.now()),
  });

  app.get('/api/v1/supervision/orders/:id', {
    schema: {
      tags: ['supervision'],
      summary: 'One supervision order with its attachments, its timeline (from its hash chain) and the caller’s available actions',
      params: idParams,
      response: { 200: orderDetailSchema },
    },
    handler: async (req) => getOrder(ctx, requireActor(req), req.params.id, ctx.clock.now()),
  });

  app.post('/api/v1/supervision/orders/:id/actions/:action', {
    schema: {
      tags: ['supervision'],
      summary:
        'A step of an order: answer (the department, with text and attachments); accept or return (the opener’s side). Wrong state or stale version → 409',
      params: z.object({ id: z.uuid(), action: z.enum(ORDER_ACTIONS) }),
      body: orderActionBody,
      response: { 200: orderRefSchema },
    },
    handler: async (req) => performOrderAction(ctx, requireActor(req), req.params.id, req.params.action, req.body, ctx.clock.now()),
  });
}
