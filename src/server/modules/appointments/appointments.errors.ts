import { defineErrors } from '../../platform/errors';

/** Error codes of appointments, in both languages (docs/decisions.md D28). */
export const APPOINTMENT_ERR = defineErrors({
  APPOINTMENT_NOT_FOUND: { kind: 'not_found', zh: '未找到该预约', en: 'Appointment not found' },
  INVALID_TRANSITION: {
    kind: 'rule',
    zh: '预约当前状态为“{status}”，不能{action}',
    en: 'The appointment is “{statusEn}”; “{actionEn}” is not possible now',
  },
  ITEM_NOT_BOOKABLE: { kind: 'rule', zh: '事项 {code} 不提供预约办理', en: 'Item {code} cannot be booked' },
  ITEM_NOT_AT_PLACE: { kind: 'rule', zh: '{place} 不办理事项 {code}', en: '{placeEn} does not handle item {code}' },
  RANGE_TOO_LONG: {
    kind: 'bad_input',
    zh: '查询范围最长 {days} 天，且结束日期不能早于开始日期',
    en: 'The range must be at most {days} days, and end on or after its start',
  },
  SLOT_NOT_OFFERED: {
    kind: 'rule',
    zh: '{place} 在 {start} 没有可预约的时段，请从可预约时段中选择',
    en: '{placeEn} offers no slot starting at {start}; choose one of the listed slots',
  },
  SLOT_IN_PAST: { kind: 'rule', zh: '该时段已开始或已过去，请选择之后的时段', en: 'That slot has started or is over; choose a later one' },
  SLOT_TOO_FAR: { kind: 'rule', zh: '最多可预约 {days} 天内的时段', en: 'Slots can be booked at most {days} days ahead' },
  SLOT_FULL: { kind: 'conflict', zh: '该时段已约满，请选择其他时段', en: 'That slot is fully booked; choose another one' },
  APPOINTMENT_DUPLICATE: {
    kind: 'conflict',
    zh: '您已预约该事项（{start}），请先取消或改约原预约',
    en: 'You already have a booking for this item ({start}); cancel or reschedule it first',
  },
  BOOKING_RESTRICTED: {
    kind: 'rule',
    zh: '90 天内爽约 {count} 次，{until} 前暂停预约；可直接到大厅取号办理',
    en: '{count} missed appointments within 90 days: booking is suspended until {until}; you can still take a ticket at the hall',
  },
  CALLER_REQUIRED: { kind: 'bad_input', zh: '代人预约须填写来电人姓名、身份证号和手机号', en: 'Booking for a caller needs their name, resident ID and mobile' },
  CALLER_NOT_ALLOWED: { kind: 'forbidden', zh: '只能为本人预约', en: 'You can only book for yourself' },
  NO_IDENTITY: {
    kind: 'rule',
    zh: '账号未登记身份证号或统一社会信用代码，不能预约',
    en: 'Your account has no resident ID or credit code on record, so it cannot book',
  },
  CUTOFF_PASSED: {
    kind: 'rule',
    zh: '距预约时间不足 {hours} 小时，不能再取消或改约',
    en: 'Less than {hours} hours before the appointment: it can no longer be cancelled or rescheduled',
  },
  NEW_START_REQUIRED: { kind: 'bad_input', zh: '改约须选择新的时段', en: 'Rescheduling needs the new slot' },
  SAME_SLOT: { kind: 'rule', zh: '新时段与原时段相同', en: 'The new slot is the one already booked' },
  CHECK_IN_CODE_WRONG: { kind: 'rule', zh: '签到码不正确', en: 'The check-in code is wrong' },
  CHECK_IN_NOT_OPEN: {
    kind: 'rule',
    zh: '签到时间为预约开始前 1 小时至时段结束',
    en: 'Check-in is open from an hour before the slot until it ends',
  },
});
