import { defineErrors } from '../../platform/errors';

/** Error codes of the kiosk's identity (docs/decisions.md D32): devices, card and QR sign-in. */
export const KIOSK_ERR = defineErrors({
  KIOSK_NOT_FOUND: { kind: 'not_found', zh: '自助终端不存在', en: 'No such kiosk' },
  KIOSK_ENROL_CODE_INVALID: {
    kind: 'bad_input',
    zh: '登记码无效或已过期，请向管理员重新获取',
    en: 'The enrolment code is wrong, used or expired; ask the administrator for a new one',
  },
  KIOSK_DEVICE_REQUIRED: {
    kind: 'forbidden',
    zh: '本机不是已登记的自助终端（或已被停用），无法读卡或扫码登录',
    en: 'This machine is not an enrolled kiosk (or it was revoked); card and QR sign-in are not available',
  },
  KIOSK_WRONG_PLACE: {
    kind: 'forbidden',
    zh: '本自助终端登记在其他大厅',
    en: 'This kiosk is enrolled for another hall',
  },
  KIOSK_CARD_READER_OFF: { kind: 'not_found', zh: '本平台未启用演示读卡器', en: 'The demo card reader is not enabled on this platform' },
  KIOSK_CARD_INVALID: {
    kind: 'bad_input',
    zh: '身份证号码校验未通过：{reason}',
    en: 'The ID card number does not check out: {reasonEn}',
  },
  KIOSK_NO_ACCOUNT: {
    kind: 'rule',
    zh: '该身份证尚未注册通办账号。请先在手机或网站上注册（实名认证），或用手机扫码登录',
    en: 'This ID card has no Tongban account yet. Register on your phone or the website first (real-name), or sign in by scanning the QR code with your phone',
  },
  KIOSK_NAME_MISMATCH: {
    kind: 'rule',
    zh: '身份证上的姓名与该证件注册的账号不一致，请到窗口核实',
    en: 'The name on the card is not the name of the account registered with it; please ask at a window',
  },
  KIOSK_ACCOUNT_NOT_PUBLIC: {
    kind: 'forbidden',
    zh: '工作人员账号不能在自助终端登录，请使用个人或企业账号',
    en: 'Staff accounts cannot sign in at a kiosk; use a personal or enterprise account',
  },
  KIOSK_QR_NOT_FOUND: { kind: 'not_found', zh: '登录二维码不存在', en: 'No such sign-in code' },
  KIOSK_QR_EXPIRED: {
    kind: 'rule',
    zh: '登录二维码已过期或已使用，请在自助终端上重新获取',
    en: 'The sign-in code has expired or was already used; get a new one at the kiosk',
  },
  KIOSK_QR_OTHER_DEVICE: {
    kind: 'forbidden',
    zh: '该登录二维码属于另一台自助终端',
    en: 'This sign-in code belongs to another kiosk',
  },
});
