import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { Role } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/work-calendar';
import { queueInApp, queueInAppToStaff, queueNotification } from '../../platform/notifications/notify';
import { findStaffIds } from '../../platform/notifications/staff';
import { defineTemplates } from '../../platform/notifications/templates';
import type { OrderRow } from './supervision.repository';
import { DEPARTMENT_ROLES } from './supervision.state';

/**
 * Messages of 督办 (docs/domain.md S25), queued in the transaction of the change they report (an
 * outbox): the department hears of a new or returned order, the opener of an answer, and the
 * department head, then the city leadership, of an escalation — in-app and by SMS.
 */
export const ORDER_MSG = defineTemplates({
  'supervision.order_opened': {
    titleZh: '收到督办单，请按期办理',
    titleEn: 'A supervision order to answer',
    zh: '督办单 {orderNo}（{subject}）：{problem}。请于 {dueDate} 前答复。',
    en: 'Supervision order {orderNo} ({subject}): {problem}. Answer by {dueDate}.',
  },
  'supervision.order_answered': {
    titleZh: '督办单已答复，请审核',
    titleEn: 'A supervision order was answered',
    zh: '督办单 {orderNo}（{subject}）已答复，请审核后办结或退回。',
    en: 'Supervision order {orderNo} ({subject}) was answered; accept it or send it back.',
  },
  'supervision.order_returned': {
    titleZh: '督办单被退回，请重新答复',
    titleEn: 'A supervision order was sent back',
    zh: '督办单 {orderNo}（{subject}）的答复被退回：{reason}。',
    en: 'The answer to supervision order {orderNo} ({subject}) was sent back: {reason}.',
  },
  'supervision.order_accepted': {
    titleZh: '督办单已办结',
    titleEn: 'A supervision order was accepted',
    zh: '督办单 {orderNo}（{subject}）的答复已通过，督办办结。',
    en: 'The answer to supervision order {orderNo} ({subject}) was accepted; the order is closed.',
  },
  'supervision.order_escalated_head': {
    titleZh: '督办单逾期，已升级至部门负责人',
    titleEn: 'An overdue supervision order escalated to you',
    zh: '督办单 {orderNo}（{subject}）已超过办理期限 {dueDate} 仍未办结，请督促本部门落实。',
    en: 'Supervision order {orderNo} ({subject}) passed its deadline {dueDate} unresolved; see that your department acts on it.',
  },
  'supervision.order_escalated_leader': {
    titleZh: '督办单逾期，已升级至市领导',
    titleEn: 'An overdue supervision order escalated to the city leadership',
    zh: '督办单 {orderNo}（{subject}，责任单位 {department}）逾期升级至部门负责人后仍未办结，现报市领导督办。',
    en: 'Supervision order {orderNo} ({subject}, department {department}) is still unresolved after escalation to the department head; it is now before the city leadership.',
  },
});

const base = (o: OrderRow) => ({ orderNo: o.order_no, subject: o.subject_label });

async function tell(trx: Transaction<DB>, o: OrderRow, roles: readonly Role[], department: string | null, template: string, params: Record<string, string>) {
  await queueInAppToStaff(
    trx,
    { roles, departments: department ? [department] : null, regionCode: o.region_code },
    { template, params: { ...base(o), ...params }, subjectType: 'supervision_order', subjectId: o.id },
  );
}

/** The department's people hear of a new order and its deadline. */
export function notifyOpened(trx: Transaction<DB>, o: OrderRow): Promise<void> {
  return tell(trx, o, DEPARTMENT_ROLES, o.department_code, ORDER_MSG['supervision.order_opened'], {
    problem: o.problem.slice(0, 60),
    dueDate: toShanghaiDate(o.due_at),
  });
}

/** The opener hears that the department answered. */
export function notifyAnswered(trx: Transaction<DB>, o: OrderRow): Promise<void> {
  return queueInApp(trx, [
    {
      userId: o.opened_by,
      channels: ['inapp'],
      template: ORDER_MSG['supervision.order_answered'],
      params: base(o),
      subjectType: 'supervision_order',
      subjectId: o.id,
    },
  ]);
}

export function notifyReturned(trx: Transaction<DB>, o: OrderRow, reason: string): Promise<void> {
  return tell(trx, o, DEPARTMENT_ROLES, o.department_code, ORDER_MSG['supervision.order_returned'], { reason: reason.slice(0, 80) });
}

export function notifyAccepted(trx: Transaction<DB>, o: OrderRow): Promise<void> {
  return tell(trx, o, DEPARTMENT_ROLES, o.department_code, ORDER_MSG['supervision.order_accepted'], {});
}

/** An escalation reaches its level's people in-app and through the SMS adapter; the opener hears of it in-app. */
export async function notifyEscalated(trx: Transaction<DB>, o: OrderRow, level: 1 | 2, departmentName: string): Promise<void> {
  const template = level === 1 ? ORDER_MSG['supervision.order_escalated_head'] : ORDER_MSG['supervision.order_escalated_leader'];
  const roles: Role[] = level === 1 ? ['dept_head'] : ['city_leader'];
  const ids = await findStaffIds(trx, { roles, departments: level === 1 ? [o.department_code] : null, regionCode: o.region_code });
  const params = { ...base(o), dueDate: toShanghaiDate(o.due_at), department: departmentName };
  for (const userId of ids) {
    await queueNotification(trx, { userId, channels: ['inapp', 'sms'], template, params, subjectType: 'supervision_order', subjectId: o.id });
  }
  await queueInApp(trx, [{ userId: o.opened_by, channels: ['inapp'], template, params, subjectType: 'supervision_order', subjectId: o.id }]);
}
