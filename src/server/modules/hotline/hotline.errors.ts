import { defineErrors } from '../../platform/errors';

/** Error codes of the hotline module. */
export const HOTLINE_ERR = defineErrors({
  TICKET_NOT_FOUND: { kind: 'not_found', zh: '工单不存在', en: 'No such ticket' },
  CALL_NOT_FOUND: { kind: 'not_found', zh: '来电记录不存在', en: 'No such call' },
  CATEGORY_UNKNOWN: { kind: 'bad_input', zh: '诉求分类 {category} 不存在或已停用', en: 'Category {category} does not exist or is disabled' },
  DEPARTMENT_UNKNOWN: { kind: 'bad_input', zh: '部门 {department} 不存在', en: 'No department {department}' },
  REGION_UNKNOWN: { kind: 'bad_input', zh: '区域 {region} 不存在', en: 'No region {region}' },
  INVALID_TRANSITION: { kind: 'rule', zh: '工单当前状态为“{status}”，不能执行“{action}”', en: 'The ticket is “{statusEn}”; “{actionEn}” is not possible now' },
  NOT_ASSIGNED: { kind: 'rule', zh: '工单未派给本部门', en: 'The ticket is not assigned to your department' },
  ALREADY_SIGNED: { kind: 'conflict', zh: '本部门已签收该工单', en: 'Your department has already signed for this ticket' },
  NOT_SIGNED: { kind: 'rule', zh: '请先签收工单再答复', en: 'Sign for the ticket before replying' },
  NOT_LEAD: {
    kind: 'rule',
    zh: '只有主办部门可以执行此操作，协办部门请向主办部门反馈',
    en: 'Only the lead department can do this; assisting departments report to the lead',
  },
  EXTENSION_PENDING: { kind: 'conflict', zh: '已有延期申请待审核', en: 'An extension request is already waiting for review' },
  NO_EXTENSION_PENDING: { kind: 'rule', zh: '没有待审核的延期申请', en: 'There is no extension request to review' },
  AGENT_DISPATCH_LIMITED: {
    kind: 'rule',
    zh: '坐席只能将简单诉求直接派给分类对应的责任部门；多部门联动、派至区县或其他部门请转中台派单',
    en: 'Agents may dispatch only simple tickets to the category’s own department; joint, district or other dispatches go through a dispatcher',
  },
  ONE_LEAD_REQUIRED: { kind: 'bad_input', zh: '多部门联动须且只能指定一个主办部门', en: 'A dispatch needs exactly one lead department' },
  DUPLICATE_DEPARTMENT: { kind: 'bad_input', zh: '同一部门不能重复派单', en: 'A department may appear only once in a dispatch' },
  MERGE_TARGET_INVALID: { kind: 'rule', zh: '不能合并到该工单：{reason}', en: 'Cannot merge into that ticket: {reasonEn}' },
  EMERGENCY_MUST_TRANSFER: {
    kind: 'rule',
    zh: '该诉求属于紧急警情（{lineName}），请立即拨打 {line}；紧急警情不作为工单受理',
    en: 'This is an emergency ({lineNameEn}); call {line} now. Emergencies are not taken as tickets',
  },
  ANSWER_REQUIRED: { kind: 'bad_input', zh: '直接答复须填写答复内容或引用知识库条目', en: 'A direct answer needs the answer text or a knowledge-base article' },
  ARTICLE_NOT_FOUND: { kind: 'not_found', zh: '知识库条目不存在', en: 'No such knowledge-base article' },
  ARTICLE_SLUG_TAKEN: { kind: 'conflict', zh: '标识 {slug} 已被其他条目使用', en: 'The slug {slug} is used by another article' },
  API_KEY_NOT_FOUND: { kind: 'not_found', zh: '密钥不存在', en: 'No such API key' },
  API_KEY_MISSING: { kind: 'unauthenticated', zh: '缺少接口密钥', en: 'An API key is required' },
  API_KEY_INVALID: { kind: 'forbidden', zh: '接口密钥无效或已吊销', en: 'The API key is invalid or revoked' },
  MODEL_UNAVAILABLE: { kind: 'unavailable', zh: '分类模型尚未就绪，请稍后再试', en: 'The classifier is not ready yet; try again shortly' },
  PHONE_MISMATCH: {
    kind: 'not_found',
    zh: '未查到工单，请核对工单号和手机号后四位',
    en: 'No ticket found; check the ticket number and the last four digits of the phone number',
  },
});

export type HotlineErrorCode = keyof typeof HOTLINE_ERR;
