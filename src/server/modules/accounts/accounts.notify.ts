import { defineTemplates } from '../../platform/notifications/templates';

/** The SMS texts of self-service accounts. A code's text says what it is for and never to pass it on. */
export const ACCOUNT_MSG = defineTemplates({
  'account.code.register': {
    titleZh: '注册验证码',
    titleEn: 'Registration code',
    zh: '您的注册验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。',
    en: 'Your registration code is {code}, valid for {minutes} minutes. Do not share it.',
  },
  'account.code.login': {
    titleZh: '登录验证码',
    titleEn: 'Sign-in code',
    zh: '您的登录验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。',
    en: 'Your sign-in code is {code}, valid for {minutes} minutes. Do not share it.',
  },
  'account.code.reset': {
    titleZh: '找回密码验证码',
    titleEn: 'Password reset code',
    zh: '您正在找回密码，验证码为 {code}，{minutes} 分钟内有效。如非本人操作，请忽略。',
    en: 'Your password reset code is {code}, valid for {minutes} minutes. If you did not ask for it, ignore this message.',
  },
  'account.code.invite': {
    titleZh: '加入单位验证码',
    titleEn: 'Invitation code',
    zh: '您正在接受单位邀请，验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。',
    en: 'Your code to accept the invitation is {code}, valid for {minutes} minutes. Do not share it.',
  },
  'account.already_registered': {
    titleZh: '该手机号已注册',
    titleEn: 'Number already registered',
    zh: '有人正在用本手机号注册账号，但本号码已注册。如是您本人，请直接登录或通过短信验证码找回密码。',
    en: 'Someone is registering with this number, which already has an account. If it is you, sign in or reset your password by SMS code.',
  },
  'account.invited': {
    titleZh: '单位邀请',
    titleEn: 'Invitation',
    zh: '{enterprise} 邀请 {name} 作为工作人员使用包头市政务服务平台，请在 {days} 天内打开 {url} 用本手机号完成注册。',
    en: '{enterprise} invites {name} to act for it on the Baotou government services platform; open {url} within {days} days and register with this number.',
  },
});
