/**
 * Factories for the demo catalog: common materials and form fields are defined once here, and
 * `itemFactory` fills every implementation element that follows from the others (case kind,
 * handling modes, online depth, steps, codes), so the item files state only what differs.
 */
import type {
  Audience,
  BranchHallCode,
  Fee,
  FeeItem,
  FormField,
  HandlingMode,
  ItemLevel,
  ItemMaterial,
  ItemStep,
  ItemType,
  LimitUnit,
  MaterialKind,
  MaterialSource,
  OnlineDepth,
  PowerSource,
  ResultType,
  TimeLimit,
  Topic,
  Visits,
} from '../catalog.types';
import type { ChargePoint, WaiverCategory } from '../../../../shared/payments/payments.enums';
import { getDemoDepartment } from './departments';
import { DEMO_INSTANT_RULES } from './instant-rules';
import type { DemoItem, DepartmentCode } from './types';

/** A material before it is attached to an item (the item assigns its code). */
export type MaterialTemplate = Omit<ItemMaterial, 'code'>;

interface MaterialOptions {
  /** Overrides the template's name, e.g. 「父母双方居民身份证」 for the ID-card template. */
  name?: string;
  nameEn?: string;
  required?: boolean;
  primary?: boolean;
  kind?: MaterialKind;
  source?: MaterialSource;
  copies?: number;
  hasBlankForm?: boolean;
  hasSample?: boolean;
  acceptanceStandard?: string;
  ref?: string;
}

/**
 * A material template. Defaults: required 主件, an original supplied by the applicant, one copy,
 * no blank form.
 */
export function mat(name: string, nameEn: string, o: MaterialOptions = {}): MaterialTemplate {
  const required = o.required ?? true;
  return {
    ...(o.ref ? { ref: o.ref } : {}),
    name: o.name ?? name,
    nameEn: o.nameEn ?? nameEn,
    required,
    primary: o.primary ?? required,
    kind: o.kind ?? 'original',
    source: o.source ?? 'applicant',
    copies: o.copies ?? 1,
    hasBlankForm: o.hasBlankForm ?? false,
    hasSample: o.hasSample ?? o.hasBlankForm ?? false,
    acceptanceStandard: o.acceptanceStandard ?? '内容真实、完整、清晰，在有效期内',
  };
}

/** An application form (申请表/申请书) with a blank form and a filled sample. */
export function form(name: string, nameEn: string, o: MaterialOptions = {}): MaterialTemplate {
  return mat(name, nameEn, {
    hasBlankForm: true,
    hasSample: true,
    acceptanceStandard: '按样表如实填写，申请人签字（盖章）；网上申报的以电子表单代替',
    ...o,
  });
}

/** Optional 辅件: may be missing under 容缺受理 and supplied within the deadline. */
export function aux(name: string, nameEn: string, o: MaterialOptions = {}): MaterialTemplate {
  return mat(name, nameEn, { primary: false, ...o });
}

/** Materials that many items ask for, defined once. */
export const M = {
  idCard: (o: MaterialOptions = {}) =>
    mat('居民身份证', 'Resident identity card', {
      ref: 'id_card',
      source: 'e_license',
      acceptanceStandard: '有效期内的原件或电子身份证照，现场核验后退还',
      ...o,
    }),
  householdRegister: (o: MaterialOptions = {}) =>
    mat('居民户口簿', 'Household register booklet', {
      ref: 'household_register',
      source: 'shared',
      acceptanceStandard: '本市户籍的通过人口库共享核验，无需提交',
      ...o,
    }),
  businessLicence: (o: MaterialOptions = {}) =>
    mat('营业执照', 'Business licence', {
      ref: 'business_licence',
      source: 'e_license',
      acceptanceStandard: '通过电子营业执照或市场主体登记信息共享核验，无需提交纸质件',
      ...o,
    }),
  legalRepId: (o: MaterialOptions = {}) =>
    mat('法定代表人（负责人）身份证件', 'Identity document of the legal representative', {
      ref: 'legal_rep_id',
      source: 'e_license',
      acceptanceStandard: '有效期内的身份证件，电子证照可替代',
      ...o,
    }),
  authorisation: (o: MaterialOptions = {}) =>
    mat('授权委托书', 'Letter of authorisation', {
      ref: 'authorisation',
      required: false,
      hasBlankForm: true,
      hasSample: true,
      acceptanceStandard: '委托他人办理时提供，载明委托事项和权限，委托人签字（盖章）',
      ...o,
    }),
  agentId: (o: MaterialOptions = {}) =>
    mat('受托人身份证件', 'Identity document of the agent', {
      ref: 'agent_id',
      required: false,
      source: 'e_license',
      acceptanceStandard: '委托他人办理时提供，有效期内的身份证件',
      ...o,
    }),
  premises: (o: MaterialOptions = {}) =>
    mat('住所（经营场所）使用证明', 'Proof of the right to use the premises', {
      ref: 'premises',
      acceptanceStandard: '自有房产提供不动产权证书（可共享核验）；租赁的提供租赁合同；实行住所申报承诺制的可提交承诺书',
      ...o,
    }),
  propertyCertificate: (o: MaterialOptions = {}) =>
    mat('不动产权证书', 'Real-estate title certificate', {
      ref: 'property_certificate',
      source: 'e_license',
      acceptanceStandard: '通过不动产登记信息共享或电子证照核验',
      ...o,
    }),
  photo: (o: MaterialOptions = {}) =>
    mat('近期免冠彩色证件照片', 'Recent passport-style colour photo', {
      ref: 'photo',
      acceptanceStandard: '6个月内正面免冠彩色照片，白色背景；现场采集或使用合规数码照片回执',
      ...o,
    }),
  marriageCertificate: (o: MaterialOptions = {}) =>
    mat('结婚证', 'Marriage certificate', {
      ref: 'marriage_certificate',
      source: 'e_license',
      acceptanceStandard: '婚姻登记信息共享核验，无法核验的提供原件',
      ...o,
    }),
  commitment: (name = '告知承诺书', nameEn = 'Notification-and-commitment statement', o: MaterialOptions = {}) =>
    form(name, nameEn, {
      ref: 'commitment',
      acceptanceStandard: '实行告知承诺的，申请人签署承诺书后可以免于提交相应证明材料',
      ...o,
    }),
  bankCard: (o: MaterialOptions = {}) =>
    mat('本人银行卡或社会保障卡（金融账户）', 'Own bank card or social-security card with a bank account', {
      ref: 'bank_card',
      acceptanceStandard: '申请人本人名下的一类银行账户',
      ...o,
    }),
  sitePlan: (o: MaterialOptions = {}) =>
    mat('经营场所平面布局图', 'Floor plan of the premises', {
      ref: 'site_plan',
      hasSample: true,
      acceptanceStandard: '标明功能分区、主要设施设备位置及面积，申请人签字（盖章）',
      ...o,
    }),
};

/** Form fields many items use, defined once. */
export const F = {
  applicantName: { key: 'applicantName', labelZh: '申请人姓名', labelEn: 'Applicant name', type: 'text', required: true },
  idNumber: { key: 'idNumber', labelZh: '公民身份号码', labelEn: 'Resident ID number', type: 'idNumber', required: true },
  mobile: { key: 'mobile', labelZh: '联系电话', labelEn: 'Mobile phone', type: 'mobile', required: true },
  address: { key: 'address', labelZh: '居住地址', labelEn: 'Residential address', type: 'address', required: true },
  entityName: { key: 'entityName', labelZh: '单位（企业）名称', labelEn: 'Entity name', type: 'text', required: true },
  uscc: { key: 'uscc', labelZh: '统一社会信用代码', labelEn: 'Unified social credit code', type: 'uscc', required: true },
  legalRep: { key: 'legalRepName', labelZh: '法定代表人（负责人）', labelEn: 'Legal representative', type: 'text', required: true },
  businessAddress: { key: 'businessAddress', labelZh: '经营场所', labelEn: 'Business premises', type: 'address', required: true },
  businessScope: { key: 'businessScope', labelZh: '经营范围', labelEn: 'Business scope', type: 'text', required: true },
  registeredCapital: {
    key: 'registeredCapital',
    labelZh: '注册资本（万元）',
    labelEn: 'Registered capital (10k CNY)',
    type: 'number',
    required: true,
  },
  area: { key: 'area', labelZh: '经营面积（平方米）', labelEn: 'Floor area (m²)', type: 'number', required: true },
  projectName: { key: 'projectName', labelZh: '项目名称', labelEn: 'Project name', type: 'text', required: true },
  projectCode: { key: 'projectCode', labelZh: '项目代码', labelEn: 'Project code', type: 'text', required: true },
  projectSite: { key: 'projectSite', labelZh: '建设地点', labelEn: 'Project site', type: 'address', required: true },
  totalInvestment: {
    key: 'totalInvestment',
    labelZh: '总投资（万元）',
    labelEn: 'Total investment (10k CNY)',
    type: 'number',
    required: true,
  },
  floorArea: { key: 'floorArea', labelZh: '建筑面积（平方米）', labelEn: 'Gross floor area (m²)', type: 'number', required: true },
  propertyNumber: {
    key: 'propertyNumber',
    labelZh: '不动产权证书号',
    labelEn: 'Real-estate certificate number',
    type: 'text',
    required: true,
  },
  plateNumber: { key: 'plateNumber', labelZh: '号牌号码', labelEn: 'Plate number', type: 'text', required: true },
  vin: { key: 'vin', labelZh: '车辆识别代号', labelEn: 'Vehicle identification number', type: 'text', required: true },
  fundAccount: {
    key: 'fundAccount',
    labelZh: '住房公积金个人账号',
    labelEn: 'Housing-fund personal account',
    type: 'text',
    required: true,
  },
  startDate: { key: 'startDate', labelZh: '起始日期', labelEn: 'Start date', type: 'date', required: true },
} satisfies Record<string, FormField>;

/** A required select field. */
export function select(key: string, labelZh: string, labelEn: string, options: [string, string, string][]): FormField {
  return {
    key,
    labelZh,
    labelEn,
    type: 'select',
    required: true,
    options: options.map(([value, zh, en]) => ({ value, labelZh: zh, labelEn: en })),
  };
}

/** A free-text field. */
export function text(key: string, labelZh: string, labelEn: string, required = true): FormField {
  return { key, labelZh, labelEn, type: 'text', required };
}

/** A fee line. */
export function fee(name: string, standard: string, amountYuan: number, basis: string, waiver?: string, waiverFor?: WaiverCategory[]): FeeItem {
  return { name, standard, amountYuan, basis, ...(waiver ? { waiver } : {}), ...(waiverFor?.length ? { waiverFor } : {}) };
}

/** Fee bases used by several items. */
export const FEE_BASIS = {
  exitEntry: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）',
  idCard: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
  traffic: '《国家发展改革委 财政部关于公安交通管理收费标准及有关问题的通知》（发改价格〔2004〕2831号）',
  realEstate: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
} as const;

type Limit = number | TimeLimit;

/** What an item file states; everything else is derived or defaulted. */
export interface ItemSpec {
  sub?: number;
  name: string;
  nameEn: string;
  type: ItemType;
  dept: DepartmentCode;
  level?: ItemLevel;
  powerSource?: PowerSource;
  audience: Audience[];
  topics: Topic[];
  legalBasis: string[];
  conditions: string[];
  /** Statutory limit; a number means working days. */
  statutory: Limit;
  /** Promised limit; a number means working days; 0 makes the item a 即办件. */
  promised: Limit;
  visits?: Visits;
  onlineDepth?: OnlineDepth;
  /** Add 就近办 even for a city-level item (or suppress it with false). */
  nearby?: boolean;
  fee?: FeeItem[];
  /** When a case is charged (default: at acceptance, docs/decisions.md D30). */
  chargeAt?: ChargePoint;
  materials: MaterialTemplate[];
  /** Extra review steps inserted before the decision, e.g. 现场核查. */
  extraSteps?: [string, string][];
  steps?: ItemStep[];
  result: [string, ResultType];
  jointDepartments?: DepartmentCode[];
  specialProcedures?: string[];
  expressDelivery?: boolean;
  appointment?: boolean;
  kiosk?: boolean;
  inHall?: boolean;
  cityWide?: boolean;
  branchHall?: BranchHallCode;
  form?: FormField[];
}

/** Defaults a whole item file shares (e.g. 全市通办 and a branch hall). */
export type FileDefaults = Partial<Pick<ItemSpec, 'cityWide' | 'branchHall' | 'level' | 'kiosk' | 'appointment' | 'nearby' | 'chargeAt'>>;

function toLimit(l: Limit, unit: LimitUnit = 'workday'): TimeLimit {
  return typeof l === 'number' ? { value: l, unit } : l;
}

/** A limit in natural days. */
export function natural(value: number, note?: string): TimeLimit {
  return { value, unit: 'natural_day', ...(note ? { note } : {}) };
}

/** A limit in working days with a note. */
export function workdays(value: number, note?: string): TimeLimit {
  return { value, unit: 'workday', ...(note ? { note } : {}) };
}

function defaultSteps(instant: boolean, extra: [string, string][]): ItemStep[] {
  const head: ItemStep = { name: '受理', nameEn: 'Acceptance', role: 'window' };
  const extraSteps = extra.map(([name, nameEn]): ItemStep => ({ name, nameEn, role: 'review' }));
  if (instant) {
    return [head, ...extraSteps, { name: '审核', nameEn: 'Check and decision', role: 'approve' }, { name: '办结', nameEn: 'Completion', role: 'issue' }];
  }
  return [
    head,
    { name: '审查', nameEn: 'Review', role: 'review' },
    ...extraSteps,
    { name: '决定', nameEn: 'Decision', role: 'approve' },
    { name: '制证送达', nameEn: 'Issuance and delivery', role: 'issue' },
  ];
}

function defaultFormFields(audience: Audience[]): FormField[] {
  return audience.includes('enterprise') && !audience.includes('citizen')
    ? [F.entityName, F.uscc, F.legalRep, F.mobile]
    : [F.applicantName, F.idNumber, F.mobile];
}

/** Formats a number with leading zeros. */
function pad(n: number, width: number): string {
  const s = String(n);
  if (s.length > width) throw new Error(`${n} does not fit ${width} digits`);
  return s.padStart(width, '0');
}

/**
 * Returns a builder for one item group. The basic code is `000` + group (3 digits) + main item
 * (3) + sub-item (3); the implementation code appends it to the implementing body's USCC followed
 * by the implementation serial `000`.
 */
export function itemFactory(group: number, defaults: FileDefaults = {}) {
  return (seq: number, input: ItemSpec): DemoItem => {
    const spec: ItemSpec = { ...defaults, ...input };
    const basicCode = `000${pad(group, 3)}${pad(seq, 3)}${pad(spec.sub ?? 0, 3)}`;
    const dept = getDemoDepartment(spec.dept);
    const promisedLimit = toLimit(spec.promised);
    const statutoryLimit = toLimit(spec.statutory);
    const instant = promisedLimit.value === 0;
    const visits: Visits = spec.visits ?? (instant ? 0 : 1);
    const onlineDepth: OnlineDepth = spec.onlineDepth ?? (visits === 0 ? 4 : visits === 1 ? 3 : 2);
    const level = spec.level ?? 'city';
    const cityWide = spec.cityWide ?? false;
    const modes: HandlingMode[] = [];
    if (instant) modes.push('immediate');
    if (onlineDepth >= 3) modes.push('online');
    if (spec.nearby ?? (level !== 'city' || cityWide)) modes.push('nearby');
    if (visits <= 1) modes.push('one_visit');
    const charged = (spec.fee?.length ?? 0) > 0;
    const feeValue: Fee = charged ? { charged, items: spec.fee, ...(spec.chargeAt ? { chargeAt: spec.chargeAt } : {}) } : { charged: false };
    const materials: ItemMaterial[] = spec.materials.map((m, i) => ({ code: `${basicCode}M${pad(i + 1, 2)}`, ...m }));
    const fields = [...defaultFormFields(spec.audience)];
    for (const f of spec.form ?? []) if (!fields.some((x) => x.key === f.key)) fields.push(f);
    const physicalResult = spec.result[1] === 'licence' || spec.result[1] === 'certificate';
    return {
      basicCode,
      implCode: `${dept.uscc}${basicCode}000`,
      name: spec.name,
      nameEn: spec.nameEn,
      type: spec.type,
      departmentCode: spec.dept,
      level,
      powerSource: spec.powerSource ?? 'statutory',
      audience: spec.audience,
      topics: spec.topics,
      legalBasis: spec.legalBasis,
      conditions: spec.conditions,
      statutoryLimit,
      promisedLimit,
      caseKind: instant ? 'instant' : 'promised',
      modes,
      onlineDepth,
      visits,
      fee: feeValue,
      materials,
      steps: spec.steps ?? defaultSteps(instant, spec.extraSteps ?? []),
      resultName: spec.result[0],
      resultType: spec.result[1],
      ...(spec.jointDepartments ? { jointDepartments: spec.jointDepartments } : {}),
      ...(spec.specialProcedures ? { specialProcedures: spec.specialProcedures } : {}),
      consultationPhone: dept.consultationPhone,
      complaintPhone: '12345',
      expressDelivery: spec.expressDelivery ?? (physicalResult && !instant),
      onlinePayment: charged,
      appointment: spec.appointment ?? true,
      kiosk: spec.kiosk ?? false,
      inHall: spec.inHall ?? true,
      cityWide,
      ...(spec.branchHall ? { branchHall: spec.branchHall } : {}),
      formFields: fields,
      ...(DEMO_INSTANT_RULES[spec.name] ? { instantApproval: { rules: DEMO_INSTANT_RULES[spec.name] } } : {}),
    };
  };
}
