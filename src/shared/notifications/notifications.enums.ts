/** The notifications' closed lists, zod-free for the web bundle. */

/** Where an SMS is in the outbox: waiting for the sender job, handed to the gateway, or given up on. */
export const SMS_STATUSES = ['pending', 'sent', 'failed'] as const;
export type SmsStatus = (typeof SMS_STATUSES)[number];
