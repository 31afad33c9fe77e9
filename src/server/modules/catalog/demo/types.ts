/**
 * Types of the demo service catalog (事项库): one `DemoItem` is a basic-catalogue entry together
 * with the city's implementation list for it (docs/domain.md §4). The demo data is plain typed
 * TypeScript so the seeder can load it without parsing anything.
 */

import type { ItemType, Topic } from '../../../../shared/catalog/catalog.enums';

// The closed lists are shared with the web app (src/shared/README.md).
export { ITEM_TYPES, TOPICS, type ItemType, type Topic } from '../../../../shared/catalog/catalog.enums';

/** Chinese names of the item types, for guides and filters. */
export const ITEM_TYPE_NAMES: Readonly<Record<ItemType, string>> = {
  XK: '行政许可',
  CF: '行政处罚',
  QZ: '行政强制',
  ZS: '行政征收',
  GF: '行政给付',
  JC: '行政检查',
  QR: '行政确认',
  JL: '行政奖励',
  CJ: '行政裁决',
  QT: '其他行政权力',
  GG: '公共服务',
};

/**
 * Department codes usable in demo data: every code of docs/domain.md §7 plus the few that real Baotou
 * items need and §7 does not list (marked in `departments.ts`).
 */
export const DEPARTMENT_CODES = [
  'gov-office',
  'gov-services',
  'market-regulation',
  'public-security',
  'taxation',
  'hr-social-security',
  'development-reform',
  'industry-it',
  'natural-resources',
  'ecology-environment',
  'emergency-management',
  'housing-construction',
  'forestry-grassland',
  'science-technology',
  'finance',
  'justice',
  'housing-fund',
  'investment-promotion',
  'establishment-office',
  'organization-dept',
  'discipline-inspection',
  'weather',
  'urban-management',
  'transport',
  'health',
  'education',
  'civil-affairs',
  'water-affairs',
  'culture-tourism',
  'agriculture',
  'commerce',
  'medical-security',
  'veterans',
  'heating',
  'water-supply',
  'power-supply',
  'gas-supply',
  // Added for the demo (not in docs/domain.md §7); see departments.ts for why each is needed.
  'fire-rescue',
  'disabled-persons',
  'tobacco',
  'sports',
  'people-bank',
] as const;
/** One of {@link DEPARTMENT_CODES}. */
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

/** 事项层级: handled by the city, by the districts/banners/county, or by both. */
export type ItemLevel = 'city' | 'district' | 'both';

/** 权力来源: 法定本级行使 / 上级下放 / 授权 / 委托. */
export type PowerSource = 'statutory' | 'delegated' | 'authorised' | 'entrusted';

/** 服务对象: 自然人 / 法人. */
export type Audience = 'citizen' | 'enterprise';


/** Unit of a time limit: working days (the default, docs/domain.md §3) or natural days. */
export type LimitUnit = 'workday' | 'natural_day';

/** A time limit (法定时限 / 承诺时限) with its unit and an optional explanation (时限说明). */
export interface TimeLimit {
  value: number;
  unit: LimitUnit;
  note?: string;
}

/** 办件类型: 即办件 (decided on the spot) or 承诺件 (decided within the promised limit). */
export type CaseKind = 'instant' | 'promised';

/** The four handling lists of S2: 马上办 / 网上办 / 就近办 / 一次办. */
export type HandlingMode = 'immediate' | 'online' | 'nearby' | 'one_visit';

/** 网上办理深度: 1 信息公开, 2 在线预约/表格下载, 3 网上受理(到现场一次), 4 全程网办. */
export type OnlineDepth = 1 | 2 | 3 | 4;

/** 到现场次数 (target 0 or 1). */
export type Visits = 0 | 1 | 2;

/** One fee line of an item (行政事业性收费). */
export interface FeeItem {
  name: string;
  /** The standard as published, e.g. "120元/本". */
  standard: string;
  /** The standard as a number in yuan, for payment orders. */
  amountYuan: number;
  basis: string;
  /** 减免政策, when one exists. */
  waiver?: string;
}

/** Whether the item charges and, if so, what. Most items are free. */
export interface Fee {
  charged: boolean;
  items?: FeeItem[];
}

/** 材料形式: 原件 / 复印件 / 电子材料. */
export type MaterialKind = 'original' | 'copy' | 'electronic';

/** 来源渠道: 申请人自备 / 政府部门核发 / 共享获取 / 电子证照. */
export type MaterialSource = 'applicant' | 'government' | 'shared' | 'e_license';

/** One application material of an item. */
export interface DemoMaterial {
  /** Unique inside the item (`<basicCode>M<nn>`). */
  code: string;
  /** Key of the shared template (`id_card`, `business_licence`, …) when it came from one. */
  ref?: string;
  name: string;
  nameEn: string;
  /** 必要 (true) / 非必要 (false). */
  required: boolean;
  /** 主件 (true) or 辅件 (false); only 辅件 may be missing under 容缺受理. */
  primary: boolean;
  kind: MaterialKind;
  source: MaterialSource;
  copies: number;
  hasBlankForm: boolean;
  hasSample: boolean;
  acceptanceStandard: string;
}

/** Who performs a process step: front window, back-office review, decision, or result delivery. */
export type StepRole = 'window' | 'review' | 'approve' | 'issue';

/** One step of the process flowchart (办理流程). */
export interface DemoStep {
  name: string;
  nameEn: string;
  role: StepRole;
}

/** 办理结果类型. */
export type ResultType = 'licence' | 'certificate' | 'approval' | 'filing' | 'other';

/** Field types of the online application form. */
export type FormFieldType =
  | 'text'
  | 'number'
  | 'date'
  | 'select'
  | 'idNumber'
  | 'uscc'
  | 'mobile'
  | 'address';

/** One field of an item's online application form (the same form as at the window, S5). */
export interface FormField {
  key: string;
  labelZh: string;
  labelEn: string;
  type: FormFieldType;
  required: boolean;
  options?: { value: string; labelZh: string; labelEn: string }[];
}

/**
 * The six branch halls of "1+N+X" (人社, 科技, 公积金, 房产交易, 不动产登记, 驾驶人及车辆). An item
 * carrying one is handled in that branch hall and at its windows inside the city hall.
 */
export type BranchHallCode =
  | 'hr'
  | 'science'
  | 'housing_fund'
  | 'property_trading'
  | 'real_estate'
  | 'driver_vehicle';

/** A service item with its implementation-list elements (docs/domain.md §4). */
export interface DemoItem {
  /** 基本编码, 12 digits. */
  basicCode: string;
  /** 实施编码: implementing body's USCC + basic code + 3-digit implementation serial. */
  implCode: string;
  name: string;
  nameEn: string;
  type: ItemType;
  departmentCode: DepartmentCode;
  level: ItemLevel;
  powerSource: PowerSource;
  audience: Audience[];
  topics: Topic[];
  legalBasis: string[];
  conditions: string[];
  statutoryLimit: TimeLimit;
  /** ≤ the statutory limit; 0 for 即办件. */
  promisedLimit: TimeLimit;
  caseKind: CaseKind;
  modes: HandlingMode[];
  onlineDepth: OnlineDepth;
  visits: Visits;
  fee: Fee;
  materials: DemoMaterial[];
  steps: DemoStep[];
  resultName: string;
  resultType: ResultType;
  jointDepartments?: DepartmentCode[];
  /** 特别程序 (hearing, expert review, on-site inspection …); the clock pauses during them. */
  specialProcedures?: string[];
  consultationPhone: string;
  complaintPhone: '12345';
  expressDelivery: boolean;
  onlinePayment: boolean;
  appointment: boolean;
  kiosk: boolean;
  inHall: boolean;
  /** 全市通办: any district hall accepts it regardless of the applicant's residence. */
  cityWide: boolean;
  branchHall?: BranchHallCode;
  formFields: FormField[];
}
