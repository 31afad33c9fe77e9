import { z } from 'zod';
import type { AppContext } from '../../context';
import { authorize, allow, definePolicy } from '../auth/policy';
import { requireActor } from '../http/session-hooks';
import type { App } from '../http/types';
import { isIsoDate } from './shanghai-date';

export const calendarPolicy = definePolicy({
  'calendar.update': [allow(['admin'])],
});

// Bounded like the year endpoints: beyond them there is no schedule to consult, results past
// 9999-12-31 are not dates at all, and counting across millennia would tie up the server.
const isoDate = z
  .string()
  .refine((v) => isIsoDate(v) && v >= '2000-01-01' && v <= '2100-12-31', {
    message: 'must be a real date YYYY-MM-DD from 2000-01-01 to 2100-12-31 / 须为 2000-01-01 至 2100-12-31 之间的有效日期 YYYY-MM-DD',
  });
const dayKind = z.enum(['holiday', 'makeup', 'weekend', 'workday']);

/** Public working-day arithmetic and the admin's calendar maintenance. */
export function calendarRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/calendar/add-workdays', {
    schema: {
      tags: ['calendar'],
      summary: 'The date N working days after a date (published=false when a year in the range has no official schedule)',
      querystring: z.strictObject({ from: isoDate, days: z.coerce.number().int().min(0).max(3650) }),
      response: { 200: z.object({ date: z.string(), published: z.boolean() }) },
    },
    handler: async (req) => (await ctx.calendar.get()).addWorkdays(req.query.from, req.query.days),
  });

  app.get('/api/v1/calendar/count-workdays', {
    schema: {
      tags: ['calendar'],
      summary: 'Working days in (from, to]',
      querystring: z.strictObject({ from: isoDate, to: isoDate }),
      response: { 200: z.object({ workdays: z.number(), published: z.boolean() }) },
    },
    handler: async (req) => {
      const cal = await ctx.calendar.get();
      const [a, b] = req.query.from <= req.query.to ? [req.query.from, req.query.to] : [req.query.to, req.query.from];
      const n = cal.countWorkdays(a, b);
      return { workdays: req.query.from <= req.query.to ? n : -n, published: cal.yearsWithoutSchedule(a, b).length === 0 };
    },
  });

  app.get('/api/v1/calendar/years/:year', {
    schema: {
      tags: ['calendar'],
      summary: 'Every day of a year: working day or not, and why',
      params: z.object({ year: z.coerce.number().int() }),
      response: {
        200: z.object({
          year: z.number(),
          published: z.boolean(),
          note: z.string().nullable(),
          days: z.array(z.object({ date: z.string(), workday: z.boolean(), kind: dayKind, name: z.string().optional(), source: z.string() })),
        }),
      },
    },
    handler: async (req) => ctx.calendar.describeYear(req.params.year),
  });

  app.put('/api/v1/calendar/days/:date', {
    schema: {
      tags: ['calendar'],
      summary: 'Set one day (a local holiday, a new State Council notice); admin only',
      params: z.object({ date: isoDate }),
      body: z.strictObject({ workday: z.boolean(), kind: dayKind, name: z.string().trim().max(40).nullable().default(null) }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, calendarPolicy, 'calendar.update');
      await ctx.calendar.setDay(actor, { date: req.params.date, ...req.body });
      return reply.status(204).send(null);
    },
  });

  app.delete('/api/v1/calendar/days/:date', {
    schema: { tags: ['calendar'], summary: 'Return a day to the Mon–Fri default; admin only', params: z.object({ date: isoDate }), response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, calendarPolicy, 'calendar.update');
      await ctx.calendar.clearDay(actor, req.params.date);
      return reply.status(204).send(null);
    },
  });

  app.put('/api/v1/calendar/years/:year', {
    schema: {
      tags: ['calendar'],
      summary: "Mark a year's schedule as published (after entering its holidays); admin only",
      params: z.object({ year: z.coerce.number().int() }),
      body: z.strictObject({ published: z.boolean(), note: z.string().trim().max(200).nullable().default(null) }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, calendarPolicy, 'calendar.update');
      await ctx.calendar.setYear(actor, { year: req.params.year, ...req.body });
      return reply.status(204).send(null);
    },
  });
}
