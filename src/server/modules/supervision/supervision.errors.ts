import { defineErrors } from '../../platform/errors';

/** Error codes of the supervision-orders module (跟踪督办), each with its Chinese and English message. */
export const ORDER_ERR = defineErrors({
  ORDER_NOT_FOUND: { kind: 'not_found', zh: '督办单不存在', en: 'No such supervision order' },
  NOT_AN_OPENER: {
    kind: 'forbidden',
    zh: '只有效能监察人员（12345 工单也可由 12345 热线中心）可以发起督办',
    en: 'Only supervisors (and, for a 12345 ticket, the 12345 centre) can open a supervision order',
  },
  HOTLINE_TICKETS_ONLY: {
    kind: 'forbidden',
    zh: '12345 热线中心只能对 12345 工单发起督办',
    en: 'The 12345 centre can open supervision orders on 12345 tickets only',
  },
  SUBJECT_NOT_FOUND: { kind: 'not_found', zh: '督办对象“{subject}”不存在', en: 'The subject “{subject}” does not exist' },
  SUBJECT_OTHER_REGION: {
    kind: 'forbidden',
    zh: '督办对象不在您的辖区内，不能督办',
    en: 'The subject is outside your region; you cannot open a supervision order on it',
  },
  WORKDAYS_INVALID: {
    kind: 'bad_input',
    zh: '办理期限须为 1 至 60 个工作日（收到：{workdays}）',
    en: 'The deadline must be 1 to 60 working days (got {workdays})',
  },
  DEPARTMENT_NOT_FOUND: { kind: 'bad_input', zh: '责任单位“{department}”不存在', en: 'There is no department “{department}”' },
  DEPARTMENT_MISMATCH: {
    kind: 'rule',
    zh: '责任单位须为承办该事项的单位（{holders}）',
    en: 'The responsible department must be the one that holds the subject ({holders})',
  },
  DEPARTMENT_REQUIRED: {
    kind: 'bad_input',
    zh: '该事项尚无承办单位，请指定责任单位',
    en: 'No department holds the subject yet; name the responsible department',
  },
  INVALID_TRANSITION: {
    kind: 'conflict',
    zh: '督办单当前状态为“{status}”，不能执行“{action}”',
    en: 'The supervision order is “{statusEn}”; “{actionEn}” is not possible now',
  },
  NOTE_REQUIRED: {
    kind: 'rule',
    zh: '请填写说明（情况说明、整改结果或退回理由）',
    en: 'Write the text (the explanation, the rectification result or the reason for returning it)',
  },
  NOT_OPENER_SIDE: {
    kind: 'forbidden',
    zh: '只有发起督办的一方可以办结或退回督办单',
    en: 'Only the side that opened the order can accept or return it',
  },
  FILE_NOT_YOURS: { kind: 'bad_input', zh: '附件不存在或不是您上传的', en: 'An attachment does not exist or was not uploaded by you' },
});
