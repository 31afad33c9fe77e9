import { z } from 'zod';
import {
  addWorkdaysQuery,
  addWorkdaysResponse,
  calendarDateParam,
  calendarYearSchema,
  countWorkdaysQuery,
  countWorkdaysResponse,
  setDayBody,
  setYearBody,
} from '../../../shared/calendar/calendar.schemas';
import type { AppContext } from '../../context';
import { authorize, allow, definePolicy } from '../auth/policy';
import { requireActor } from '../http/session-hooks';
import type { App } from '../http/types';

export const calendarPolicy = definePolicy({
  'calendar.update': [allow(['admin'])],
});

/** Public working-day arithmetic and the admin's calendar maintenance. */
export function calendarRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/calendar/add-workdays', {
    schema: {
      tags: ['calendar'],
      summary: 'The date N working days after a date (published=false when a year in the range has no official schedule)',
      querystring: addWorkdaysQuery,
      response: { 200: addWorkdaysResponse },
    },
    handler: async (req) => (await ctx.calendar.get()).addWorkdays(req.query.from, req.query.days),
  });

  app.get('/api/v1/calendar/count-workdays', {
    schema: {
      tags: ['calendar'],
      summary: 'Working days in (from, to]',
      querystring: countWorkdaysQuery,
      response: { 200: countWorkdaysResponse },
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
      response: { 200: calendarYearSchema },
    },
    handler: async (req) => ctx.calendar.describeYear(req.params.year),
  });

  app.put('/api/v1/calendar/days/:date', {
    schema: {
      tags: ['calendar'],
      summary: 'Set one day (a local holiday, a new State Council notice); admin only',
      params: z.object({ date: calendarDateParam }),
      body: setDayBody,
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
    schema: {
      tags: ['calendar'],
      summary: 'Return a day to the Mon–Fri default; admin only',
      params: z.object({ date: calendarDateParam }),
      response: { 204: z.null() },
    },
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
      body: setYearBody,
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
