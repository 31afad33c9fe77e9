import { defineErrors } from '../../platform/errors';

/** Error codes of self-service accounts: registration, SMS codes, sign-in by code, reset, invitations. */
export const ACCOUNT_ERR = defineErrors({
  SMS_CODE_TOO_SOON: {
    kind: 'rate_limited',
    zh: '验证码已发送，请 {seconds} 秒后再重新获取',
    en: 'A code was just sent; you can ask for another in {seconds} seconds',
  },
  SMS_CODE_WRONG: {
    kind: 'bad_input',
    zh: '验证码不正确，还可再试 {remaining} 次',
    en: 'The code is wrong; {remaining} attempt(s) left',
  },
  SMS_CODE_EXPIRED: {
    kind: 'bad_input',
    zh: '验证码已失效（超过 5 分钟、已使用或输错次数过多），请重新获取',
    en: 'The code is no longer valid (older than 5 minutes, already used or tried too often); ask for a new one',
  },
  REAL_NAME_FAILED: {
    kind: 'rule',
    zh: '实名核验未通过：{reason}',
    en: 'Real-name verification failed: {reasonEn}',
  },
  REAL_NAME_UNAVAILABLE: {
    kind: 'unavailable',
    zh: '实名核验服务暂时无法访问，请稍后再试',
    en: 'The real-name verification service is not answering; try again later',
  },
  ID_ALREADY_REGISTERED: {
    kind: 'conflict',
    zh: '该身份证号已注册，请直接登录；如忘记密码，可通过短信验证码找回',
    en: 'This ID number is already registered; sign in, or reset the password with an SMS code',
  },
  MOBILE_ALREADY_REGISTERED: {
    kind: 'conflict',
    zh: '该手机号已绑定其他账号，请直接登录或更换手机号',
    en: 'This mobile number belongs to another account; sign in or use another number',
  },
  ENTERPRISE_ALREADY_REGISTERED: {
    kind: 'conflict',
    zh: '该统一社会信用代码已注册，请联系本单位管理员邀请您加入',
    en: 'This credit code is already registered; ask your enterprise’s administrator to invite you',
  },
  NOT_ENTERPRISE_ADMIN: {
    kind: 'forbidden',
    zh: '只有本单位的管理员可以邀请工作人员',
    en: 'Only the enterprise’s administrator can invite staff',
  },
  INVITE_PENDING: {
    kind: 'conflict',
    zh: '该手机号已有一份待接受的邀请',
    en: 'This mobile number already has an invitation waiting',
  },
  INVITE_NOT_FOUND: { kind: 'not_found', zh: '邀请不存在', en: 'No such invitation' },
});
