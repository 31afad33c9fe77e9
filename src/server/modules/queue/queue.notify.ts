import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { queueNotification } from '../../platform/notifications/notify';
import { defineTemplates } from '../../platform/notifications/templates';
import * as repo from './queue.repository';

/** Messages of the queue: the SMS when three people are ahead (docs/domain.md S20). */
export const QUEUE_MSG = defineTemplates({
  'queue.three_ahead': {
    titleZh: '即将叫号',
    titleEn: 'Your turn is near',
    zh: '您在{placeName}取的 {number} 号前面还有 {ahead} 位，请回到大厅等候叫号。',
    en: 'Ticket {number} at {placeNameEn}: {ahead} people ahead of you. Please come back to the hall.',
  },
});

/** How many ahead triggers the SMS. */
export const NOTIFY_AHEAD = 3;

/**
 * Tells the person whose ticket now has three people ahead, once: by SMS to the number given at the
 * kiosk (and in-app when taken signed in). Runs after each change that moves a group's line.
 */
export async function notifyThreeAhead(trx: Transaction<DB>, placeCode: string, group: string, day: string): Promise<void> {
  const t = await repo.findInLine(trx, placeCode, group, day, NOTIFY_AHEAD);
  if (!t || t.notified_ahead || (!t.mobile && !t.user_id)) return;
  if (!(await repo.markNotifiedAhead(trx, t.id))) return;
  await queueNotification(trx, {
    userId: t.user_id,
    mobile: t.mobile,
    channels: ['inapp', 'sms'],
    template: QUEUE_MSG['queue.three_ahead'],
    params: { placeName: t.place_name_zh, placeNameEn: t.place_name_en, number: t.number, ahead: NOTIFY_AHEAD },
    subjectType: 'queue_ticket',
    subjectId: t.id,
  });
}
