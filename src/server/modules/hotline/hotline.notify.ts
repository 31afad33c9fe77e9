import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { Role } from '../../platform/auth/roles';
import { checkMobile } from '../../platform/ids/mobile';
import { queueInAppToStaff, queueNotification } from '../../platform/notifications/notify';
import { defineTemplates } from '../../platform/notifications/templates';

/** Messages of the hotline: callers by SMS at acceptance and reply, staff in-app at each hand-over. */
export const HOTLINE_MSG = defineTemplates({
  'hotline.accepted': {
    titleZh: '诉求已受理',
    titleEn: 'Request accepted',
    zh: '您反映的问题已受理，工单号 {ticketNo}，我们将在 {dueText} 前答复。可凭工单号和手机号后四位查询进度。',
    en: 'Your request was accepted as ticket {ticketNo}; you will get an answer by {dueText}. Track it with the ticket number and the last four digits of your phone.',
  },
  'hotline.replied': {
    titleZh: '诉求办理结果',
    titleEn: 'Result of your request',
    zh: '工单 {ticketNo} 办理结果：{reply}（{department}）',
    en: 'Ticket {ticketNo} result: {reply} ({department})',
  },
  'hotline.replied_rate': {
    titleZh: '诉求办理结果',
    titleEn: 'Result of your request',
    zh: '工单 {ticketNo} 办理结果：{reply}（{department}）。请点击链接评价本次服务：{rateUrl}（{days}天内有效）',
    en: 'Ticket {ticketNo} result: {reply} ({department}). Rate the service at {rateUrl} (valid for {days} days)',
  },
  'hotline.emergency': {
    titleZh: '紧急警情请拨打 {line}',
    titleEn: 'Emergency: call {line}',
    zh: '您发送的内容疑似紧急警情（{lineName}），请立即拨打 {line}。12345 不受理紧急警情。',
    en: 'Your message looks like an emergency ({lineNameEn}); call {line} now. 12345 does not take emergencies.',
  },
  'hotline.assigned': {
    titleZh: '新工单待签收',
    titleEn: 'New ticket to sign for',
    zh: '工单 {ticketNo}（{category}，{roleZh}）待签收，签收时限 {signDue}，办理时限 {due}。',
    en: 'Ticket {ticketNo} ({category}, {roleEn}) waits for signature by {signDue}; due {due}.',
  },
  'hotline.returned': {
    titleZh: '退单待审核',
    titleEn: 'Returned ticket to review',
    zh: '{department} 退回工单 {ticketNo}，理由：{reason}',
    en: '{department} returned ticket {ticketNo}: {reason}',
  },
  'hotline.return_rejected': {
    titleZh: '退单未通过',
    titleEn: 'Return rejected',
    zh: '工单 {ticketNo} 的退单申请未通过：{note}，请继续办理。',
    en: 'The return of ticket {ticketNo} was rejected: {note}. Please handle it.',
  },
  'hotline.extension_requested': {
    titleZh: '延期申请待审核',
    titleEn: 'Extension request to review',
    zh: '{department} 申请工单 {ticketNo} 延期 {amount}，理由：{reason}',
    en: '{department} asks to extend ticket {ticketNo} by {amount}: {reason}',
  },
  'hotline.extension_decided': {
    titleZh: '延期申请结果',
    titleEn: 'Extension decision',
    zh: '工单 {ticketNo} 的延期申请{resultZh}，办理时限 {due}。',
    en: 'The extension of ticket {ticketNo} was {resultEn}; due {due}.',
  },
  'hotline.reopened': {
    titleZh: '工单重办',
    titleEn: 'Ticket reopened',
    zh: '工单 {ticketNo} 回访{reasonZh}，已退回重办，新时限 {due}。',
    en: 'Ticket {ticketNo} was reopened after the return visit ({reasonEn}); new limit {due}.',
  },
  'hotline.sign_overdue': {
    titleZh: '工单签收超时',
    titleEn: 'Ticket not signed in time',
    zh: '工单 {ticketNo}（{category}）派给{department}后未在 {signDue} 前签收，请立即签收。',
    en: 'Ticket {ticketNo} ({category}) sent to {department} was not signed by {signDue}; sign for it now.',
  },
  'hotline.light': {
    titleZh: '工单时限预警',
    titleEn: 'Ticket time-limit warning',
    zh: '工单 {ticketNo}（{category}）已亮{lightZh}，办理时限 {due}。',
    en: 'Ticket {ticketNo} ({category}) turned {lightEn}; due {due}.',
  },
});

export type HotlineTemplate = keyof typeof HOTLINE_MSG;
type Params = Record<string, string | number>;

interface TicketRef {
  id: string;
  ticket_no: string;
  region_code: string;
}

/** Whether the caller can be texted: they left a mobile number (a landline gets the reply by the return visit). */
export function textable(t: { caller_phone: string | null }): boolean {
  return !!t.caller_phone && checkMobile(t.caller_phone).ok;
}

/** Tells the caller by SMS, when they left a mobile number (a landline gets the reply by the return visit). */
export async function notifyCaller(
  trx: Transaction<DB>,
  t: TicketRef & { caller_phone: string | null },
  template: HotlineTemplate,
  params: Params,
): Promise<void> {
  if (!textable(t)) return;
  await queueNotification(trx, {
    mobile: t.caller_phone,
    channels: ['sms'],
    template,
    params: { ticketNo: t.ticket_no, ...params },
    subjectType: 'hotline_ticket',
    subjectId: t.id,
  });
}

/** Tells staff in-app: those with the roles in the departments given (all departments without), near the ticket's region. */
export async function notifyStaff(
  trx: Transaction<DB>,
  t: TicketRef,
  roles: readonly Role[],
  departments: readonly string[] | null,
  template: HotlineTemplate,
  params: Params,
): Promise<void> {
  await queueInAppToStaff(
    trx,
    { roles, departments, regionCode: t.region_code },
    { template, params: { ticketNo: t.ticket_no, ...params }, subjectType: 'hotline_ticket', subjectId: t.id },
  );
}

/** An instant for a message, in Beijing time: 2026-11-30 14:05. */
export function formatInstant(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
