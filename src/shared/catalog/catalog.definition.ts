import { z } from 'zod';
import {
  AUDIENCES,
  BRANCH_HALLS,
  CASE_KINDS,
  FORM_FIELD_TYPES,
  INSTANT_RULE_OPS,
  HANDLING_MODES,
  ITEM_LEVELS,
  ITEM_TYPES,
  LIMIT_UNITS,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  POWER_SOURCES,
  RESULT_TYPES,
  STEP_ROLES,
  TOPICS,
} from './catalog.enums';
import { CHARGE_POINTS, WAIVER_CATEGORIES } from '../payments/payments.enums';

/**
 * The zod schema of an item definition (docs/domain.md §4), shared by the admin API, the import,
 * the OpenAPI document and the web app's editor. It checks shape only; the catalog rules that
 * relate fields to each other (promised ≤ statutory, unique material codes …) are the server's,
 * so that every broken rule can be reported at once.
 */
const text = (max: number) => z.string().trim().min(1).max(max);

export const timeLimitSchema = z
  .strictObject({
    value: z.number().int().min(0).max(3650),
    unit: z.enum(LIMIT_UNITS),
    note: text(500).optional(),
  })
  .meta({ description: 'A time limit; working days unless unit is natural_day' });

export const feeItemSchema = z.strictObject({
  name: text(100),
  standard: text(200),
  amountYuan: z.number().min(0).max(10_000_000),
  basis: text(500),
  waiver: text(500).optional(),
  waiverFor: z
    .array(z.enum(WAIVER_CATEGORIES))
    .max(WAIVER_CATEGORIES.length)
    .optional()
    .meta({ description: 'Applicant categories the standard exempts from this line (减免), applied by staff on evidence (docs/decisions.md D30)' }),
});

export const materialSchema = z.strictObject({
  code: z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, 'letters, digits, _ or - (at most 40) / 仅限字母、数字、_、-（最多40位）'),
  ref: z.string().max(40).optional(),
  name: text(120),
  nameEn: text(200),
  required: z.boolean().meta({ description: '必要 (true) / 非必要 (false)' }),
  primary: z.boolean().meta({ description: '主件 (true) / 辅件 (false); only 辅件 may be missing under 容缺受理' }),
  kind: z.enum(MATERIAL_KINDS),
  source: z.enum(MATERIAL_SOURCES),
  copies: z.number().int().min(0).max(99),
  hasBlankForm: z.boolean(),
  hasSample: z.boolean(),
  acceptanceStandard: text(500),
});

export const stepSchema = z.strictObject({ name: text(60), nameEn: text(120), role: z.enum(STEP_ROLES) });

export const formFieldSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/),
  labelZh: text(60),
  labelEn: text(120),
  type: z.enum(FORM_FIELD_TYPES),
  required: z.boolean(),
  options: z
    .array(z.strictObject({ value: text(60), labelZh: text(60), labelEn: text(120) }))
    .max(50)
    .optional(),
});

/**
 * One condition of 秒批: a fact of a shared-data resource about the applicant (read for the item's
 * department), tested one way, said in plain words for the guide.
 */
export const instantRuleSchema = z.strictObject({
  resource: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'a data resource code such as housing-fund / 数据资源编码'),
  field: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/)
    .optional(),
  op: z.enum(INSTANT_RULE_OPS),
  values: z.array(text(100)).max(20).optional(),
  textZh: text(200),
  textEn: text(300),
});

const departmentCode = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'a department code such as market-regulation / 部门编码，如 market-regulation');

export const itemDefinitionSchema = z
  .strictObject({
    implCode: z
      .string()
      .regex(/^[0-9A-Z]{1,36}$/, 'up to 36 digits or capital letters / 最多36位数字或大写字母')
      .meta({ description: '实施编码' }),
    name: text(100),
    nameEn: text(200),
    type: z.enum(ITEM_TYPES),
    departmentCode,
    level: z.enum(ITEM_LEVELS),
    powerSource: z.enum(POWER_SOURCES),
    audience: z.array(z.enum(AUDIENCES)).min(1).max(2),
    topics: z.array(z.enum(TOPICS)).max(10),
    legalBasis: z.array(text(300)).max(30),
    conditions: z.array(text(500)).max(30),
    statutoryLimit: timeLimitSchema,
    promisedLimit: timeLimitSchema,
    caseKind: z.enum(CASE_KINDS),
    modes: z.array(z.enum(HANDLING_MODES)).max(4),
    onlineDepth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    visits: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    fee: z.strictObject({
      charged: z.boolean(),
      items: z.array(feeItemSchema).max(20).optional(),
      chargeAt: z
        .enum(CHARGE_POINTS)
        .optional()
        .meta({ description: 'When a case is charged: at acceptance (the default) or before the result is issued (docs/decisions.md D30)' }),
    }),
    materials: z.array(materialSchema).max(60),
    steps: z.array(stepSchema).min(1).max(20),
    resultName: text(100),
    resultType: z.enum(RESULT_TYPES),
    jointDepartments: z.array(departmentCode).max(20).optional(),
    specialProcedures: z.array(text(200)).max(10).optional(),
    consultationPhone: z.string().regex(/^[0-9-]{5,20}$/),
    complaintPhone: z.literal('12345'),
    expressDelivery: z.boolean(),
    onlinePayment: z.boolean(),
    appointment: z.boolean(),
    kiosk: z.boolean(),
    inHall: z.boolean(),
    cityWide: z.boolean(),
    branchHall: z.enum(BRANCH_HALLS).optional(),
    formFields: z.array(formFieldSchema).max(60),
    deficiencyDays: z.number().int().min(1).max(60).optional(),
    assessmentRatio: z.number().gt(0).max(1).optional(),
    noMaterialsReason: text(300).optional(),
    keywords: z.array(text(30)).max(30).optional(),
    instantApproval: z.strictObject({ rules: z.array(instantRuleSchema).min(1).max(20) }).optional(),
  })
  .meta({ description: 'Every element of a service item (docs/domain.md §4)' });

/** The shape the schema accepts, before the catalog rules have been checked. */
export type ItemDefinitionInput = z.infer<typeof itemDefinitionSchema>;
