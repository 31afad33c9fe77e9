import { z } from 'zod';
import type { AppContext } from '../../../context';
import { withIdempotency } from '../../../platform/http/idempotency';
import { requireActor } from '../../../platform/http/session-hooks';
import type { App } from '../../../platform/http/types';
import { suggestRouting } from '../classifier/classifier.service';
import { resolveRegion } from './hotline.geo';
import {
  classificationSchema,
  classifyBody,
  publicTicketBody,
  publicTicketResponse,
  smsInboundBody,
  smsInboundResponse,
  takeCallBody,
  takeCallResponse,
  trackResponse,
} from './intake.schemas';
import { analyseCall, createPublicTicket, listEmergencyTransfers, prepareIntake, receiveSms, recordCall } from './intake.service';
import { checkKey } from '../open311/keys.service';
import { PUBLIC_LIMIT, findMyTickets, throttlePublicTicket, throttleTrack, trackTicket } from './public.service';

const TAGS = ['hotline'];

/** Intake on every channel: the agent's calls, classification, the public form, progress, SMS; the emergency log. */
export function intakeRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/hotline/calls', {
    schema: {
      tags: TAGS,
      summary:
        'An agent takes a call (or records an abandoned one): repeat-call check, emergency check first (transfer instruction, no ticket), suggested category, knowledge-base answers. Accepts Idempotency-Key',
      body: takeCallBody,
      response: { 201: takeCallResponse },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const analysis = await analyseCall(ctx, actor, req.body, ctx.clock.now());
      return withIdempotency(ctx, req, reply, `hotline.call:${actor.id}`, async (trx) => ({
        status: 201,
        body: await recordCall(trx, actor, req.body, analysis, ctx.clock.now()),
      }));
    },
  });

  app.post('/api/v1/hotline/classify', {
    schema: {
      tags: TAGS,
      summary: 'Suggested routing for a text: category, department, confidence, alternatives; emergency line first (110/119/120/122)',
      body: classifyBody,
      response: { 200: classificationSchema },
    },
    handler: async (req) => suggestRouting(ctx.db, requireActor(req), req.body.text),
  });

  app.post('/api/v1/hotline/public/tickets', {
    schema: {
      tags: ['hotline-public'],
      summary: `Write to 12345 from the web form, WeChat or the app (anonymous allowed; ${PUBLIC_LIMIT.max} per address per ${PUBLIC_LIMIT.windowSeconds / 60} min and a few per phone number texted, then 429). Emergencies are refused with the number to call. Accepts Idempotency-Key`,
      body: publicTicketBody,
      response: { 201: publicTicketResponse },
    },
    handler: async (req, reply) => {
      const b = req.body;
      await throttlePublicTicket(ctx, req.ip, b.phone, ctx.clock.now());
      const prepared = await prepareIntake(ctx, b.text, b.channel, { phone: b.phone, actor: null, regionCode: resolveRegion(b) });
      const userId = req.actor?.roles.includes('citizen') || req.actor?.roles.includes('enterprise') ? req.actor.id : null;
      return withIdempotency(ctx, req, reply, `hotline.public:${req.ip}`, async (trx) => {
        const row = await createPublicTicket(trx, { ...b, userId }, prepared, ctx.clock.now());
        return { status: 201, body: { id: row.id, ticketNo: row.ticket_no, status: row.status, dueAt: new Date(row.due_at).toISOString() } };
      });
    },
  });

  app.get('/api/v1/hotline/public/tickets/:ticketNo', {
    schema: {
      tags: ['hotline-public'],
      summary: 'Progress of a ticket, for whoever has its number and the last four digits of the phone it was filed with',
      params: z.strictObject({ ticketNo: z.string().regex(/^12345-\d{8}-\d{6,}$/) }),
      querystring: z.strictObject({ phone4: z.string().regex(/^\d{4}$/) }),
      response: { 200: trackResponse },
    },
    handler: async (req) => {
      await throttleTrack(ctx, req.ip, req.params.ticketNo, ctx.clock.now());
      return trackTicket(ctx, req.params.ticketNo, req.query.phone4);
    },
  });

  app.get('/api/v1/hotline/my/tickets', {
    schema: { tags: ['hotline-public'], summary: 'The signed-in resident’s own tickets', response: { 200: z.object({ items: z.array(trackResponse) }) } },
    handler: async (req) => findMyTickets(ctx, requireActor(req)),
  });

  app.post('/api/v1/hotline/sms/inbound', {
    schema: {
      tags: ['hotline-adapters'],
      summary:
        'SMS platform adapter: an SMS to 12345 becomes a ticket (channel sms); an emergency gets an SMS with the number to call. Header X-Api-Key: a key with scope `sms` issued by an admin',
      headers: z.object({ 'x-api-key': z.string().max(200).optional() }),
      body: smsInboundBody,
      response: { 200: smsInboundResponse },
    },
    handler: async (req) => {
      await checkKey(ctx.db, req.headers['x-api-key'], 'sms');
      return receiveSms(ctx, req.body, ctx.clock.now());
    },
  });

  app.get('/api/v1/hotline/emergency-transfers', {
    schema: {
      tags: TAGS,
      summary: 'Emergency transfers (110/119/120/122): the only record an emergency leaves',
      querystring: z.strictObject({
        from: z.iso
          .date()
          .refine((d) => d >= '2000-01-01' && d <= '2100-12-31')
          .optional(),
        to: z.iso
          .date()
          .refine((d) => d >= '2000-01-01' && d <= '2100-12-31')
          .optional(),
        page: z.coerce.number().int().min(1).max(100_000).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number(),
              line: z.string(),
              reason: z.string(),
              text: z.string(),
              channel: z.string(),
              callerPhoneMasked: z.string().nullable(),
              agentName: z.string().nullable(),
              regionCode: z.string(),
              createdAt: z.date(),
            }),
          ),
          total: z.number(),
        }),
      },
    },
    handler: async (req) => listEmergencyTransfers(ctx, requireActor(req), req.query),
  });
}
