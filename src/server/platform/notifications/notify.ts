import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { renderTemplate } from './templates';
import type { SmsGateway } from './sms-gateway';
import type { Executor } from '../../db/executor';
import { staffQuery, type StaffFilter } from './staff';

export interface NotificationInput {
  /** The user to tell in-app (and by SMS at their registered mobile, unless `mobile` is given). */
  userId?: string | null;
  /** An SMS number for people without an account (walk-in applicants, hotline callers). */
  mobile?: string | null;
  channels: ReadonlyArray<'inapp' | 'sms'>;
  template: string;
  params: Record<string, string | number>;
  subjectType?: string;
  subjectId?: string;
}

/**
 * Queues a notification. Call it inside the transaction of the change it reports, so it is sent
 * if and only if the change commits. SMS rows are drained by the `platform.sms` job. One statement
 * whatever the channels: the in-app row, the mobile looked up from the account when none is given,
 * and the SMS row (none when there is no number) go in together.
 */
export async function queueNotification(db: Executor, n: NotificationInput): Promise<void> {
  const inApp = n.channels.includes('inapp') && !!n.userId;
  const sms = n.channels.includes('sms') && !!(n.mobile || n.userId);
  if (!sms) return inApp ? queueInApp(db, [n]) : undefined;
  const text = renderTemplate(n.template, n.params);
  const subjectType = n.subjectType ?? null;
  const subjectId = n.subjectId ?? null;
  const inAppRow = inApp
    ? sql`WITH in_app AS (
        INSERT INTO notifications (user_id, template, params, title_zh, title_en, body_zh, body_en, subject_type, subject_id)
        VALUES (${n.userId}::uuid, ${n.template}, ${JSON.stringify(n.params)}::jsonb, ${text.titleZh}, ${text.titleEn}, ${text.zh}, ${text.en}, ${subjectType}, ${subjectId}))`
    : sql``;
  await sql`${inAppRow}
    INSERT INTO sms_messages (mobile, body, template, subject_type, subject_id)
    SELECT m.mobile, ${`【包头政务】${text.zh}`}, ${n.template}, ${subjectType}, ${subjectId}
    FROM (SELECT coalesce(${n.mobile ?? null}::text, (SELECT u.mobile FROM users u WHERE u.id = ${n.userId ?? null}::uuid)) AS mobile) m
    WHERE m.mobile IS NOT NULL`.execute(db);
}

/** Queues many in-app notifications in one statement (a job that tells hundreds of people at once). */
export async function queueInApp(db: Executor, list: readonly NotificationInput[]): Promise<void> {
  const rows = list
    .filter((n) => n.userId)
    .map((n) => {
      const text = renderTemplate(n.template, n.params);
      return {
        user_id: n.userId!,
        template: n.template,
        params: JSON.stringify(n.params),
        title_zh: text.titleZh,
        title_en: text.titleEn,
        body_zh: text.zh,
        body_en: text.en,
        subject_type: n.subjectType ?? null,
        subject_id: n.subjectId ?? null,
      };
    });
  if (rows.length) await db.insertInto('notifications').values(rows).execute();
}

/**
 * Queues one in-app notification to each of the staff `staff` finds, in one statement (INSERT …
 * SELECT): the rows `queueInApp` writes for their ids, without first reading the ids.
 */
export async function queueInAppToStaff(db: Executor, staff: StaffFilter, n: Omit<NotificationInput, 'userId' | 'mobile' | 'channels'>): Promise<void> {
  const text = renderTemplate(n.template, n.params);
  await sql`
    INSERT INTO notifications (user_id, template, params, title_zh, title_en, body_zh, body_en, subject_type, subject_id)
    SELECT s.id, ${n.template}::text, ${JSON.stringify(n.params)}::jsonb, ${text.titleZh}::text, ${text.titleEn}::text, ${text.zh}::text,
      ${text.en}::text, ${n.subjectType ?? null}::text, ${n.subjectId ?? null}::text
    FROM (${staffQuery(db, staff)}) s`.execute(db);
}

/**
 * Queues many notifications in at most three statements whatever their number (a job that tells
 * hundreds of people at once): the in-app rows in one INSERT, the mobiles of the SMS recipients
 * with an account in one query, their SMS rows in one INSERT. Same rows as `queueNotification`.
 */
export async function queueMany(db: Executor, list: readonly NotificationInput[]): Promise<void> {
  await queueInApp(
    db,
    list.filter((n) => n.channels.includes('inapp')),
  );
  const sms = list.filter((n) => n.channels.includes('sms'));
  const lookup = [...new Set(sms.filter((n) => !n.mobile && n.userId).map((n) => n.userId!))];
  const mobiles = new Map(
    lookup.length ? (await db.selectFrom('users').select(['id', 'mobile']).where('id', 'in', lookup).execute()).map((u) => [u.id, u.mobile] as const) : [],
  );
  const rows = sms.flatMap((n) => {
    const mobile = n.mobile ?? (n.userId ? mobiles.get(n.userId) : null) ?? null;
    if (!mobile) return [];
    const text = renderTemplate(n.template, n.params);
    return [{ mobile, body: `【包头政务】${text.zh}`, template: n.template, subject_type: n.subjectType ?? null, subject_id: n.subjectId ?? null }];
  });
  if (rows.length) await db.insertInto('sms_messages').values(rows).execute();
}

/** Sends pending SMS through the gateway; failures are retried up to 5 times. Returns how many were sent. */
export async function drainSms(db: Kysely<DB>, gateway: SmsGateway, batch = 100): Promise<number> {
  const pending = await db
    .selectFrom('sms_messages')
    .select(['id', 'mobile', 'body', 'attempts'])
    .where('status', '=', 'pending')
    .orderBy('id')
    .limit(batch)
    .execute();
  let sent = 0;
  for (const m of pending) {
    try {
      const r = await gateway.send(m.mobile, m.body);
      await db
        .updateTable('sms_messages')
        .set({ status: 'sent', gateway: gateway.name, gateway_message_id: r.messageId, sent_at: new Date(), attempts: m.attempts + 1 })
        .where('id', '=', m.id)
        .execute();
      sent += 1;
    } catch (err) {
      await db
        .updateTable('sms_messages')
        .set({ attempts: m.attempts + 1, last_error: String((err as Error).message).slice(0, 500), status: m.attempts + 1 >= 5 ? 'failed' : 'pending' })
        .where('id', '=', m.id)
        .execute();
    }
  }
  return sent;
}
