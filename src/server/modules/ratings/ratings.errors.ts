import { defineErrors } from '../../platform/errors';

/** Error codes of the ratings module (好差评 and 整改). */
export const RATING_ERR = defineErrors({
  CASE_NOT_FOUND: { kind: 'not_found', zh: '办件不存在', en: 'No such case' },
  NOT_APPLICANT: { kind: 'forbidden', zh: '只有该办件的申请人可以评价', en: 'Only the applicant of this case can rate it' },
  NOT_AT_WINDOW: {
    kind: 'forbidden',
    zh: '窗口评价器只能评价在窗口办理、申请人没有网上账号的办件',
    en: 'The window rating pad rates only cases applied for at a window by applicants without an online account',
  },
  CASE_NOT_FINISHED: {
    kind: 'rule',
    zh: '办件尚未办结（当前状态：{status}），办结后才能评价',
    en: 'The case is not finished yet (now: {statusEn}); it can be rated once it is finished',
  },
  ALREADY_RATED: { kind: 'conflict', zh: '该办件已经评价过，每件事只能评价一次', en: 'This case has already been rated; a service is rated once' },
  REASON_NOT_FOR_LEVEL: {
    kind: 'bad_input',
    zh: '所选原因与评价等级不符：差评请选择不满意的原因，好评请选择满意的原因',
    en: 'The reasons do not fit the level: pick reasons for dissatisfaction with a bad rating and reasons for satisfaction with a good one',
  },
  TICKET_NOT_ANSWERED: {
    kind: 'rule',
    zh: '工单尚未答复或办结（当前状态：{status}），答复后才能评价',
    en: 'The ticket has not been answered or closed yet (now: {statusEn}); it can be rated once it is',
  },
  TICKET_ALREADY_RATED: {
    kind: 'conflict',
    zh: '该工单已经评价过，每件诉求只能评价一次',
    en: 'This ticket has already been rated; a request is rated once',
  },
  NOT_BUNDLE_APPLICANT: {
    kind: 'forbidden',
    zh: '只有该“一件事”的申请人可以评价',
    en: 'Only the applicant of this bundle application can rate it',
  },
  BUNDLE_NOT_FINISHED: {
    kind: 'rule',
    zh: '“一件事”尚未全部办结（当前状态：{status}），所有事项办结后才能整体评价；已办结的事项可在其办件页面单独评价',
    en: 'The bundle application is not finished yet (now: {statusEn}); it can be rated as a whole once every item is done — an item that is done can be rated on its own case page',
  },
  BUNDLE_ALREADY_RATED: {
    kind: 'conflict',
    zh: '该“一件事”已经整体评价过，每件事只能评价一次',
    en: 'This bundle application has already been rated as a whole; a service is rated once',
  },
  NOT_RETURN_VISIT_AGENT: {
    kind: 'forbidden',
    zh: '只有来电人（通过短信评价链接）或回访的 12345 坐席可以评价工单',
    en: 'Only the caller (through the SMS rating link) or the 12345 agent on the return visit can rate a ticket',
  },
  RATING_LINK_INVALID: {
    kind: 'not_found',
    zh: '评价链接无效，请核对短信中的链接',
    en: 'This rating link is not valid; check the link in the SMS',
  },
  RATING_LINK_EXPIRED: {
    kind: 'forbidden',
    zh: '评价链接已过期（有效期 {days} 天），如需评价请拨打 12345',
    en: 'This rating link has expired (it was valid for {days} days); call 12345 to give your rating',
  },
  RECTIFICATION_NOT_FOUND: { kind: 'not_found', zh: '整改任务不存在', en: 'No such rectification task' },
  INVALID_TRANSITION: {
    kind: 'rule',
    zh: '整改任务当前状态为“{status}”，不能执行“{action}”',
    en: 'The rectification is “{statusEn}”; “{actionEn}” is not possible now',
  },
  NOTE_REQUIRED: {
    kind: 'rule',
    zh: '请填写说明（回访记录、整改结果或理由）',
    en: 'Write a note (the return-visit record, the rectification result or the reason)',
  },
  ALREADY_APPEALED: { kind: 'conflict', zh: '该评价已申诉过，不能再次申诉', en: 'This rating has already been appealed once' },
  FIGURES_DATE_INVALID: {
    kind: 'bad_input',
    zh: '日期“{date}”不符合统计周期“{period}”的格式（应为 {format}）',
    en: 'The date “{date}” does not fit the period “{period}” (expected {format})',
  },
});
