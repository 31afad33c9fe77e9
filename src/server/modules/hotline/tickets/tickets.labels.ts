import type { TicketAction, TicketStatus } from './tickets.state';

/** Names of statuses and actions for messages and the console, in both languages. */

export const STATUS_LABELS: Readonly<Record<TicketStatus, { zh: string; en: string }>> = {
  pending_dispatch: { zh: '待派单', en: 'Waiting for dispatch' },
  dispatched: { zh: '待签收', en: 'Waiting for signature' },
  processing: { zh: '办理中', en: 'In progress' },
  returned: { zh: '退单待审', en: 'Returned, under review' },
  replied: { zh: '已答复待回访', en: 'Replied, return visit due' },
  closed: { zh: '已办结', en: 'Closed' },
  merged: { zh: '已合并', en: 'Merged' },
};

export const ACTION_LABELS: Readonly<Record<TicketAction, { zh: string; en: string }>> = {
  dispatch: { zh: '派单', en: 'dispatch' },
  sign: { zh: '签收', en: 'sign for' },
  return: { zh: '退单', en: 'return' },
  approve_return: { zh: '同意退单', en: 'approve the return' },
  reject_return: { zh: '驳回退单', en: 'reject the return' },
  transfer: { zh: '改派', en: 'transfer' },
  request_extension: { zh: '申请延期', en: 'request an extension' },
  approve_extension: { zh: '批准延期', en: 'approve the extension' },
  reject_extension: { zh: '驳回延期', en: 'reject the extension' },
  reply: { zh: '答复', en: 'reply' },
  return_visit: { zh: '回访', en: 'return visit' },
  close: { zh: '办结', en: 'close' },
  merge: { zh: '合并', en: 'merge' },
};

export const SATISFACTION_LABELS = {
  satisfied: { zh: '满意', en: 'satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'basically satisfied' },
  unsatisfied: { zh: '不满意', en: 'unsatisfied' },
} as const;

export const LIGHT_LABELS = {
  green: { zh: '绿灯', en: 'green' },
  yellow: { zh: '黄灯', en: 'yellow' },
  red: { zh: '红灯', en: 'red' },
} as const;

/** A limit in words: 24 小时 / 5 个工作日. */
export function limitText(limit: { value: number; unit: 'hours' | 'workdays' }): { zh: string; en: string } {
  return limit.unit === 'hours'
    ? { zh: `${limit.value} 小时`, en: `${limit.value} hours` }
    : { zh: `${limit.value} 个工作日`, en: `${limit.value} working days` };
}
