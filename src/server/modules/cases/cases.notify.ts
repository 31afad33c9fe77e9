import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { Role } from '../../platform/auth/roles';
import { queueInAppToStaff, queueNotification, type NotificationInput } from '../../platform/notifications/notify';
import { findStaffIds, type StaffFilter } from '../../platform/notifications/staff';
import { defineTemplates } from '../../platform/notifications/templates';
import type { CaseRow } from './cases.repository';

/**
 * Messages of the cases module (issue 4): the applicant at acceptance, correction, decision and
 * issuance (and for 容缺 and 退件); staff at assignment and at yellow/red.
 */
export const CASE_MSG = defineTemplates({
  'case.accepted': {
    titleZh: '申请已受理',
    titleEn: 'Application accepted',
    zh: '办件 {caseNo}（{itemName}）已受理，承诺 {promisedDate} 前办结。',
    en: 'Case {caseNo} ({itemName}) was accepted and will be completed by {promisedDate}.',
  },
  'case.accepted_deficient': {
    titleZh: '容缺受理：请补交材料',
    titleEn: 'Accepted — materials still owed',
    zh: '办件 {caseNo}（{itemName}）已容缺受理，请于 {dueDate} 前补交：{materials}。逾期未补交的将不予受理。',
    en: 'Case {caseNo} ({itemName}) was accepted with materials owed; supply by {dueDate}: {materials}. Otherwise it will not be accepted.',
  },
  'case.deficiency_reminder': {
    titleZh: '补交材料提醒',
    titleEn: 'Reminder: materials owed',
    zh: '办件 {caseNo} 的容缺材料须在 {dueDate} 前补交：{materials}。',
    en: 'Case {caseNo}: the owed materials are due by {dueDate}: {materials}.',
  },
  'case.deficiency_expired': {
    titleZh: '逾期未补交材料，不予受理',
    titleEn: 'Not accepted: materials not supplied',
    zh: '办件 {caseNo}（{itemName}）未在 {dueDate} 前补交材料（{materials}），不予受理。',
    en: 'Case {caseNo} ({itemName}) is not accepted: the owed materials ({materials}) did not arrive by {dueDate}.',
  },
  'case.not_accepted': {
    titleZh: '不予受理',
    titleEn: 'Application not accepted',
    zh: '办件 {caseNo}（{itemName}）不予受理，原因：{reasons}',
    en: 'Case {caseNo} ({itemName}) was not accepted: {reasons}',
  },
  'case.correction_requested': {
    titleZh: '请补正材料',
    titleEn: 'Correction requested',
    zh: '办件 {caseNo}（{itemName}）需要补正：{items}',
    en: 'Case {caseNo} ({itemName}) needs corrections: {items}',
  },
  'case.approved': {
    titleZh: '准予许可',
    titleEn: 'Approved',
    zh: '办件 {caseNo}（{itemName}）已准予，等待出件。',
    en: 'Case {caseNo} ({itemName}) was approved; the result will be issued.',
  },
  'case.denied': {
    titleZh: '不予许可',
    titleEn: 'Denied',
    zh: '办件 {caseNo}（{itemName}）不予许可，理由：{reasons}；依据：{legalBasis}',
    en: 'Case {caseNo} ({itemName}) was denied: {reasons}; legal basis: {legalBasis}',
  },
  'case.completed': { titleZh: '已办结', titleEn: 'Completed', zh: '办件 {caseNo}（{itemName}）已办结。', en: 'Case {caseNo} ({itemName}) is completed.' },
  'case.issued': {
    titleZh: '结果已出件',
    titleEn: 'Result issued',
    zh: '办件 {caseNo}（{itemName}）的结果已出件（{delivery}）。欢迎评价。',
    en: 'The result of case {caseNo} ({itemName}) was issued ({deliveryEn}). Please rate the service.',
  },
  'case.returned': {
    titleZh: '办件退回',
    titleEn: 'Case returned',
    zh: '办件 {caseNo}（{itemName}）已退回，原因：{reasons}',
    en: 'Case {caseNo} ({itemName}) was returned: {reasons}',
  },
  'case.assigned': {
    titleZh: '新办件待处理',
    titleEn: 'New case to handle',
    zh: '办件 {caseNo}（{itemName}）待您{stepZh}，承诺时限 {promisedDate}。',
    en: 'Case {caseNo} ({itemName}) is waiting for your {stepEn}; promised by {promisedDate}.',
  },
  'case.special_overdue': {
    titleZh: '特别程序超时',
    titleEn: 'Special procedure overdue',
    zh: '办件 {caseNo}（{itemName}）的特别程序“{procedure}”已超过 {limitDays} 个工作日时限（{dueDate}），请尽快结束或说明原因。',
    en: 'Case {caseNo} ({itemName}): the special procedure “{procedure}” ran past its {limitDays} working-day limit ({dueDate}); end it or explain why.',
  },
  'case.light_warning': {
    titleZh: '时限预警',
    titleEn: 'Time-limit warning',
    zh: '办件 {caseNo}（{itemName}）已亮{lightZh}，承诺时限 {promisedDate}。',
    en: 'Case {caseNo} ({itemName}) turned {lightEn}; promised by {promisedDate}.',
  },
});

export type CaseTemplate = keyof typeof CASE_MSG;
type Params = Record<string, string | number>;

/** Tells the applicant: in-app and SMS to their account, or SMS to the number a clerk recorded. */
export async function notifyApplicant(trx: Transaction<DB>, row: CaseRow, template: CaseTemplate, params: Params): Promise<void> {
  const base = { template, params: { caseNo: row.case_no ?? '', itemName: row.item_name, ...params }, subjectType: 'case', subjectId: row.id };
  // The mobile is on the case already, so the notifier need not look it up.
  if (row.applicant_user_id) await queueNotification(trx, { ...base, userId: row.applicant_user_id, mobile: row.applicant_mobile, channels: ['inapp', 'sms'] });
  else if (row.applicant_mobile) await queueNotification(trx, { ...base, mobile: row.applicant_mobile, channels: ['sms'] });
}

/** Staff lists already looked up, for callers that notify about many cases at once (the light sweep). */
export type StaffCache = Map<string, Promise<string[]>>;

/**
 * Tells staff in-app: those with the roles in the departments given, or (without) in the case's
 * region, in one statement.
 */
export async function notifyStaff(
  trx: Transaction<DB>,
  row: CaseRow,
  roles: readonly Role[],
  departments: readonly string[] | undefined,
  template: CaseTemplate,
  params: Params,
  except?: ReadonlySet<string>,
): Promise<void> {
  await queueInAppToStaff(trx, staffOf(row, roles, departments, except), staffNotice(row, template, params));
}

/** The in-app notifications `notifyStaff` would queue, for a caller that queues many at once. */
export async function staffNotifications(
  trx: Transaction<DB>,
  row: CaseRow,
  roles: readonly Role[],
  departments: readonly string[] | undefined,
  template: CaseTemplate,
  params: Params,
  cache?: StaffCache,
  except?: ReadonlySet<string>,
  channels: NotificationInput['channels'] = ['inapp'],
): Promise<NotificationInput[]> {
  const key = `${row.region_code}|${roles.join(',')}|${departments?.join(',') ?? '*'}`;
  const lookup = () => findStaffIds(trx, staffOf(row, roles, departments));
  if (cache && !cache.has(key)) cache.set(key, lookup());
  const users = await (cache ? cache.get(key)! : lookup());
  const notice = staffNotice(row, template, params);
  return users.filter((userId) => !except?.has(userId)).map((userId) => ({ userId, channels, ...notice }));
}

function staffOf(row: CaseRow, roles: readonly Role[], departments: readonly string[] | undefined, except?: ReadonlySet<string>): StaffFilter {
  return { roles, departments, regionCode: row.region_code, except };
}

function staffNotice(row: CaseRow, template: CaseTemplate, params: Params) {
  return { template, params: { caseNo: row.case_no ?? '', itemName: row.item_name, ...params }, subjectType: 'case', subjectId: row.id };
}

/** A list for a message, e.g. materials or reasons. */
export function joinList(items: readonly string[]): string {
  return items.join('；');
}
