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
  NO_ACTIVE_SEAL: {
    kind: 'rule',
    zh: '部门“{department}”没有在有效期内的电子印章，不能签发电子证照；请管理员先制作印章',
    en: 'Department “{department}” has no e-seal in force, so it cannot sign e-licences; an administrator must make one first',
  },
  PICK_NOT_USABLE: {
    kind: 'rule',
    zh: '所选电子证照不能用于“{material}”：{reason}',
    en: 'The e-licence picked cannot stand for “{material}”: {reasonEn}',
  },
  LICENCE_STATUS_CONFLICT: {
    kind: 'conflict',
    zh: '该电子证照当前为“{status}”，不能{action}',
    en: 'This e-licence is {statusEn}; it cannot be {actionEn}',
  },
  LICENCE_NOT_FOUND: { kind: 'not_found', zh: '电子证照不存在', en: 'No such e-licence' },
  LICENCE_FORBIDDEN: {
    kind: 'forbidden',
    zh: '只有持证人本人和发证部门可以查看该电子证照',
    en: 'Only the holder and the issuing department can read this e-licence',
  },
  VERIFY_INPUT_INVALID: {
    kind: 'bad_input',
    zh: '无法识别的证照数据：请粘贴二维码内容或证照 JSON',
    en: 'Unrecognised licence data: paste the QR code’s content or the licence JSON',
  },
  SEAL_ALREADY_REVOKED: { kind: 'conflict', zh: '电子印章“{sealId}”已于 {revokedAt} 注销', en: 'E-seal “{sealId}” was revoked on {revokedAt}' },
});
