import { z } from 'zod';
import { SMS_STATUSES } from './notifications.enums';

/** A signed-in user's messages (`GET /api/v1/notifications`) and the SMS outbox (`GET /api/v1/admin/sms`). */

export { SMS_STATUSES, type SmsStatus } from './notifications.enums';

const page = { page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) };

export const notificationsQuery = z.strictObject({ unread: z.enum(['true', 'false']).optional(), ...page });

export const notificationSchema = z.object({
  id: z.number(),
  title: z.string(),
  body: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export const notificationPageSchema = z.object({ items: z.array(notificationSchema), total: z.number(), unread: z.number() });

export const smsQuery = z.strictObject({ mobile: z.string().max(20).optional(), ...page });

/** One message of the outbox; the number is masked (administrators check what went out, not to whom). */
export const smsMessageSchema = z.object({
  id: z.number(),
  mobile: z.string(),
  body: z.string(),
  template: z.string(),
  status: z.enum(SMS_STATUSES),
  gateway: z.string().nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});

export const smsPageSchema = z.object({ items: z.array(smsMessageSchema), total: z.number() });
