import { sql } from 'kysely';
import { z } from 'zod';
import { notificationPageSchema, notificationsQuery, smsPageSchema, smsQuery } from '../../../shared/notifications/notifications.schemas';
import type { AppContext } from '../../context';
import { maskMobile } from '../ids/mobile';
import { allow, authorize, definePolicy, regionFilter } from '../auth/policy';
import { AppError, ERR } from '../errors';
import { requireActor } from '../http/session-hooks';
import type { App } from '../http/types';
import { drainSms } from './notify';
import { localSmsGateway } from './sms-gateway';

/**
 * The outbox is scoped like the records the messages are about: city-level administrators see
 * every message; a district administrator only messages about a case or ticket of their region
 * (found through that record's events), never ones without a subject.
 */
export const notificationsPolicy = definePolicy({
  'sms.read': [allow(['admin'], 'region')],
});

const SMS_QUEUE = 'platform.sms';

/** Drains the SMS outbox every few seconds through the configured gateway. */
export async function registerSmsJob(ctx: AppContext): Promise<void> {
  ctx.jobs.work(SMS_QUEUE, async () => void (await drainSms(ctx.db, localSmsGateway)));
  await ctx.jobs.schedule('sms-drain', SMS_QUEUE, 5);
}

/** The signed-in user's messages, and the SMS outbox for administrators. */
export function notificationsRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/notifications', {
    schema: {
      tags: ['notifications'],
      summary: 'My messages, newest first',
      querystring: notificationsQuery,
      response: { 200: notificationPageSchema },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      let q = ctx.db.selectFrom('notifications').where('user_id', '=', actor.id);
      if (req.query.unread === 'true') q = q.where('read_at', 'is', null);
      const en = req.lang === 'en-US';
      const [rows, counts] = await Promise.all([
        q
          .selectAll()
          .orderBy('id', 'desc')
          .limit(req.query.pageSize)
          .offset((req.query.page - 1) * req.query.pageSize)
          .execute(),
        ctx.db
          .selectFrom('notifications')
          .where('user_id', '=', actor.id)
          .select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) FILTER (WHERE read_at IS NULL))::int`.as('unread')])
          .executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          title: en ? r.title_en : r.title_zh,
          body: en ? r.body_en : r.body_zh,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          createdAt: r.created_at,
          readAt: r.read_at,
        })),
        total: req.query.unread === 'true' ? counts.unread : counts.total,
        unread: counts.unread,
      };
    },
  });

  app.post('/api/v1/notifications/:id/read', {
    schema: {
      tags: ['notifications'],
      summary: 'Mark a message read',
      params: z.object({ id: z.coerce.number().int().positive() }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const r = await ctx.db
        .updateTable('notifications')
        .set({ read_at: new Date() })
        .where('id', '=', req.params.id)
        .where('user_id', '=', actor.id)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new AppError(ERR.NOT_FOUND);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/admin/sms', {
    schema: {
      tags: ['notifications'],
      summary: 'The SMS outbox: every message the platform sent or will send (local gateway: recorded, not delivered)',
      querystring: smsQuery,
      response: { 200: smsPageSchema },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      authorize(actor, notificationsPolicy, 'sms.read');
      let q = ctx.db.selectFrom('sms_messages');
      const region = regionFilter(actor);
      if (region) {
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('events as e')
              .select(sql`1`.as('one'))
              .whereRef('e.subject_type', '=', 'sms_messages.subject_type')
              .whereRef('e.subject_id', '=', 'sms_messages.subject_id')
              .where('e.region_code', '=', region),
          ),
        );
      }
      if (req.query.mobile) q = q.where('mobile', '=', req.query.mobile);
      const [rows, count] = await Promise.all([
        q
          .selectAll()
          .orderBy('id', 'desc')
          .limit(req.query.pageSize)
          .offset((req.query.page - 1) * req.query.pageSize)
          .execute(),
        q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        // Admins see the outbox to check what went out, not whom: numbers are masked.
        items: rows.map((r) => ({
          id: r.id,
          mobile: maskMobile(r.mobile),
          body: r.body,
          template: r.template,
          status: r.status,
          gateway: r.gateway,
          createdAt: r.created_at,
          sentAt: r.sent_at,
        })),
        total: count.n,
      };
    },
  });
}
