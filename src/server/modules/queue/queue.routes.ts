import { z } from 'zod';
import type { AppContext } from '../../context';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { withIdempotency } from '../../platform/http/idempotency';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { checkInAtHall } from '../appointments';
import { getPlaceSchedule } from '../places';
import { actAtWindow, getWindowState } from './queue.calls';
import { QUEUE_ERR } from './queue.errors';
import { listDayTickets } from './queue.list';
import { groupServiceFigures, toTicketView } from './queue.read';
import * as repo from './queue.repository';
import * as s from './queue.schemas';
import { getQueueStats } from './queue.stats';
import { closeHallStreams, streamHall } from './queue.stream';
import { assertHallOpen, issueTicket, resolveTake, throttleTake } from './queue.take';

const security = [{ session: [] }];
const placeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/) });

const DATE_FIELDS = ['issuedAt', 'calledAt', 'finishedAt'] as const;

/** A replayed answer comes back from JSON: its instants as dates again, for the response schema. */
function revive(view: s.TicketView): s.TicketView {
  const out: Record<string, unknown> = { ...view };
  for (const k of DATE_FIELDS) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as s.TicketView;
}

/** Queue tickets and window calling (取号、叫号, docs/decisions.md D29). */
export async function queueRoutes(app: App, ctx: AppContext): Promise<void> {
  // Open hall screens end with the server, so it can stop (a screen reconnects to another node).
  app.addHook('preClose', async () => closeHallStreams(ctx));

  app.post('/api/v1/queue/tickets', {
    schema: {
      tags: ['queue'],
      summary:
        'Take a ticket at the hall (kiosk or QR, no sign-in needed): for an item (its window group numbers it) or a group, or with an appointment’s check-in code (checks it in; a priority ticket). Refused outside the place’s sessions of the day (HALL_CLOSED, naming the next opening), except a check-in. Answers the number, how many are ahead and the estimated wait. TONGBAN_QUEUE_TAKE_LIMIT per address per 10 min and a few SMS per phone number, then 429 (accepts Idempotency-Key)',
      body: s.takeBody,
      response: { 201: s.ticketSchema },
    },
    handler: async (req, reply) => {
      const now = ctx.clock.now();
      const b = req.body;
      await throttleTake(ctx, req.ip, b.mobile, now);
      if (b.checkInCode) {
        const place = await getPlaceSchedule(ctx.db, b.place);
        const r = await checkInAtHall(ctx, place.code, b.checkInCode, now, req.lang);
        if (!r?.ticket) throw new AppError(QUEUE_ERR.CHECK_IN_CODE_UNKNOWN, { code: b.checkInCode, place: place.nameZh, placeEn: place.nameEn });
        const row = await repo.findTicket(ctx.db, r.ticket.id);
        void reply.status(201);
        return toTicketView(ctx, ctx.db, row!, place.windows, req.lang, now);
      }
      const { spec, place } = await resolveTake(ctx, b, req.actor ?? null);
      await assertHallOpen(ctx, place, now);
      // Read before the transaction, and the number drawn in a statement of its own: a group's takes
      // wait for each other only while one draws (D29).
      const figures = await groupServiceFigures(ctx.db, place.code, spec.group, toShanghaiDate(now), now);
      const drawn = await repo.drawNumber(ctx.db, place.code, spec.group, toShanghaiDate(now));
      const view = await withIdempotency(ctx, req, reply, `queue.take:${req.actor?.id ?? req.ip}`, async (trx) => {
        const row = await issueTicket(ctx, trx, spec, now, drawn);
        return { status: 201, body: await toTicketView(ctx, trx, row, place.windows, req.lang, now, figures) };
      });
      return revive(view);
    },
  });

  app.get('/api/v1/queue/tickets/:id', {
    schema: {
      tags: ['queue'],
      summary: 'A ticket by its id (the QR on the paper ticket; no sign-in): status, number, people ahead, estimated wait, the window when called',
      params: s.ticketParams,
      response: { 200: s.ticketSchema },
    },
    handler: async (req) => {
      const row = await repo.findTicket(ctx.db, req.params.id);
      if (!row) throw new AppError(QUEUE_ERR.TICKET_NOT_FOUND);
      const place = await getPlaceSchedule(ctx.db, row.place_code);
      return toTicketView(ctx, ctx.db, row, place.windows, req.lang, ctx.clock.now());
    },
  });

  app.get('/api/v1/queue/windows/:id', {
    schema: {
      tags: ['queue'],
      security,
      summary: 'A window’s calling panel: the ticket it serves, what to open for it, how many wait in its group (window clerks of the place’s region)',
      params: s.windowParams,
      response: { 200: s.windowStateSchema },
    },
    handler: async (req) => getWindowState(ctx, requireActor(req), req.params.id, ctx.clock.now(), req.lang),
  });

  app.post('/api/v1/queue/windows/:id/actions/:action', {
    schema: {
      tags: ['queue'],
      security,
      summary:
        'call_next (finishes the current ticket, calls the group’s next: priority lane first, then the oldest), recall, skip (not present), transfer (to another group, keeping its place in line). The answer says what to open: the appointment or the intake page for the item. 409 WINDOW_BUSY / TICKET_CHANGED',
      params: s.windowActionParams,
      body: s.windowActionBody,
      response: { 200: s.windowActionResponse },
    },
    handler: async (req) => actAtWindow(ctx, requireActor(req), req.params.id, req.params.action, req.body, ctx.clock.now(), req.lang),
  });

  app.get('/api/v1/queue/places/:code/stream', {
    schema: {
      tags: ['queue'],
      summary:
        'The hall screen (大屏), server-sent events: `snapshot` (last number per window, waiting per group; again every minute), then `take`, `call`, `recall`, `skip`, `transfer` as they happen on any node; a comment line as heartbeat',
      params: placeParams,
      produces: ['text/event-stream'],
    },
    handler: async (req, reply) => streamHall(ctx, req, reply, req.params.code),
  });

  app.get('/api/v1/queue/places/:code/tickets', {
    schema: {
      tags: ['queue'],
      security,
      summary:
        'A hall’s tickets of a day, paged: the line first (priority lane, then oldest), then the others; by group and status; mobiles masked (window clerks and the readers of its figures, its region)',
      params: placeParams,
      querystring: s.listQuery,
      response: { 200: s.listResponse },
    },
    handler: async (req) => listDayTickets(ctx, requireActor(req), req.params.code, req.query, ctx.clock.now(), req.lang),
  });

  app.get('/api/v1/queue/places/:code/stats', {
    schema: {
      tags: ['queue'],
      security,
      summary:
        'A hall’s day: tickets taken, served, skipped; waiting and service time (average, median) per group, window and clerk (supervisors, heads, leaders, admins of its region)',
      params: placeParams,
      querystring: s.statsQuery,
      response: { 200: s.statsResponse },
    },
    handler: async (req) => getQueueStats(ctx, requireActor(req), req.params.code, req.query.date, ctx.clock.now(), req.lang),
  });
}
