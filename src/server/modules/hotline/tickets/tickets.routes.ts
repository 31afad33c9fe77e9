import { z } from 'zod';
import type { AppContext } from '../../../context';
import { requireActor } from '../../../platform/http/session-hooks';
import { withIdempotency } from '../../../platform/http/idempotency';
import type { App } from '../../../platform/http/types';
import { ACTION_BODIES, ticketRefSchema } from './actions.schemas';
import { createdTicketResponse, createTicketBody } from '../intake/intake.schemas';
import { createStaffTicket, prepareStaffTicket } from '../intake/intake.service';
import { categoryMap } from '../kb/categories.service';
import { performAction } from './tickets.actions';
import { ACTION_LABELS } from './tickets.labels';
import { findCallerTickets, getTicketDetail, listTickets } from './tickets.query';
import { idParams, listQuery, phoneParams, ticketDetailSchema, ticketPageSchema } from './tickets.schemas';
import { TICKET_ACTIONS, rolesFor } from './tickets.state';

const TAGS = ['hotline'];

/** The ticket API of the hotline console: lists, detail, creation from a call, and every action. */
export function ticketsRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/hotline/tickets', {
    config: { heavy: true },
    schema: {
      tags: TAGS,
      summary: 'Tickets, newest first, scoped (district staff: their region; department handlers: tickets assigned to their department)',
      querystring: listQuery,
      response: { 200: ticketPageSchema },
    },
    handler: async (req) => listTickets(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/hotline/tickets/:id', {
    schema: {
      tags: TAGS,
      summary:
        'One ticket: caller (in full only for its handlers, dispatchers and agents; audited), assignments, timeline, available actions, duplicates, merged tickets',
      params: idParams,
      response: { 200: ticketDetailSchema },
    },
    handler: async (req) => getTicketDetail(ctx, requireActor(req), req.params.id),
  });

  app.post('/api/v1/hotline/tickets', {
    schema: {
      tags: TAGS,
      summary:
        'Record a ticket from the agent console, or an answer given at first contact (resolution `answered`: stored closed). Emergencies are refused (422 EMERGENCY_MUST_TRANSFER). Accepts Idempotency-Key',
      body: createTicketBody,
      response: { 201: createdTicketResponse },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const b = req.body;
      const prepared = await prepareStaffTicket(ctx, actor, b);
      const cats = await categoryMap(ctx.db);
      return withIdempotency(ctx, req, reply, `hotline.ticket:${actor.id}`, async (trx) => {
        const row = await createStaffTicket(trx, actor, b, prepared, ctx.clock.now());
        return {
          status: 201,
          body: {
            id: row.id,
            ticketNo: row.ticket_no,
            status: row.status,
            categoryCode: row.category_code,
            departmentCode: cats.get(row.category_code)?.departmentCode ?? '',
            dueAt: new Date(row.due_at).toISOString(),
            repeatCall: row.repeat_call,
            linkedHotline: row.linked_hotline,
            version: row.version,
          },
        };
      });
    },
  });

  app.get('/api/v1/hotline/callers/:phone/tickets', {
    schema: {
      tags: TAGS,
      summary: 'A caller’s earlier tickets (repeat calls), for agents and dispatchers',
      params: phoneParams,
      response: { 200: z.object({ items: ticketPageSchema.shape.items }) },
    },
    handler: async (req) => findCallerTickets(ctx, requireActor(req), req.params.phone),
  });

  for (const action of TICKET_ACTIONS) {
    app.post(`/api/v1/hotline/tickets/:id/actions/${action}`, {
      schema: {
        tags: TAGS,
        summary: `${ACTION_LABELS[action].zh} — ${ACTION_LABELS[action].en} (roles: ${rolesFor(action).join(', ')}); 403 without the role, 404 outside the actor’s reach, 409 on a stale version, 422 when the status does not allow it`,
        params: idParams,
        body: ACTION_BODIES[action],
        response: { 200: ticketRefSchema },
      },
      handler: async (req) => performAction(ctx, requireActor(req), req.params.id, action, req.body as never, ctx.clock.now()),
    });
  }
}
