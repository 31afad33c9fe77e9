import { defineErrors } from '../../platform/errors';

/** Error codes of the data-sharing exchange (共享交换), each with its Chinese and English message. */
export const EXCHANGE_ERR = defineErrors({
  RESOURCE_NOT_FOUND: { kind: 'not_found', zh: '数据资源“{resource}”不存在', en: 'There is no data resource “{resource}”' },
  RESOURCE_NOT_SHARED: {
    kind: 'rule',
    zh: '数据资源“{resource}”属于不予共享类，不能申请使用',
    en: 'The data resource “{resource}” is not shared (不予共享); it cannot be requested',
  },
  UNKNOWN_FIELDS: { kind: 'bad_input', zh: '数据资源没有以下字段：{fields}', en: 'The data resource has no fields {fields}' },
  PERIOD_INVALID: {
    kind: 'bad_input',
    zh: '有效期须从今天或以后开始，截止日期不早于开始日期，且不超过 3 年',
    en: 'The validity period must start today or later, end no earlier than it starts, and last at most 3 years',
  },
  OWN_RESOURCE: {
    kind: 'rule',
    zh: '本部门的数据资源无需申请共享',
    en: 'Your department owns this data resource; it needs no sharing request',
  },
  NO_DEPARTMENT: {
    kind: 'forbidden',
    zh: '您的账号不属于任何部门，不能使用共享交换',
    en: 'Your account belongs to no department; it cannot use the data exchange',
  },
  NEED_NOT_FOUND: { kind: 'not_found', zh: '数据需求不存在', en: 'No such data need' },
  INVALID_TRANSITION: {
    kind: 'conflict',
    zh: '数据需求当前状态为“{status}”，不能执行“{action}”',
    en: 'The data need is “{statusEn}”; “{actionEn}” is not possible now',
  },
  FIELDS_NOT_REQUESTED: {
    kind: 'rule',
    zh: '批准的字段须在申请的字段之内（多出：{fields}）',
    en: 'The approved fields must be among those requested (not requested: {fields})',
  },
  REASON_REQUIRED: { kind: 'rule', zh: '请填写不予批准的理由', en: 'Give the reason for refusing' },
  GRANT_NOT_FOUND: { kind: 'not_found', zh: '共享授权不存在', en: 'No such sharing grant' },
  GRANT_ALREADY_REVOKED: { kind: 'conflict', zh: '该共享授权已撤销', en: 'This sharing grant has already been revoked' },
  // Query refusals: each is logged on the exchange chain before it is answered.
  NO_GRANT: {
    kind: 'forbidden',
    zh: '本部门未获得数据资源“{resource}”的共享授权，查询已拒绝并记录',
    en: 'Your department has no sharing grant for the data resource “{resource}”; the query was refused and logged',
  },
  PURPOSE_MISMATCH: {
    kind: 'forbidden',
    zh: '查询用途与共享授权的用途不符，查询已拒绝并记录',
    en: 'The purpose of the query is not the one the grant was given for; the query was refused and logged',
  },
  GRANT_EXPIRED: {
    kind: 'forbidden',
    zh: '共享授权不在有效期内（{validFrom} 至 {validUntil}），查询已拒绝并记录',
    en: 'The sharing grant is not valid today (valid {validFrom} to {validUntil}); the query was refused and logged',
  },
  GRANT_REVOKED: {
    kind: 'forbidden',
    zh: '共享授权已被数据提供部门撤销，查询已拒绝并记录',
    en: 'The owner department has revoked the sharing grant; the query was refused and logged',
  },
  FIELDS_NOT_GRANTED: {
    kind: 'forbidden',
    zh: '以下字段不在共享授权范围内：{fields}，查询已拒绝并记录',
    en: 'These fields are outside the sharing grant: {fieldsEn}; the query was refused and logged',
  },
  CASE_NOT_COVERED: {
    kind: 'forbidden',
    zh: '办件所属事项不在共享授权的事项范围内，查询已拒绝并记录',
    en: 'The case’s service item is not one the sharing grant serves; the query was refused and logged',
  },
  KEY_INVALID: {
    kind: 'bad_input',
    zh: '查询键不是有效的{kind}：{problem}',
    en: 'The key is not a valid {kindEn}: {problemEn}',
  },
  RECORD_NOT_FOUND: { kind: 'not_found', zh: '数据资源中没有该查询键的记录', en: 'The data resource holds no record for this key' },
  NOT_A_DATA_SUBJECT: {
    kind: 'forbidden',
    zh: '您的账号未登记身份证号码或统一社会信用代码',
    en: 'Your account has no resident ID or credit code on record',
  },
});
