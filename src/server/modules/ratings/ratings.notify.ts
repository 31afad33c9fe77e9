import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { CITY_REGION, type Role } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/work-calendar';
import { queueInApp } from '../../platform/notifications/notify';
import { defineTemplates } from '../../platform/notifications/templates';
import { findStaffIds, type RectificationRow } from './ratings.repository';
import { DEPARTMENT_ROLES } from './ratings.state';

/**
 * Messages of 整改 (docs/domain.md §10), queued in the transaction of the change they report: the
 * department hears of a new 差评, the applicant that it was rectified (and may re-rate it), the
 * supervisors that an appeal waits for them.
 */
export const RATING_MSG = defineTemplates({
  'rating.rectification_opened': {
    titleZh: '收到差评，请回访整改',
    titleEn: 'A bad rating to rectify',
    zh: '办件 {caseNo}（{itemName}）收到差评“{level}”，请于 {dueDate} 前完成回访和整改。',
    en: 'Case {caseNo} ({itemName}) was rated “{levelEn}”; call the applicant back and rectify by {dueDate}.',
  },
  'rating.rectified': {
    titleZh: '差评已整改，请评价整改结果',
    titleEn: 'Your bad rating was acted on',
    zh: '您对办件 {caseNo}（{itemName}）的差评已整改：{note}。请在办件页面对整改结果进行评价。',
    en: 'Your rating of case {caseNo} ({itemName}) was acted on: {note}. Please rate the rectification on the case page.',
  },
  'rating.appealed': {
    titleZh: '差评申诉待裁定',
    titleEn: 'An appeal against a rating awaits your decision',
    zh: '办件 {caseNo}（{itemName}）的差评被部门申诉：{note}。',
    en: 'The department appealed the rating of case {caseNo} ({itemName}): {note}.',
  },
});

const LEVELS: Record<number, { zh: string; en: string }> = { 1: { zh: '非常不满意', en: 'very dissatisfied' }, 2: { zh: '不满意', en: 'dissatisfied' } };

async function tellStaff(
  trx: Transaction<DB>,
  t: RectificationRow,
  roles: readonly Role[],
  department: string | null,
  template: string,
  params: Record<string, string>,
) {
  const ids = await findStaffIds(trx, { roles, departmentCode: department, regionCode: t.region_code, cityRegion: CITY_REGION });
  await queueInApp(
    trx,
    ids.map((userId) => ({
      userId,
      channels: ['inapp'] as const,
      template,
      params: { caseNo: t.case_no ?? '', itemName: t.item_name, ...params },
      subjectType: 'rectification',
      subjectId: t.id,
    })),
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

/** The applicant (with an account) hears that the department rectified, and may re-rate from the case page. */
export async function notifyRectified(trx: Transaction<DB>, t: RectificationRow, note: string): Promise<void> {
  if (!t.owner_id) return;
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
