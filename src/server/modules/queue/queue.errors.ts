import { defineErrors } from '../../platform/errors';

/** Error codes of queue tickets and window calling, in both languages (docs/decisions.md D29). */
export const QUEUE_ERR = defineErrors({
  TICKET_NOT_FOUND: { kind: 'not_found', zh: '未找到该排队号', en: 'Queue ticket not found' },
  INVALID_TRANSITION: {
    kind: 'rule',
    zh: '排队号当前状态为“{status}”，不能{action}',
    en: 'The ticket is “{statusEn}”; “{actionEn}” is not possible now',
  },
  WINDOW_NOT_FOUND: { kind: 'not_found', zh: '{place} 没有 {window} 号窗口', en: '{placeEn} has no window {window}' },
  WINDOW_NOT_CALLING: {
    kind: 'rule',
    zh: '{window} 是出件窗口，不叫号',
    en: 'Window {window} hands out results and calls no tickets',
  },
  WINDOW_IDLE: { kind: 'rule', zh: '{window} 号窗口当前没有叫到的号', en: 'Window {window} has no called ticket' },
  WINDOW_BUSY: {
    kind: 'conflict',
    zh: '{window} 号窗口正在叫号，请稍后再试',
    en: 'Window {window} is calling at this moment; try again',
  },
  TICKET_CHANGED: {
    kind: 'conflict',
    zh: '窗口当前的号已变为 {number}，请刷新后再操作',
    en: 'The window is now serving {number}; refresh and try again',
  },
  GROUP_NOT_AT_PLACE: { kind: 'rule', zh: '{place} 没有 {group} 类窗口', en: '{placeEn} has no window group {group}' },
  SAME_GROUP: { kind: 'rule', zh: '该号已在 {group} 类窗口排队', en: 'The ticket is already in group {group}' },
  TRANSFER_GROUP_REQUIRED: { kind: 'bad_input', zh: '转移须选择目标窗口组', en: 'A transfer needs the group to send the ticket to' },
  ITEM_NOT_AT_PLACE: { kind: 'rule', zh: '{place} 不办理事项 {code}', en: '{placeEn} does not handle item {code}' },
  ITEM_NOT_IN_HALL: { kind: 'rule', zh: '事项 {code} 不在大厅窗口办理', en: 'Item {code} is not handled at a hall window' },
  CHECK_IN_CODE_UNKNOWN: {
    kind: 'rule',
    zh: '{place} 今天没有签到码为 {code} 的预约，请核对签到码',
    en: '{placeEn} has no appointment today with check-in code {code}; check the code',
  },
  HALL_CLOSED: {
    kind: 'rule',
    zh: '{place}现在不在办公时间，不能取号；下次开放时间为 {next}（北京时间）',
    en: '{placeEn} is closed now, so no ticket can be taken; it next opens at {next} (Beijing time)',
  },
  HALL_CLOSED_NO_HOURS: {
    kind: 'rule',
    zh: '{place}现在不在办公时间，近一个月内没有开放时段，不能取号',
    en: '{placeEn} is closed now and has no opening hours within a month, so no ticket can be taken',
  },
  STATS_DATE_FUTURE: { kind: 'bad_input', zh: '统计日期不能晚于今天', en: 'The date cannot be later than today' },
});
