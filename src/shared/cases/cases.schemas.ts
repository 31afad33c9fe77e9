import { z } from 'zod';
import { materialCheckSchema } from '../files/files.schemas';
import { isIsoDate } from '../dates';
import { mobileSchema, residentIdSchema, usccSchema } from '../ids/zod';
import { CASE_ACTIONS, CASE_CHANNELS, CASE_LIGHTS, CASE_STATUSES, DELIVERY_MODES, type CaseAction } from './cases.enums';

/** Request and response schemas of the cases API (they also make its OpenAPI document). */

const text = (max: number) => z.string().trim().min(1).max(max);
const materialCode = z.string().min(1).max(40);
const departmentCode = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);
const reasons = z.array(text(500)).min(1).max(30);

/** Form values as sent; each is checked against the item's fields by the service. */
export const formSchema = z
  .record(z.string().max(60), z.union([z.string().max(2000), z.number(), z.null()]))
  .refine((f) => Object.keys(f).length <= 100, 'at most 100 fields');

export const materialRefSchema = z.strictObject({ materialCode, fileId: z.uuid() });
export type MaterialRef = z.infer<typeof materialRefSchema>;
/** A material the applicant satisfies with an e-licence picked from 我的证照 (免提交). */
export const licencePickSchema = z.strictObject({ materialCode, licenceId: z.uuid() });
export type LicencePick = z.infer<typeof licencePickSchema>;
const licencePicks = z.array(licencePickSchema).max(50);

const applicantName = text(100);
/** A walk-in applicant given by a window clerk; the ID is checked by its checksum. */
export const applicantSchema = z.discriminatedUnion('idType', [
  z.strictObject({ idType: z.literal('resident_id'), name: applicantName, idNumber: residentIdSchema, mobile: mobileSchema }),
  z.strictObject({ idType: z.literal('uscc'), name: applicantName, idNumber: usccSchema, mobile: mobileSchema }),
]);
export type ApplicantInput = z.infer<typeof applicantSchema>;

/**
 * How the applicant asks to receive the result (领取方式, docs/decisions.md D27): at the window, by
 * express to an address, or as an e-licence. The server checks it against what the item offers.
 */
const deliveryRequestWith = (mobile: z.ZodType<string>) =>
  z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('window') }),
    z.strictObject({ mode: z.literal('express'), recipient: applicantName, mobile, address: text(200) }),
    z.strictObject({ mode: z.literal('e_licence') }),
  ]);
export const deliveryRequestSchema = deliveryRequestWith(mobileSchema);
export type DeliveryRequest = z.infer<typeof deliveryRequestSchema>;
/** The applicant's declaration (承诺书) that the application is true; signed when submitting. */
const declaration = z.literal(true).meta({ description: 'The applicant signed the declaration (承诺书) on the check-your-answers page' });

export const createCaseBody = z.strictObject({
  itemCode: z.string().regex(/^[0-9]{12}$/, '12-digit item code'),
  channel: z.enum(CASE_CHANNELS).optional(),
  draft: z.boolean().default(false),
  form: formSchema.default({}),
  materials: z.array(materialRefSchema).max(100).default([]),
  licences: licencePicks.optional(),
  applicant: applicantSchema.optional(),
  delivery: deliveryRequestSchema.optional(),
  declaration: declaration.optional(),
});
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const editDraftBody = z.strictObject({
  version: z.number().int().min(1),
  form: formSchema.optional(),
  materials: z.array(materialRefSchema).max(100).optional(),
  delivery: deliveryRequestSchema.optional(),
});
export type EditDraftInput = z.infer<typeof editDraftBody>;

const common = { version: z.number().int().min(1), opinion: text(2000).optional(), attachments: z.array(z.uuid()).max(20).optional() };
const withMaterials = { form: formSchema.optional(), materials: z.array(materialRefSchema).max(100).optional() };

/** The body of each action; unknown fields are refused. */
export const ACTION_BODIES = {
  submit: z.strictObject({
    ...common,
    ...withMaterials,
    licences: licencePicks.optional(),
    delivery: deliveryRequestSchema.optional(),
    declaration: declaration.optional(),
  }),
  precheck: z.strictObject(common),
  accept: z.strictObject(common),
  accept_with_deficiency: z.strictObject({
    ...common,
    missing: z
      .array(z.strictObject({ materialCode, note: text(500).optional() }))
      .max(50)
      .optional(),
    deficiencyDays: z.number().int().min(1).max(30).optional(),
  }),
  reject: z.strictObject({ ...common, reasons }),
  request_correction: z.strictObject({
    ...common,
    items: z
      .array(z.strictObject({ materialCode: materialCode.optional(), field: z.string().max(60).optional(), problem: text(500) }))
      .min(1)
      .max(50),
  }),
  resubmit: z.strictObject({ ...common, ...withMaterials }),
  supply_materials: z.strictObject({ ...common, materials: z.array(materialRefSchema).min(1).max(100) }),
  route: z.strictObject({ ...common, departments: z.array(departmentCode).min(1).max(10).optional() }),
  reassign: z.strictObject({ ...common, departments: z.array(departmentCode).min(1).max(10), assigneeId: z.uuid().optional() }),
  review: z.strictObject({ ...common, opinion: text(2000), recommendation: z.enum(['approve', 'deny']) }),
  approve: z.strictObject({ ...common, resultCode: text(100).optional() }),
  deny: z.strictObject({ ...common, reasons, legalBasis: reasons }),
  start_special: z.strictObject({ ...common, procedure: text(50), limitDays: z.number().int().min(1).max(120) }),
  end_special: z.strictObject({ ...common, outcome: text(2000).optional() }),
  complete: z.strictObject({ ...common, resultCode: text(100).optional() }),
  issue: z.strictObject({
    ...common,
    mode: z.enum(DELIVERY_MODES),
    trackingNo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/)
      .optional(),
    carrier: text(50).optional(),
    recipient: text(100).optional(),
  }),
  withdraw: z.strictObject({ ...common, reason: text(500).optional() }),
  return: z.strictObject({ ...common, reasons }),
} satisfies Record<CaseAction, z.ZodType>;

export type ActionBody<A extends CaseAction> = z.infer<(typeof ACTION_BODIES)[A]>;

export const caseRefSchema = z.object({ id: z.uuid(), caseNo: z.string().nullable(), status: z.enum(CASE_STATUSES), version: z.number() });

const light = z.enum(CASE_LIGHTS);

export const linesSchema = z.object({
  acceptedAt: z.date().nullable(),
  statutoryDue: z.date().nullable(),
  promisedDue: z.date().nullable(),
  assessmentDue: z.date().nullable(),
  workdaysUsed: z.number(),
  pausedWorkdays: z.number(),
  paused: z.boolean(),
  light: light.nullable(),
  schedulePublished: z.boolean(),
  unpublishedYears: z.array(z.number()),
});

/*
 * What a case keeps in its JSON columns, as the action handlers write them (instants as ISO
 * strings); loose objects, so a field added later passes through. The detail view checks the
 * decision data and lane opinions against these on output; the other four columns are still
 * handed through unchecked (see `CaseDetail` in cases.wire.ts).
 */

/** 补正: the one notice listing every missing or wrong material and field. */
export const correctionSchema = z.looseObject({
  items: z.array(z.looseObject({ materialCode: z.string().optional(), field: z.string().optional(), problem: z.string(), name: z.string().optional() })),
  requestedAt: z.string(),
  by: z.string(),
});

/** 容缺: the secondary materials still owed, and by when. */
export const deficiencySchema = z.looseObject({
  items: z.array(z.looseObject({ materialCode: z.string(), name: z.string(), note: z.string().optional() })),
  days: z.number(),
  due: z.string(),
  dueDate: z.string(),
});

/** A running special procedure (特别程序), which pauses the clock. */
export const specialSchema = z.looseObject({
  procedure: z.string(),
  limitDays: z.number(),
  startedAt: z.string(),
  due: z.string(),
  dueDate: z.string(),
  overdueAt: z.string().optional().meta({ description: "Set when the procedure's own limit passed with the case still paused" }),
});

/** How the result was issued (出件). */
export const deliverySchema = z.looseObject({
  mode: z.enum(DELIVERY_MODES),
  issuedAt: z.string(),
  by: z.string(),
  trackingNo: z.string().optional(),
  carrier: z.string().optional(),
  recipient: z.string().optional(),
});

/** One department lane's decision (会签). */
export const laneDecisionSchema = z.looseObject({
  department: z.string().optional(),
  decision: z.enum(['approved', 'denied']).optional(),
  opinion: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  legalBasis: z.array(z.string()).optional(),
  resultCode: z.string().optional(),
  by: z.string().optional(),
});

/** A lane's review and decision as stored on the lane. */
export const laneOpinionSchema = z.looseObject({
  review: z.looseObject({ opinion: z.string(), recommendation: z.enum(['approve', 'deny']), by: z.string() }).optional(),
  decision: laneDecisionSchema.optional(),
});

/** The decision's grounds: every lane's decision, or why the case was not accepted or returned. */
export const decisionDataSchema = z.looseObject({
  lanes: z.array(laneDecisionSchema).optional(),
  reasons: z.array(z.string()).optional(),
  legalBasis: z.array(z.string()).optional(),
  resultCode: z.string().nullable().optional(),
  notAcceptedReasons: z.array(z.string()).optional(),
  returnReasons: z.array(z.string()).optional(),
});

export const applicantOutSchema = z.object({
  type: z.enum(['citizen', 'enterprise']),
  name: z.string(),
  idType: z.enum(['resident_id', 'uscc']),
  idNumber: z.string(),
  mobile: z.string().nullable(),
});

export const caseDetailSchema = z.object({
  id: z.uuid(),
  caseNo: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  version: z.number(),
  channel: z.string(),
  regionCode: z.string(),
  item: z.object({ code: z.string(), version: z.number(), name: z.string(), departmentCode: z.string(), caseKind: z.enum(['instant', 'promised']) }),
  applicant: applicantOutSchema,
  form: z.record(z.string(), z.unknown()),
  materials: z.array(
    z.object({
      materialCode: z.string(),
      name: z.string(),
      required: z.boolean(),
      primary: z.boolean(),
      files: z.array(
        z.object({
          fileId: z.uuid(),
          name: z.string(),
          mime: z.string(),
          size: z.number(),
          addedAt: z.date(),
          via: z.string(),
          /** 材料智审's advice on the file (docs/decisions.md D33), for the reviewer. */
          checks: z.array(materialCheckSchema),
        }),
      ),
      /** Satisfied without a file (免提交): by the applicant's e-licence or through the exchange, with the evidence. */
      sharedFrom: z
        .object({
          source: z.enum(['e_licence', 'exchange', 'identity', 'bundle']),
          label: z.string(),
          labelEn: z.string(),
          licenceId: z.uuid().nullable(),
          queryId: z.uuid().nullable(),
          at: z.date(),
        })
        .nullable(),
    }),
  ),
  attachments: z.array(z.object({ fileId: z.uuid(), name: z.string(), mime: z.string(), addedAt: z.date() })),
  correction: z.unknown().nullable().meta({ description: 'Stored JSON, as `correctionSchema` describes it' }),
  deficiency: z.unknown().nullable().meta({ description: 'Stored JSON, as `deficiencySchema` describes it' }),
  special: z.unknown().nullable().meta({ description: 'Stored JSON, as `specialSchema` describes it' }),
  decision: z.enum(['approved', 'denied']).nullable(),
  decisionData: decisionDataSchema.nullable(),
  delivery: z.unknown().nullable().meta({ description: 'Stored JSON, as `deliverySchema` describes it' }),
  /** What the applicant asked for (the mobile masked except on a draft); `delivery` is what was done. */
  deliveryRequest: deliveryRequestWith(z.string()).nullable(),
  declaredAt: z.date().nullable(),
  departments: z.array(
    z.object({
      departmentCode: z.string(),
      status: z.string(),
      reviewedAt: z.date().nullable(),
      decidedAt: z.date().nullable(),
      opinion: laneOpinionSchema.nullable(),
    }),
  ),
  lines: linesSchema,
  events: z.array(z.object({ seq: z.number(), action: z.string(), actorName: z.string().nullable(), at: z.date(), data: z.record(z.string(), z.unknown()) })),
  availableActions: z.array(z.enum(CASE_ACTIONS)),
  /** Actions the caller could take but for something still owed (出件 before the fee is paid), each with the reason, in the request's language. */
  heldActions: z.array(z.object({ action: z.enum(CASE_ACTIONS), code: z.string(), message: z.string() })),
  submittedAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listQuery = z.strictObject({
  status: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/)
    .optional(),
  light: light.optional(),
  /** Cases held by the department; a case not yet routed counts for its item's department. */
  department: departmentCode.optional(),
  /** Cases of the region (GB/T 2260 code). */
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  item: z
    .string()
    .regex(/^[0-9]{12}$/)
    .optional(),
  /** Cases accepted by this window clerk (the live board's window cut). */
  acceptedBy: z.uuid().optional(),
  mine: boolParam.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Continue after the page that returned this `nextCursor` (keyset paging; `page` is then ignored). */
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,400}$/)
    .optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const caseListItemSchema = z.object({
  id: z.uuid(),
  caseNo: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  version: z.number(),
  itemCode: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  applicantIdMasked: z.string(),
  channel: z.string(),
  regionCode: z.string(),
  departments: z.array(z.string()),
  light: light.nullable(),
  promisedDue: z.date().nullable(),
  statutoryDue: z.date().nullable(),
  paused: z.boolean(),
  deficiencyOutstanding: z.boolean(),
  submittedAt: z.date().nullable(),
  acceptedAt: z.date().nullable(),
});

/**
 * `total` stops at 1,000 (`totalCapped`: there are more) so a long queue is not counted row by row;
 * `nextCursor` continues after the last row (null on the last page).
 */
export const caseListSchema = z.object({
  items: z.array(caseListItemSchema),
  total: z.number(),
  totalCapped: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
  nextCursor: z.string().nullable(),
});

export const departmentLoadSchema = z.object({
  unrouted: z.number(),
  departments: z.array(
    z.object({
      departmentCode: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      pendingReview: z.number(),
      pendingDecision: z.number(),
      special: z.number(),
      specialOverdue: z.number(),
      yellow: z.number(),
      red: z.number(),
      overdue: z.number(),
    }),
  ),
});

export const progressQuery = z.strictObject({
  caseNo: z.string().trim().max(40),
  idTail: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{4}$/),
});
export const progressSchema = z.object({
  caseNo: z.string(),
  itemName: z.string(),
  status: z.enum(CASE_STATUSES),
  statusName: z.string(),
  submittedAt: z.date().nullable(),
  acceptedAt: z.date().nullable(),
  promisedDue: z.date().nullable(),
  completedAt: z.date().nullable(),
  issuedAt: z.date().nullable(),
});

/** What would satisfy an item's 电子证照 / 共享获取 materials for this applicant (the form's 免提交 marks). */
export const materialOffersQuery = z.union([
  z.strictObject({ itemCode: z.string().regex(/^[0-9]{12}$/, '12-digit item code') }),
  /** A window clerk asks for a walk-in applicant. */
  z.strictObject({ itemCode: z.string().regex(/^[0-9]{12}$/, '12-digit item code'), idType: z.literal('resident_id'), idNumber: residentIdSchema }),
  z.strictObject({ itemCode: z.string().regex(/^[0-9]{12}$/, '12-digit item code'), idType: z.literal('uscc'), idNumber: usccSchema }),
]);
export type MaterialOffersQuery = z.infer<typeof materialOffersQuery>;
export const materialOffersSchema = z.object({
  items: z.array(
    z.object({
      materialCode: z.string(),
      source: z.enum(['e_licence', 'exchange', 'identity']),
      label: z.string(),
      labelEn: z.string(),
      licences: z.array(z.object({ id: z.uuid(), identifier: z.string(), typeName: z.string(), validUntil: z.string().nullable() })).optional(),
    }),
  ),
});

/** 智能填单: values for the item's form fields, and where each came from. */
export const prefillSchema = z.object({
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  sources: z.record(z.string(), z.object({ label: z.string(), labelEn: z.string() })),
});

export const instantDecisionsQuery = z.strictObject({
  outcome: z.enum(['approved', 'declined']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
/** 秒批 decisions with their evidence per rule (which fact, through which query and grant; never the values). */
export const instantDecisionListSchema = z.object({
  items: z.array(
    z.object({
      caseId: z.uuid(),
      caseNo: z.string().nullable(),
      decidedAt: z.date(),
      outcome: z.enum(['approved', 'declined']),
      itemCode: z.string(),
      itemName: z.string(),
      departmentCode: z.string(),
      regionCode: z.string(),
      reason: z.string().nullable(),
      evidence: z.array(
        z.object({
          textZh: z.string(),
          textEn: z.string(),
          resource: z.string(),
          field: z.string().nullable(),
          op: z.string(),
          outcome: z.enum(['met', 'failed', 'unknown']),
          queryId: z.uuid().nullable(),
          grantId: z.uuid().nullable(),
        }),
      ),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

// A real calendar date: 2026-02-30 has the shape but is no day (it made a 500 further in).
const isoDate = z.string().refine(isIsoDate, 'YYYY-MM-DD');
/** 减材料: materials not brought and 秒批 decisions per department or item, over the cases submitted in a period. */
export const materialsSavedQuery = z
  .strictObject({ by: z.enum(['department', 'item']).default('department'), from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to / 开始日期不能晚于结束日期', path: ['from'] });
const ratio = z.number().nullable();
export const materialsSavedSchema = z.object({
  by: z.enum(['department', 'item']),
  from: z.string(),
  to: z.string(),
  total: z.object({ cases: z.number(), required: z.number(), saved: z.number(), instant: z.number(), savedPerCase: ratio, savedShare: ratio }),
  rows: z.array(
    z.object({
      key: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      cases: z.number(),
      required: z.number(),
      saved: z.object({ identity: z.number(), eLicence: z.number(), exchange: z.number(), total: z.number() }),
      savedPerCase: ratio,
      savedShare: ratio,
      instant: z.number(),
    }),
  ),
});
