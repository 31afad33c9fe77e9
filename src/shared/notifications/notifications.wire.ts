import type { WireOf } from '../wire';
import type { notificationPageSchema, notificationSchema, smsMessageSchema, smsPageSchema } from './notifications.schemas';

export type { SmsStatus } from './notifications.enums';

/** A user's messages and the SMS outbox as the browser receives them (see wire.ts). */

export type Notification = WireOf<typeof notificationSchema>;
export type NotificationPage = WireOf<typeof notificationPageSchema>;
export type SmsMessage = WireOf<typeof smsMessageSchema>;
export type SmsPage = WireOf<typeof smsPageSchema>;
