import { z } from 'zod';

/** A signed-in user's messages (`GET /api/v1/notifications`). */

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
