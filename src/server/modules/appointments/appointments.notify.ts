import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { shanghaiDateTime } from '../../platform/calendar/shanghai-date';
import { queueNotification } from '../../platform/notifications/notify';
import { defineTemplates } from '../../platform/notifications/templates';
import type { AppointmentRow } from './appointments.repository';

/** Messages of appointments: the confirmation with its check-in code, changes, cancellations and the no-show suspension. */
export const APPOINTMENT_MSG = defineTemplates({
  'appointment.booked': {
    titleZh: '预约成功',
    titleEn: 'Appointment booked',
    zh: '您已预约 {when} 在{placeName}办理“{itemName}”，签到码 {code}。请提前到达，凭签到码在自助机或窗口签到。如需取消或改约，请在 {cutoff} 前操作。',
    en: 'Booked: “{itemNameEn}” at {placeNameEn}, {when}. Check-in code {code}. Check in at a kiosk or window; cancel or reschedule before {cutoff}.',
  },
  'appointment.rescheduled': {
    titleZh: '预约已改期',
    titleEn: 'Appointment rescheduled',
    zh: '您在{placeName}办理“{itemName}”的预约已改至 {when}，签到码不变：{code}。',
    en: 'Your appointment for “{itemNameEn}” at {placeNameEn} is now {when}; the check-in code stays {code}.',
  },
  'appointment.cancelled': {
    titleZh: '预约已取消',
    titleEn: 'Appointment cancelled',
    zh: '您 {when} 在{placeName}办理“{itemName}”的预约已取消。',
    en: 'Your appointment for “{itemNameEn}” at {placeNameEn} on {when} is cancelled.',
  },
  'appointment.restricted': {
    titleZh: '预约功能暂停',
    titleEn: 'Booking suspended',
    zh: '您 90 天内爽约 {count} 次，{until} 前暂停网上和电话预约，仍可到大厅现场取号办理。',
    en: 'You missed {count} appointments within 90 days: booking is suspended until {until}; you can still take a ticket at the hall.',
  },
});

export type AppointmentTemplate = keyof typeof APPOINTMENT_MSG;

/** Tells the holder: in-app and SMS to their account, or SMS to the number the 12345 agent took. */
export async function notifyHolder(
  trx: Transaction<DB>,
  row: AppointmentRow,
  template: AppointmentTemplate,
  params: Record<string, string | number> = {},
): Promise<void> {
  const base = {
    template,
    params: {
      placeName: row.place_name_zh,
      placeNameEn: row.place_name_en,
      itemName: row.item_name_zh,
      itemNameEn: row.item_name_en,
      when: shanghaiDateTime(row.starts_at),
      ...params,
    },
    subjectType: 'appointment',
    subjectId: row.id,
  };
  if (row.user_id) await queueNotification(trx, { ...base, userId: row.user_id, mobile: row.mobile, channels: ['inapp', 'sms'] });
  else if (row.mobile) await queueNotification(trx, { ...base, mobile: row.mobile, channels: ['sms'] });
}
