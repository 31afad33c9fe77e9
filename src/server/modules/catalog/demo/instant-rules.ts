import type { InstantRule } from '../catalog.types';

/**
 * The demo's 秒批 items (docs/decisions.md D22): 证明 and 备案 items whose every condition is a fact
 * the item's own department holds on the exchange, so a rule can decide them without a person.
 * Keyed by item name; the rules become part of the item's published version.
 */
export const DEMO_INSTANT_RULES: Readonly<Record<string, InstantRule[]>> = {
  住房公积金缴存证明开具: [
    {
      resource: 'housing-fund',
      field: 'accountStatus',
      op: 'equals',
      values: ['正常缴存'],
      textZh: '本人住房公积金账户处于正常缴存状态',
      textEn: 'Your housing-fund account is in normal deposit status',
    },
  ],
  开具税收完税证明: [
    { resource: 'tax-payment', field: 'taxpayerStatus', op: 'equals', values: ['正常'], textZh: '纳税人登记状态正常', textEn: 'The taxpayer is registered and active' },
    { resource: 'tax-payment', field: 'arrears', op: 'equals', values: ['0'], textZh: '没有欠缴税款', textEn: 'No tax is in arrears' },
  ],
  无犯罪记录证明开具: [
    { resource: 'household-registration', op: 'present', textZh: '本市户籍人口信息可以核验', textEn: 'Your household registration in the city can be checked' },
    { resource: 'criminal-record', op: 'noRecord', textZh: '公安机关违法犯罪信息库中没有本人记录', textEn: 'The police records hold no criminal record for you' },
  ],
  个人权益记录查询打印: [
    {
      resource: 'social-insurance',
      field: 'status',
      op: 'oneOf',
      values: ['正常参保', '暂停参保'],
      textZh: '本人在本市有社会保险参保记录',
      textEn: 'You have social-insurance records in the city',
    },
  ],
  补领婚姻登记证: [
    {
      resource: 'marriage-registration',
      field: 'maritalStatus',
      op: 'oneOf',
      values: ['已婚', '离婚'],
      textZh: '婚姻登记信息库中有本人的结婚或离婚登记',
      textEn: 'The marriage registry holds your marriage or divorce registration',
    },
  ],
  仅销售预包装食品备案: [
    { resource: 'business-licence', field: 'status', op: 'equals', values: ['存续'], textZh: '营业执照登记状态为存续', textEn: 'The business licence is in force' },
    {
      resource: 'business-licence',
      field: 'businessScope',
      op: 'contains',
      values: ['预包装食品', '食品销售'],
      textZh: '经营范围包含预包装食品销售',
      textEn: 'The business scope includes selling pre-packaged food',
    },
  ],
};
