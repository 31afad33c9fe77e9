import type { DeliveryMode } from '../../../shared/cases/cases.enums';
import type { CaseAction, CaseStatus } from './cases.state';

type Label = { zh: string; en: string };

/** Names of statuses as people read them (errors, notices, the public progress query). */
export const STATUS_LABELS: Readonly<Record<CaseStatus, Label>> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已申请', en: 'submitted' },
  prechecked: { zh: '已预审', en: 'pre-checked' },
  correction_requested: { zh: '待补正', en: 'correction requested' },
  accepted: { zh: '已受理', en: 'accepted' },
  routed: { zh: '审查中', en: 'under review' },
  reviewed: { zh: '待决定', en: 'awaiting decision' },
  special_procedure: { zh: '特别程序', en: 'special procedure' },
  approved: { zh: '准予许可', en: 'approved' },
  denied: { zh: '不予许可', en: 'denied' },
  completed: { zh: '已办结', en: 'completed' },
  issued: { zh: '已出件', en: 'issued' },
  not_accepted: { zh: '不予受理', en: 'not accepted' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  returned: { zh: '已退件', en: 'returned' },
};

/** Names of actions as people read them. */
export const ACTION_LABELS: Readonly<Record<CaseAction, Label>> = {
  submit: { zh: '提交申请', en: 'submit' },
  precheck: { zh: '预审', en: 'pre-check' },
  accept: { zh: '受理', en: 'accept' },
  accept_with_deficiency: { zh: '容缺受理', en: 'accept with deficiency' },
  reject: { zh: '不予受理', en: 'reject' },
  request_correction: { zh: '要求补正', en: 'request correction' },
  resubmit: { zh: '补正后重新提交', en: 'resubmit' },
  supply_materials: { zh: '补交容缺材料', en: 'supply materials' },
  route: { zh: '分办', en: 'route' },
  reassign: { zh: '改派', en: 'reassign' },
  review: { zh: '审查', en: 'review' },
  approve: { zh: '准予许可', en: 'approve' },
  deny: { zh: '不予许可', en: 'deny' },
  start_special: { zh: '启动特别程序', en: 'start special procedure' },
  end_special: { zh: '结束特别程序', en: 'end special procedure' },
  complete: { zh: '办结', en: 'complete' },
  issue: { zh: '出件', en: 'issue' },
  withdraw: { zh: '撤回', en: 'withdraw' },
  return: { zh: '退件', en: 'return' },
};

/** Ways the result reaches the applicant (出件), as notices and errors name them. */
export const DELIVERY_LABELS: Readonly<Record<DeliveryMode, Label>> = {
  window: { zh: '窗口领取', en: 'collected at the window' },
  express: { zh: '邮寄送达', en: 'sent by express delivery' },
  e_licence: { zh: '电子证照', en: 'issued as an e-licence' },
};
