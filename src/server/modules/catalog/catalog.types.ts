import type {
  Audience,
  BranchHall,
  CASE_KINDS,
  FormFieldType,
  HandlingMode,
  INSTANT_RULE_OPS,
  ITEM_LEVELS,
  ItemType,
  LimitUnit,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  POWER_SOURCES,
  RESULT_TYPES,
  StepRole,
  Topic,
} from '../../../shared/catalog/catalog.enums';
import type { ChargePoint, WaiverCategory } from '../../../shared/payments/payments.enums';

/**
 * The catalog's domain types: every element of a service item (docs/domain.md §4) and a published
 * version as other modules see it. The closed lists behind them (item types, topics, handling
 * modes …) are shared with the web app (src/shared/catalog/catalog.enums.ts) and re-exported here,
 * so server code takes every catalog type from this module. The demo data imports from here, never
 * the other way round.
 */
export { AUDIENCES, BRANCH_HALLS, HANDLING_MODES, ITEM_TYPES, LIMIT_UNITS, TOPICS } from '../../../shared/catalog/catalog.enums';
export type { Audience, FormFieldType, HandlingMode, ItemType, LimitUnit, StepRole, Topic } from '../../../shared/catalog/catalog.enums';

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

/** 事项层级: handled by the city, by the districts/banners/county, or by both. */
export type ItemLevel = (typeof ITEM_LEVELS)[number];

/** 权力来源: 法定本级行使 / 上级下放 / 授权 / 委托. */
export type PowerSource = (typeof POWER_SOURCES)[number];

/** A time limit (法定时限 / 承诺时限) with its unit and an optional explanation (时限说明). */
export interface TimeLimit {
  value: number;
  unit: LimitUnit;
  note?: string;
}

/** 办件类型: 即办件 (decided on the spot) or 承诺件 (decided within the promised limit). */
export type CaseKind = (typeof CASE_KINDS)[number];

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
  /** The applicant categories the waiver exempts from this line, as data (docs/decisions.md D30). */
  waiverFor?: WaiverCategory[];
}

/** Whether the item charges and, if so, what. Most items are free. */
export interface Fee {
  charged: boolean;
  items?: FeeItem[];
  /** When a case is charged; acceptance when not said (docs/decisions.md D30). */
  chargeAt?: ChargePoint;
}

/** 材料形式: 原件 / 复印件 / 电子材料. */
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** 来源渠道: 申请人自备 / 政府部门核发 / 共享获取 / 电子证照. */
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];

/** One application material of an item. */
export interface ItemMaterial {
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

/** One step of the process flowchart (办理流程); the role is who performs it. */
export interface ItemStep {
  name: string;
  nameEn: string;
  role: StepRole;
}

/** 办理结果类型. */
export type ResultType = (typeof RESULT_TYPES)[number];

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
export type BranchHallCode = BranchHall;

/**
 * The content of one published version of a service item: a basic-catalogue entry together with
 * the city's implementation list for it (docs/domain.md §4). Department codes are checked against
 * the departments in the database when a version is validated. (A type, not an interface, so that a
 * stored JSON definition converts to it.)
 */
export type ItemDefinition = {
  /** 实施编码: implementing body's USCC + basic code + 3-digit implementation serial. */
  implCode: string;
  name: string;
  nameEn: string;
  type: ItemType;
  departmentCode: string;
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
  materials: ItemMaterial[];
  steps: ItemStep[];
  resultName: string;
  resultType: ResultType;
  jointDepartments?: string[];
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
  /** 容缺: working days the applicant has to supply missing secondary materials (default 5). */
  deficiencyDays?: number;
  /** 考核时限 as a share of the promised limit (default 0.8). */
  assessmentRatio?: number;
  /** Why the item needs no application material at all (required when `materials` is empty). */
  noMaterialsReason?: string;
  /** Extra search words people use for the item (weighted like synonyms, below the name). */
  keywords?: string[];
  /** 秒批: decided at submission when every rule holds (docs/decisions.md D22). */
  instantApproval?: { rules: InstantRule[] };
};

/** One 秒批 condition: a fact of a shared-data resource about the applicant, tested one way. */
export interface InstantRule {
  resource: string;
  field?: string;
  op: (typeof INSTANT_RULE_OPS)[number];
  values?: string[];
  textZh: string;
  textEn: string;
}

/**
 * A published item version as other modules see it (cases are made under one version and keep
 * it). `code` is the item's 12-digit basic code.
 */
export interface PublishedItem extends ItemDefinition {
  code: string;
  version: number;
  publishedAt: Date;
}
