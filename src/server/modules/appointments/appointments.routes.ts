import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { withIdempotency } from '../../platform/http/idempotency';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { actOnAppointment } from './appointments.actions';
import { bookPrepared, prepareBooking } from './appointments.book';
import { authorizeBooking, authorizeSettings } from './appointments.policy';
import { getAppointment, listDayAppointments, listMyAppointments, listSlots, toView } from './appointments.read';
import { listPlaceSettings, setPlaceSettings } from './appointments.settings';
import * as s from './appointments.schemas';

const security = [{ session: [] }];
const placeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/) });

/** 401/403 before field errors; the service authorises again. */
async function bookGuard(req: FastifyRequest): Promise<void> {
  authorizeBooking(requireActor(req));
}

const DATE_FIELDS = ['start', 'end', 'checkedInAt', 'cancelledAt', 'createdAt', 'changeableUntil'] as const;

/** A replayed answer comes back from JSON: its instants as strings again as dates, for the response schema. */
function revive(view: s.AppointmentView): s.AppointmentView {
  const out: Record<string, unknown> = { ...view };
  for (const k of DATE_FIELDS) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as s.AppointmentView;
}

/** Appointments (预约): slots, booking, the holder's and the agent's actions, staff's day (docs/decisions.md D28). */
export async function appointmentsRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/v1/places/:code/slots', {
    schema: {
      tags: ['appointments'],
      summary: 'Bookable slots of an item at a place: ordinary, lunch-duty (错时), evening (延时), weekend and holiday sessions, with capacity and seats left',
      params: placeParams,
      querystring: s.slotsQuery,
      response: { 200: s.slotsResponse },
    },
    handler: async (req) => listSlots(ctx, req.params.code, req.query, ctx.clock.now(), req.lang),
  });

  app.post('/api/v1/appointments', {
    preValidation: bookGuard,
    schema: {
      tags: ['appointments'],
      security,
      summary:
        'Book a slot: a citizen or enterprise for themselves, a 12345 agent for a caller (name, resident ID, mobile). Confirmation in-app and by SMS with a check-in code. 409 SLOT_FULL, 422 BOOKING_RESTRICTED after repeated no-shows (accepts Idempotency-Key)',
      body: s.bookBody,
      response: { 201: s.appointmentSchema },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const now = ctx.clock.now();
      // Reads that need the shared handle (calendar, places, catalog) come before the transaction.
      const prepared = await prepareBooking(ctx, actor, req.body, now);
      const view = await withIdempotency(ctx, req, reply, `appointments.book:${actor.id}`, async (trx) => {
        const row = await bookPrepared(ctx, trx, prepared);
        return { status: 201, body: toView(row, req.lang, actor, ctx.config.appointmentCutoffHours) };
      });
      return revive(view);
    },
  });

  app.get('/api/v1/appointments/:id', {
    schema: {
      tags: ['appointments'],
      security,
      summary: 'One booking, for its holder and the staff who reach it (identifiers masked)',
      params: z.object({ id: z.uuid() }),
      response: { 200: s.appointmentSchema },
    },
    handler: async (req) => getAppointment(ctx, requireActor(req), req.params.id, req.lang),
  });

  app.post('/api/v1/appointments/:id/actions/:action', {
    schema: {
      tags: ['appointments'],
      security,
      summary:
        'cancel or reschedule (holder or 12345 agent, until the cut-off), check_in (holder at the kiosk or a window clerk, with the check-in code: the answer carries the priority queue ticket); 409 VERSION_CONFLICT on a stale version',
      params: s.actionParams,
      body: s.actionBody,
      response: { 200: s.actionResponse },
    },
    handler: async (req) => actOnAppointment(ctx, requireActor(req), req.params.id, req.params.action, req.body, ctx.clock.now(), req.lang),
  });

  app.get('/api/v1/me/appointments', {
    schema: {
      tags: ['appointments'],
      security,
      summary: '我的预约: the signed-in holder’s bookings, newest slot first, with their check-in codes',
      querystring: s.myAppointmentsQuery,
      response: { 200: s.myAppointmentsResponse },
    },
    handler: async (req) => listMyAppointments(ctx, requireActor(req), req.query, req.lang),
  });

  app.get('/api/v1/places/:code/appointments', {
    schema: {
      tags: ['appointments'],
      security,
      summary: "A place's bookings of a day per window group, for staff of its region (a department's staff: its items only)",
      params: placeParams,
      querystring: s.dayQuery,
      response: { 200: s.dayResponse },
    },
    handler: async (req) => listDayAppointments(ctx, requireActor(req), req.params.code, req.query.date, ctx.clock.now(), req.lang),
  });

  app.get('/api/v1/admin/places/:code/appointment-settings', {
    schema: {
      tags: ['appointments'],
      security,
      summary: "A place's booking capacity per window group: slot length, ordinary and off-hours capacity, and where each comes from",
      params: placeParams,
      response: { 200: s.settingsResponse },
    },
    handler: async (req) => listPlaceSettings(ctx, requireActor(req), req.params.code),
  });

  app.put('/api/v1/admin/places/:code/appointment-settings', {
    preValidation: async (req) => {
      // 401/403 before field errors; the service checks the place's region as well.
      const actor = requireActor(req);
      if (!actor.roles.includes('admin')) authorizeSettings(actor, actor.regionCode);
    },
    schema: {
      tags: ['appointments'],
      security,
      summary: "Set a window group's slot length and capacities at a place (group '*': the place's default); bookings already made keep their slots",
      params: placeParams,
      body: s.settingsBody,
      response: { 200: s.settingsResponse },
    },
    handler: async (req) => setPlaceSettings(ctx, requireActor(req), req.params.code, req.body, ctx.clock.now()),
  });
}
