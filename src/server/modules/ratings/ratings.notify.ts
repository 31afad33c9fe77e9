import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { Role } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/work-calendar';
import type { Config } from '../../config';
import { queueInApp, queueInAppToStaff, queueNotification } from '../../platform/notifications/notify';
import { defineTemplates } from '../../platform/notifications/templates';
import { issueRatingLink } from './ratings.links';
import type { RectificationRow } from './ratings.repository';
import { DEPARTMENT_ROLES } from './ratings.state';

/**
 * Messages of 整改 (docs/domain.md §10), queued in the transaction of the change they report: the
 * department hears of a new 差评, the applicant that it was rectified (and may re-rate it), the
 * supervisors that an appeal waits for them. Case, 12345 ticket or "一件事" alike; a ticket's
 * caller is told by SMS.
 */
export const RATING_MSG = defineTemplates({
  'rating.rectification_opened': {
    titleZh: '收到差评，请回访整改',
    titleEn: 'A bad rating to rectify',
    zh: '{subjectZh} {no}（{itemName}）收到差评“{level}”，请于 {dueDate} 前完成回访和整改。',
    en: '{subjectEn} {no} ({itemName}) was rated “{levelEn}”; make the return visit and rectify by {dueDate}.',
  },
  'rating.rectified': {
    titleZh: '差评已整改，请评价整改结果',
    titleEn: 'Your bad rating was acted on',
    zh: '您对办件 {caseNo}（{itemName}）的差评已整改：{note}。请在办件页面对整改结果进行评价。',
    en: 'Your rating of case {caseNo} ({itemName}) was acted on: {note}. Please rate the rectification on the case page.',
  },
  'rating.bundle_rectified': {
    titleZh: '差评已整改，请评价整改结果',
    titleEn: 'Your bad rating was acted on',
    zh: '您对“一件事” {bundleNo}（{itemName}）的差评已整改：{note}。请在开办进度页面对整改结果进行评价。',
    en: 'Your rating of bundle application {bundleNo} ({itemName}) was acted on: {note}. Please rate the rectification on its progress page.',
  },
  'rating.ticket_rectified': {
    titleZh: '差评已整改，请评价整改结果',
    titleEn: 'Your bad rating was acted on',
    zh: '您对 12345 工单 {ticketNo} 的差评已整改：{note}。请点击链接评价整改结果：{url}（{days}天内有效）',
    en: 'Your rating of 12345 ticket {ticketNo} was acted on: {note}. Rate the rectification at {url} (valid for {days} days)',
  },
  'rating.appealed': {
    titleZh: '差评申诉待裁定',
    titleEn: 'An appeal against a rating awaits your decision',
    zh: '{subjectZh} {no}（{itemName}）的差评被部门申诉：{note}。',
    en: 'The department appealed the rating of {subjectEnLower} {no} ({itemName}): {note}.',
  },
});

/** How a message names what was rated: a case (办件), a 12345 ticket (工单) or a bundle application (一件事). */
function subjectWords(t: RectificationRow): Record<string, string> {
  if (t.ticket_id) return { subjectZh: '工单', subjectEn: 'Ticket', subjectEnLower: 'ticket', no: t.ticket_no ?? '' };
  if (t.bundle_case_id) return { subjectZh: '一件事', subjectEn: 'Bundle application', subjectEnLower: 'bundle application', no: t.bundle_no ?? '' };
  return { subjectZh: '办件', subjectEn: 'Case', subjectEnLower: 'case', no: t.case_no ?? '' };
}

const LEVELS: Record<number, { zh: string; en: string }> = { 1: { zh: '非常不满意', en: 'very dissatisfied' }, 2: { zh: '不满意', en: 'dissatisfied' } };

async function tellStaff(
  trx: Transaction<DB>,
  t: RectificationRow,
  roles: readonly Role[],
  department: string | null,
  template: string,
  params: Record<string, string>,
) {
  await queueInAppToStaff(
    trx,
    { roles, departments: department ? [department] : null, regionCode: t.region_code },
    { template, params: { ...subjectWords(t), itemName: t.item_name, ...params }, subjectType: 'rectification', subjectId: t.id },
  );
}

/** The department's people hear of a new 差评 and its due date. */
export function notifyOpened(trx: Transaction<DB>, t: RectificationRow): Promise<void> {
  const level = LEVELS[t.level] ?? LEVELS[2];
  return tellStaff(trx, t, DEPARTMENT_ROLES, t.department_code, RATING_MSG['rating.rectification_opened'], {
    level: level.zh,
    levelEn: level.en,
    dueDate: toShanghaiDate(t.due_at),
  });
}

/**
 * The applicant hears that the department rectified and may re-rate: for a case in-app, from the
 * case page; for a bundle in-app, from its progress page; for a 12345 ticket by SMS with a
 * single-use re-rating link (a caller has no account).
 */
export async function notifyRectified(trx: Transaction<DB>, config: Config, t: RectificationRow, note: string, now: Date): Promise<void> {
  if (t.ticket_id) {
    if (!t.contact_mobile) return;
    const url = await issueRatingLink(trx, config, { purpose: 'rerate', ticketId: t.ticket_id, rectificationId: t.id }, now);
    await queueNotification(trx, {
      mobile: t.contact_mobile,
      channels: ['sms'],
      template: RATING_MSG['rating.ticket_rectified'],
      params: { ticketNo: t.ticket_no ?? '', note, url, days: config.ratingLinkDays },
      subjectType: 'rectification',
      subjectId: t.id,
    });
    return;
  }
  if (t.owner_id && t.bundle_case_id) {
    await queueInApp(trx, [
      {
        userId: t.owner_id,
        channels: ['inapp'],
        template: RATING_MSG['rating.bundle_rectified'],
        params: { bundleNo: t.bundle_no ?? '', itemName: t.item_name, note },
        subjectType: 'bundle_case',
        subjectId: t.bundle_case_id,
      },
    ]);
    return;
  }
  if (!t.owner_id || !t.case_id) return;
  await queueInApp(trx, [
    {
      userId: t.owner_id,
      channels: ['inapp'],
      template: RATING_MSG['rating.rectified'],
      params: { caseNo: t.case_no ?? '', itemName: t.item_name, note },
      // The bell opens the case page, where the rating card offers the re-rating.
      subjectType: 'case',
      subjectId: t.case_id,
    },
  ]);
}

/** Supervisors reaching the task's region hear of an appeal to decide. */
export function notifyAppealed(trx: Transaction<DB>, t: RectificationRow, note: string): Promise<void> {
  return tellStaff(trx, t, ['supervisor'], null, RATING_MSG['rating.appealed'], { note });
}
