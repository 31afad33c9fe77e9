import { defineErrors } from '../../platform/errors';

/** Error codes of the e-seals and e-licences module, each with its Chinese and English message. */
export const LICENCE_ERR = defineErrors({
  SEAL_NOT_FOUND: { kind: 'not_found', zh: '电子印章“{sealId}”不存在', en: 'No e-seal “{sealId}”' },
  SEAL_DEPARTMENT_UNKNOWN: { kind: 'bad_input', zh: '部门“{department}”不存在', en: 'There is no department “{department}”' },
  SEAL_USCC_INVALID: {
    kind: 'bad_input',
    zh: '统一社会信用代码“{uscc}”无效：{problem}',
    en: 'The unified social credit code “{uscc}” is not valid: {problemEn}',
  },
  SEAL_VALIDITY_INVALID: {
    kind: 'bad_input',
    zh: '有效期无效：起始日 {validFrom} 须为真实日期且不晚于截止日 {validTo}',
    en: 'The validity is wrong: {validFrom} must be a real date no later than {validTo}',
  },
  SEAL_ALREADY_REVOKED: { kind: 'conflict', zh: '电子印章“{sealId}”已于 {revokedAt} 注销', en: 'E-seal “{sealId}” was revoked on {revokedAt}' },
});
