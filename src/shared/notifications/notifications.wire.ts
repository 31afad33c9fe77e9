import type { WireOf } from '../wire';
import type { notificationPageSchema, notificationSchema } from './notifications.schemas';

/** A user's messages as the browser receives them (see wire.ts). */

export type Notification = WireOf<typeof notificationSchema>;
export type NotificationPage = WireOf<typeof notificationPageSchema>;
