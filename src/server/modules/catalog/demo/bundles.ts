/**
 * The demo bundles: 企业开办 (S12, one form fanned out to registration, seal, tax, social
 * insurance, housing fund and bank) and the 15 "办成一件事" packages (S13) such as 开办饭店.
 * Bundles reference items by basic code; they are wired by item name so a renamed item fails
 * loudly here instead of leaving a dangling code.
 */
import type { BundleDefinition } from '../../../../shared/bundles/bundles.schemas';
import { getDemoItemByName } from './index';
import { Q, type QuestionKey } from './bundle-questions';
import type { DepartmentCode } from './types';

/** `enterprise_opening` is the S12 one-form opening; `one_thing` one of the 15 S13 packages. */
export type BundleKind = 'enterprise_opening' | 'one_thing';

/** A bundle of items handled with one form, one set of materials and one delivery. */
export interface DemoBundle {
  code: string;
  kind: BundleKind;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  leadDepartment: DepartmentCode;
  /** Items every applicant of the bundle goes through. */
  itemBasicCodes: string[];
  /** Items that apply only in some situations (stated in the description). */
  optionalItemBasicCodes: string[];
  /** Stages run one after another, members of a stage in parallel: the sum of each stage's longest promise. */
  promisedWorkdays: number;
  /** What applying uses (docs/decisions.md D24): questions, members with stage and condition, milestones. */
  plan: BundleDefinition;
}

/** A member that applies only when the answers say so. */
interface Conditional {
  item: string;
  when: NonNullable<BundleDefinition['members'][number]['when']>;
  reasonZh: string;
  reasonEn: string;
}

interface BundleSpec {
  code: string;
  kind?: BundleKind;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  lead: DepartmentCode;
  items: string[];
  optional?: string[];
  /** Questions asked before applying, and the members they decide (core items may be decided too). */
  questions?: QuestionKey[];
  conditions?: Conditional[];
  /** Items that run in a later stage than 1 (registration-type items run first and hand their results on). */
  stage?: Record<string, number>;
  promisedWorkdays?: number;
  milestones?: BundleDefinition['milestones'];
}

const REG = '公司设立登记';
const SELF = '个体工商户设立登记';
const SIGN = '户外招牌设置备案';
const FIRE = '公众聚集场所投入使用、营业前消防安全检查';
const FOOD = '食品经营许可证核发';
const PREPACKED = '仅销售预包装食品备案';
const HYGIENE = '公共场所卫生许可';
const PREPAID = '单用途商业预付卡备案';
const NONPROFIT = '民办非企业单位成立登记';

function toWorkdays(value: number, unit: 'workday' | 'natural_day'): number {
  // A natural-day promise is at least as long as 5/7 of it in working days.
  return unit === 'workday' ? value : Math.ceil((value * 5) / 7);
}

/** Items that register the business: they run first and hand their result (营业执照 …) to the rest. */
const FIRST_STAGE = new Set([REG, SELF, NONPROFIT, '企业名称自主申报']);

function workdaysOf(name: string): number {
  const l = getDemoItemByName(name).promisedLimit;
  return toWorkdays(l.value, l.unit);
}

function planOf(s: BundleSpec): BundleDefinition {
  const names = [...s.items, ...(s.optional ?? [])];
  const stageOf = (n: string) => s.stage?.[n] ?? (FIRST_STAGE.has(n) ? 1 : 2);
  const members = names.map((n) => {
    const c = s.conditions?.find((x) => x.item === n);
    if (!c && (s.optional ?? []).includes(n)) throw new Error(`bundle ${s.code}: optional item ${n} has no condition`);
    return {
      itemCode: getDemoItemByName(n).basicCode,
      stage: stageOf(n),
      ...(c ? { when: c.when, reasonZh: c.reasonZh, reasonEn: c.reasonEn } : {}),
    };
  });
  const stages = [...new Set(members.map((m) => m.stage))].sort((a, b) => a - b);
  const longest = stages.map((st) => Math.max(...names.filter((n) => stageOf(n) === st).map(workdaysOf)));
  return {
    questions: (s.questions ?? []).map((k) => Q[k]),
    members,
    aliases: [],
    promisedWorkdays: s.promisedWorkdays ?? longest.reduce((a, b) => a + b, 0),
    milestones: s.milestones ?? [],
  };
}

function defineBundle(s: BundleSpec): DemoBundle {
  const core = s.items.map(getDemoItemByName);
  const plan = planOf(s);
  return {
    code: s.code,
    kind: s.kind ?? 'one_thing',
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    descriptionZh: s.descriptionZh,
    descriptionEn: s.descriptionEn,
    leadDepartment: s.lead,
    itemBasicCodes: core.map((i) => i.basicCode),
    optionalItemBasicCodes: (s.optional ?? []).map((n) => getDemoItemByName(n).basicCode),
    promisedWorkdays: plan.promisedWorkdays,
    plan,
  };
}

const yes = (question: QuestionKey) => [{ question, op: 'eq' as const, value: true }];
const no = (question: QuestionKey) => [{ question, op: 'eq' as const, value: false }];
const company = [{ question: 'entityType', op: 'eq' as const, value: 'company' }];
const individual = [{ question: 'entityType', op: 'eq' as const, value: 'individual' }];
/** 公司 or 个体工商户: which registration the business goes through. */
const registration: Conditional[] = [
  { item: REG, when: company, reasonZh: '以公司形式经营', reasonEn: 'Run as a company' },
  { item: SELF, when: individual, reasonZh: '以个体工商户形式经营', reasonEn: 'Run as a sole trader' },
];
const cond = (item: string, question: QuestionKey, reasonZh: string, reasonEn: string): Conditional => ({ item, when: yes(question), reasonZh, reasonEn });
const gas = cond('燃气报装', 'usesGas', '使用管道燃气', 'Uses piped gas');
const prepaid = cond(PREPAID, 'prepaidCards', '发行单用途预付卡', 'Sells prepaid cards');
const food = cond(FOOD, 'servesFood', '提供餐饮服务', 'Serves food');
const equipment = cond('特种设备使用登记', 'specialEquipment', '使用电梯、锅炉等特种设备', 'Uses lifts or boilers');
const sewer = cond('城镇污水排入排水管网许可', 'sewage', '污水排入城镇排水管网', 'Waste water goes into the public sewer');

const specs: BundleSpec[] = [
  {
    code: 'enterprise-opening', kind: 'enterprise_opening', lead: 'market-regulation',
    nameZh: '企业开办', nameEn: 'Opening a business',
    descriptionZh: '通过综合窗口或“蒙畅开”平台一表申报，统一提交企业设立、公章刻制、涉税事项、社保和公积金登记及银行开户预约；1个工作日内批准设立登记，执照、公章、发票当天领取，全程2个工作日内办结。',
    descriptionEn: 'One form at the comprehensive window or online covers registration, seal carving, tax, social insurance, housing fund and a bank appointment; registration within 1 working day and the whole opening within 2.',
    items: ['企业名称自主申报', REG, '公章刻制备案', '税务登记信息确认', '发票申领', '单位社会保险登记', '住房公积金单位缴存登记', '银行开户预约'],
    optional: ['职工基本医疗保险参保登记', '增值税一般纳税人登记'],
    questions: ['employees', 'generalTaxpayer'],
    conditions: [
      { item: '职工基本医疗保险参保登记', when: [{ question: 'employees', op: 'gt', value: 0 }], reasonZh: '有首批参保职工', reasonEn: 'Has first employees to insure' },
      cond('增值税一般纳税人登记', 'generalTaxpayer', '申请登记为一般纳税人', 'Registers as a general VAT taxpayer'),
    ],
    // The plan's promise: registration within 1 working day, the whole opening within 2.
    promisedWorkdays: 2,
    milestones: [{ key: 'registration', labelZh: '设立登记', labelEn: 'Registration', itemCodes: [getDemoItemByName(REG).basicCode], workdays: 1 }],
  },
  {
    code: 'open-restaurant', lead: 'market-regulation', nameZh: '开办饭店', nameEn: 'Opening a restaurant',
    descriptionZh: '营业执照、食品经营许可、户外招牌和排水许可一次申请、并联审批。餐饮服务场所已不再办理公共场所卫生许可；营业面积较大、属于公众聚集场所的同时办理消防安全检查，个体经营的以个体工商户登记替代公司登记。',
    descriptionEn: 'Licence, food-business permit, shop sign and sewer permit in one application. Restaurants no longer need a public-place hygiene permit; large venues add the fire-safety inspection, sole traders register as individual businesses.',
    items: [REG, FOOD, SIGN, '城镇污水排入排水管网许可'],
    optional: [SELF, FIRE, '燃气报装'],
    questions: ['entityType', 'floorArea', 'usesGas'],
    conditions: [
      ...registration,
      { item: FIRE, when: [{ question: 'floorArea', op: 'gte', value: 300 }], reasonZh: '营业面积 300 ㎡ 以上，属公众聚集场所', reasonEn: 'Premises of 300 m² or more are a public gathering place' },
      gas,
    ],
  },
  {
    code: 'open-convenience-store', lead: 'market-regulation', nameZh: '开办便利店', nameEn: 'Opening a convenience store',
    descriptionZh: '仅销售预包装食品的办理备案，同时申请烟草专卖零售许可和户外招牌；销售散装食品或现制现售的改为办理食品经营许可。',
    descriptionEn: 'Pre-packaged food filing, tobacco retail licence and shop sign together; stores selling loose or freshly made food apply for the food-business permit instead.',
    items: [REG, PREPACKED, '烟草专卖零售许可证核发', SIGN],
    optional: [SELF, FOOD],
    questions: ['entityType', 'looseFood'],
    conditions: [
      ...registration,
      { item: PREPACKED, when: no('looseFood'), reasonZh: '仅销售预包装食品', reasonEn: 'Sells pre-packaged food only' },
      cond(FOOD, 'looseFood', '销售散装食品或现制现售', 'Sells loose or freshly made food'),
    ],
  },
  {
    code: 'open-pharmacy', lead: 'market-regulation', nameZh: '开办药店', nameEn: 'Opening a pharmacy',
    descriptionZh: '药品零售许可、第二类医疗器械经营备案和保健食品销售备案一并办理，现场检查一次完成。',
    descriptionEn: 'Drug retail permit, class II device filing and health-food filing together, with one joint on-site inspection.',
    items: [REG, '药品经营许可证（零售）核发', '第二类医疗器械经营备案', PREPACKED, SIGN],
    optional: ['第三类医疗器械经营许可'],
    questions: ['classIIIDevices'],
    conditions: [cond('第三类医疗器械经营许可', 'classIIIDevices', '经营第三类医疗器械', 'Sells class III devices')],
  },
  {
    code: 'open-beauty-salon', lead: 'market-regulation', nameZh: '开办美容美发店', nameEn: 'Opening a beauty or hair salon',
    descriptionZh: '营业执照、公共场所卫生许可（可告知承诺）和户外招牌一次办；发行会员卡的办理单用途预付卡备案。',
    descriptionEn: 'Licence, public-place hygiene permit (commitment-based) and shop sign at once; salons selling membership cards file their prepaid cards.',
    items: [REG, HYGIENE, SIGN],
    optional: [SELF, PREPAID],
    questions: ['entityType', 'prepaidCards'],
    conditions: [...registration, prepaid],
  },
  {
    code: 'open-hotel', lead: 'public-security', nameZh: '开办宾馆', nameEn: 'Opening a hotel',
    descriptionZh: '旅馆业特种行业许可、公共场所卫生许可和消防安全检查联合踏勘、同步审批；设餐厅的加办食品经营许可，有电梯、锅炉的办理特种设备使用登记。',
    descriptionEn: 'Hotel special-trade licence, hygiene permit and fire-safety inspection with one joint site visit; add the food permit for a restaurant and equipment registration for lifts or boilers.',
    items: [REG, '特种行业许可证核发（旅馆业）', HYGIENE, FIRE, SIGN],
    optional: [FOOD, '特种设备使用登记'],
    questions: ['servesFood', 'specialEquipment'],
    conditions: [food, equipment],
  },
  {
    code: 'open-internet-cafe', lead: 'culture-tourism', nameZh: '开办网吧', nameEn: 'Opening an internet café',
    descriptionZh: '网络文化经营许可与消防安全检查并联办理，选址距中小学校200米以外。',
    descriptionEn: 'Internet-café permit and fire-safety inspection in parallel; the site must be 200 m from schools.',
    items: [REG, '互联网上网服务营业场所经营单位设立审批', FIRE, SIGN],
  },
  {
    code: 'open-ktv', lead: 'culture-tourism', nameZh: '开办KTV', nameEn: 'Opening a karaoke venue',
    descriptionZh: '娱乐经营许可、消防安全检查和公共场所卫生许可一次申请；提供餐饮的加办食品经营许可。',
    descriptionEn: 'Entertainment permit, fire-safety inspection and hygiene permit in one application; add the food permit when serving food.',
    items: [REG, '娱乐场所经营活动审批', FIRE, HYGIENE, SIGN],
    optional: [FOOD],
    questions: ['servesFood'],
    conditions: [food],
  },
  {
    code: 'open-gym', lead: 'sports', nameZh: '开办健身房', nameEn: 'Opening a gym',
    descriptionZh: '营业执照、消防安全检查、预付卡备案一次办；设游泳池的加办高危险性体育项目经营许可和游泳场所卫生许可。',
    descriptionEn: 'Licence, fire-safety inspection and prepaid-card filing at once; gyms with a pool add the high-risk sports permit and pool hygiene permit.',
    items: [REG, FIRE, PREPAID, SIGN],
    optional: ['高危险性体育项目经营许可', HYGIENE],
    questions: ['pool'],
    conditions: [
      cond('高危险性体育项目经营许可', 'pool', '设游泳池（高危险性体育项目）', 'Has a swimming pool (high-risk sport)'),
      cond(HYGIENE, 'pool', '游泳场所需卫生许可', 'A pool needs a hygiene permit'),
    ],
  },
  {
    code: 'open-kindergarten', lead: 'education', nameZh: '开办幼儿园', nameEn: 'Opening a kindergarten',
    descriptionZh: '民办幼儿园办学许可与民办非企业单位登记衔接办理，幼儿园食堂同步办理食品经营许可。',
    descriptionEn: 'Private kindergarten licence followed by non-profit registration, with the canteen food permit in parallel.',
    items: ['民办幼儿园设立审批', NONPROFIT, FOOD],
    optional: [SIGN],
    questions: ['sign'],
    conditions: [cond(SIGN, 'sign', '设置户外招牌', 'Puts up an outdoor sign')],
    // The licence to run the school comes first; registration follows it; then the canteen and the sign.
    stage: { '民办幼儿园设立审批': 1, [NONPROFIT]: 2, [FOOD]: 3, [SIGN]: 3 },
  },
  {
    code: 'open-training-institution', lead: 'education', nameZh: '开办培训机构', nameEn: 'Opening a training institution',
    descriptionZh: '校外培训机构办学许可与法人登记衔接办理，学科类培训机构登记为非营利性民办非企业单位。',
    descriptionEn: 'Training licence followed by legal-person registration; academic tutoring registers as a non-profit unit.',
    items: ['文化教育类校外培训机构设立审批', NONPROFIT, SIGN],
    stage: { '文化教育类校外培训机构设立审批': 1, [NONPROFIT]: 2, [SIGN]: 3 },
  },
  {
    code: 'open-car-repair', lead: 'transport', nameZh: '开办汽车维修店', nameEn: 'Opening a car-repair shop',
    descriptionZh: '营业执照、机动车维修经营备案、排污登记和户外招牌一次办；洗车污水排入管网的办理排水许可。',
    descriptionEn: 'Licence, repair-business filing, pollution-source registration and shop sign at once; add the sewer permit for car-wash water.',
    items: [REG, '机动车维修经营备案', '固定污染源排污登记', SIGN],
    optional: [SELF, '城镇污水排入排水管网许可'],
    questions: ['entityType', 'sewage'],
    conditions: [...registration, sewer],
  },
  {
    code: 'open-petrol-station', lead: 'commerce', nameZh: '开办加油站', nameEn: 'Opening a petrol station',
    descriptionZh: '危险化学品经营许可、成品油零售经营批准和排污登记联合审查；附设便利店的加办预包装食品备案和烟草零售许可。',
    descriptionEn: 'Hazardous-chemicals licence, oil retail approval and pollution registration in one review; a shop on site adds food filing and the tobacco licence.',
    items: [REG, '危险化学品经营许可证核发', '成品油零售经营批准', '固定污染源排污登记', SIGN],
    optional: [PREPACKED, '烟草专卖零售许可证核发', '建设工程消防验收'],
    questions: ['shop', 'newBuild'],
    conditions: [
      cond(PREPACKED, 'shop', '附设便利店', 'Has a shop on site'),
      cond('烟草专卖零售许可证核发', 'shop', '附设便利店销售卷烟', 'The shop sells tobacco'),
      cond('建设工程消防验收', 'newBuild', '新建、扩建的特殊建设工程', 'A new or extended special construction project'),
    ],
  },
  {
    code: 'open-clinic', lead: 'health', nameZh: '开办诊所', nameEn: 'Opening a clinic',
    descriptionZh: '诊所实行备案管理，营业执照、诊所备案和医师执业注册（变更执业机构）一次办结。',
    descriptionEn: 'Clinics are filed rather than licensed: licence, clinic filing and physician registration in one go.',
    items: [REG, '诊所备案', '医师执业注册', SIGN],
    optional: ['城镇污水排入排水管网许可'],
    questions: ['sewage'],
    conditions: [sewer],
  },
  {
    code: 'open-bathhouse', lead: 'health', nameZh: '开办洗浴场所', nameEn: 'Opening a bathhouse',
    descriptionZh: '沐浴场所卫生许可与消防安全检查联合踏勘；使用锅炉的办理特种设备使用登记，发行会员卡的办理预付卡备案。',
    descriptionEn: 'Bathhouse hygiene permit and fire-safety inspection with one site visit; boilers need equipment registration, membership cards a prepaid-card filing.',
    items: [REG, HYGIENE, FIRE, SIGN],
    optional: ['特种设备使用登记', PREPAID],
    questions: ['specialEquipment', 'prepaidCards'],
    conditions: [equipment, prepaid],
  },
  {
    code: 'open-elderly-care', lead: 'civil-affairs', nameZh: '开办养老机构', nameEn: 'Opening an elderly-care institution',
    descriptionZh: '法人登记后即可开展服务，养老机构备案、机构食堂食品经营许可同步办理；非营利机构登记为民办非企业单位，营利性机构办理公司设立登记。',
    descriptionEn: 'Services may start after legal-person registration; the care-institution filing and canteen food permit are handled together.',
    items: [NONPROFIT, '养老机构备案', FOOD],
    optional: [REG],
    questions: ['forProfit'],
    conditions: [
      { item: NONPROFIT, when: no('forProfit'), reasonZh: '非营利性机构登记为民办非企业单位', reasonEn: 'A non-profit registers as a private non-enterprise unit' },
      { item: REG, when: yes('forProfit'), reasonZh: '营利性机构办理公司设立登记', reasonEn: 'A for-profit institution registers as a company' },
    ],
  },
];

/** Every demo bundle: 企业开办 first, then the 15 "一件事" packages. */
export const demoBundles: DemoBundle[] = specs.map(defineBundle);
