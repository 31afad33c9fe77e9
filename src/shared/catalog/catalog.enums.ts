/**
 * The closed lists of the service catalog (docs/domain.md §4) that the server's item schema and
 * the web app's filters and editor both use.
 */

/** Item types of the national catalogue (行政许可, 行政处罚, … 公共服务). */
export const ITEM_TYPES = ['XK', 'CF', 'QZ', 'ZS', 'GF', 'JC', 'QR', 'JL', 'CJ', 'QT', 'GG'] as const;
/** One of {@link ITEM_TYPES}. */
export type ItemType = (typeof ITEM_TYPES)[number];

/**
 * Life-event and enterprise-event topics (主题) used to browse the catalog. Kept as a closed list
 * so the portal can show one tile per topic.
 */
export const TOPICS = [
  '生育收养',
  '教育',
  '就业创业',
  '婚姻登记',
  '退休',
  '社会保障',
  '医疗',
  '残疾人',
  '养老服务',
  '社会救助',
  '优抚安置',
  '住房',
  '公积金',
  '不动产',
  '交通出行',
  '户籍',
  '出入境',
  '证明开具',
  '法律服务',
  '水电气暖',
  '企业开办',
  '企业变更',
  '企业注销',
  '税务',
  '工程建设',
  '投资项目',
  '餐饮',
  '准营',
  '食品药品',
  '文化旅游',
  '交通运输',
  '农牧林草',
  '生态环境',
  '安全生产',
  '科技创新',
  '人才',
] as const;
/** One of {@link TOPICS}. */
export type Topic = (typeof TOPICS)[number];

/** Handling modes; each is also one of the four public lists (马上办 / 网上办 / 就近办 / 一次办). */
export const HANDLING_MODES = ['immediate', 'online', 'nearby', 'one_visit'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];

/** Whether an item can be applied for online (网上办): the guide's and the results' 在线办理 button. */
export function appliesOnline(item: { modes: readonly HandlingMode[] }): boolean {
  return item.modes.includes('online');
}

/** The four public lists are the four handling modes. */
export const LISTS = HANDLING_MODES;
export type ListName = HandlingMode;

export const AUDIENCES = ['citizen', 'enterprise'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const BRANCH_HALLS = ['hr', 'science', 'housing_fund', 'property_trading', 'real_estate', 'driver_vehicle'] as const;
export type BranchHall = (typeof BRANCH_HALLS)[number];

/** Unit of a time limit: working days (the default, docs/domain.md §3) or natural days. */
export const LIMIT_UNITS = ['workday', 'natural_day'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export const ITEM_LEVELS = ['city', 'district', 'both'] as const;
export const POWER_SOURCES = ['statutory', 'delegated', 'authorised', 'entrusted'] as const;
export const CASE_KINDS = ['instant', 'promised'] as const;
export const MATERIAL_KINDS = ['original', 'copy', 'electronic'] as const;
export const MATERIAL_SOURCES = ['applicant', 'government', 'shared', 'e_license'] as const;
export const STEP_ROLES = ['window', 'review', 'approve', 'issue'] as const;
export type StepRole = (typeof STEP_ROLES)[number];
export const RESULT_TYPES = ['licence', 'certificate', 'approval', 'filing', 'other'] as const;

/** Whether the item's result is one the licences module issues as an e-licence (出件 by 电子证照). */
export function issuesLicence(item: { resultType: (typeof RESULT_TYPES)[number] }): boolean {
  return item.resultType === 'licence' || item.resultType === 'certificate';
}

/** The ways of receiving the result an item offers (领取方式, docs/decisions.md D27), window first. */
export function offeredDeliveryModes(item: { resultType: (typeof RESULT_TYPES)[number]; expressDelivery: boolean }): ('window' | 'express' | 'e_licence')[] {
  return ['window', ...(item.expressDelivery ? (['express'] as const) : []), ...(issuesLicence(item) ? (['e_licence'] as const) : [])];
}
/** Field types of an item's application form. */
export const FORM_FIELD_TYPES = ['text', 'number', 'date', 'select', 'idNumber', 'uscc', 'mobile', 'address'] as const;

/** Form fields that hold a person's identifiers: masked wherever a case is shown (docs/decisions.md D25). */
export type PersonalFieldType = Extract<(typeof FORM_FIELD_TYPES)[number], 'idNumber' | 'mobile'>;
export const PERSONAL_FIELD_TYPES: ReadonlySet<string> = new Set<PersonalFieldType>(['idNumber', 'mobile']);
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** The admin item list's status filter: never published, published, or with a draft open. */
export const ADMIN_ITEM_FILTERS = ['published', 'draft', 'has_draft'] as const;

/** The tests a 秒批 rule may make of one fact (docs/decisions.md D22). */
export const INSTANT_RULE_OPS = ['equals', 'oneOf', 'contains', 'present', 'noRecord', 'notExpired'] as const;
