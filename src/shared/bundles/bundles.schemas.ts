import { z } from 'zod';
import { applicantSchema, formSchema } from '../cases/cases.schemas';
import { CASE_CHANNELS, CASE_LIGHTS, CASE_STATUSES, DELIVERY_MODES } from '../cases/cases.enums';
import { RATING_CHANNELS } from '../ratings/ratings.enums';
import { ratingSchema } from '../ratings/ratings.schemas';
import {
  BUNDLE_ACTIONS,
  BUNDLE_CONDITION_OPS,
  BUNDLE_DELIVERY_TIMINGS,
  BUNDLE_MATERIAL_PROVISIONS,
  BUNDLE_QUESTION_KINDS,
  BUNDLE_STATUSES,
} from './bundles.enums';

/** Request and response schemas of the bundle-cases API ("一件事一次办", docs/decisions.md D24). */

const text = (max: number) => z.string().trim().min(1).max(max);
const itemCode = z.string().regex(/^[0-9]{12}$/, '12-digit item code');
const key = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/);

/* ---------- the definition, as stored in the catalog (bundles.definition) and edited by admins ---------- */

export const bundleQuestionSchema = z.strictObject({
  key,
  textZh: text(200),
  textEn: text(200),
  kind: z.enum(BUNDLE_QUESTION_KINDS),
  options: z
    .array(z.strictObject({ value: text(40), labelZh: text(60), labelEn: text(60) }))
    .max(20)
    .optional(),
  unitZh: z.string().max(10).optional(),
  unitEn: z.string().max(10).optional(),
});

export const bundleConditionSchema = z.strictObject({
  question: key,
  op: z.enum(BUNDLE_CONDITION_OPS),
  value: z.union([z.string().max(40), z.number(), z.boolean()]),
});

export const bundleMemberSchema = z.strictObject({
  itemCode,
  /** Members of one stage run in parallel; a stage starts when the one before it has its results. */
  stage: z.number().int().min(1).max(5),
  /** No condition: every applicant goes through it. All conditions must hold (and). */
  when: z.array(bundleConditionSchema).max(5).optional(),
  reasonZh: text(200).optional(),
  reasonEn: text(200).optional(),
});

/** A form field of one member that means the same as a merged field with another key. */
export const bundleFieldAliasSchema = z.strictObject({ key, itemCode, field: key });

export const bundleDefinitionSchema = z.strictObject({
  questions: z.array(bundleQuestionSchema).max(20),
  members: z.array(bundleMemberSchema).min(1).max(20),
  aliases: z.array(bundleFieldAliasSchema).max(50).default([]),
  /** The bundle's own promise, in working days from submission. */
  promisedWorkdays: z.number().int().min(0).max(120),
  /** Milestones with their own limit (企业开办: the registration within 1 working day). */
  milestones: z
    .array(z.strictObject({ key, labelZh: text(60), labelEn: text(60), itemCodes: z.array(itemCode).min(1), workdays: z.number().int().min(0).max(60) }))
    .max(5)
    .default([]),
});
export type BundleDefinition = z.infer<typeof bundleDefinitionSchema>;

/* ---------- plan ---------- */

export const answersSchema = z.record(key, z.union([z.string().max(40), z.number(), z.boolean()]));

export const planBody = z.strictObject({ answers: answersSchema.default({}) });

const mergedField = z.object({
  key: z.string(),
  label: z.string(),
  labelEn: z.string(),
  type: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), labelZh: z.string(), labelEn: z.string() })).optional(),
  /** The member items this field fills, with the field's key in each. */
  items: z.array(z.object({ itemCode: z.string(), field: z.string() })),
  /** Filled from an earlier member's result (the credit code from the registration), not by the applicant. */
  producedBy: z.object({ itemCode: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
});

const mergedMaterial = z.object({
  /** The material's key in the merged list (the first member's material code). */
  key: z.string(),
  name: z.string(),
  required: z.boolean(),
  provision: z.enum(BUNDLE_MATERIAL_PROVISIONS),
  /** For `in_bundle`: the member whose result it is. */
  producedBy: z.object({ itemCode: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
  hasBlankForm: z.boolean(),
  items: z.array(z.object({ itemCode: z.string(), materialCode: z.string() })),
});

const memberPlan = z.object({
  itemCode: z.string(),
  name: z.string(),
  nameEn: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  stage: z.number(),
  selected: z.boolean(),
  required: z.boolean(),
  /** Why it is (or is not) in: the condition as the applicant answered it. */
  reason: z.string(),
  reasonEn: z.string(),
  promisedWorkdays: z.number(),
});

export const planSchema = z.object({
  bundleCode: z.string(),
  items: z.array(memberPlan),
  form: z.array(mergedField),
  materials: z.array(mergedMaterial),
  promisedWorkdays: z.number(),
  milestones: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string(), workdays: z.number() })),
  /** Separate applications would ask for this many material uploads; the bundle asks for `materials.length`. */
  separately: z.object({ materials: z.number(), forms: z.number(), fields: z.number() }),
});

export const bundleQuestionOut = z.object({
  key: z.string(),
  text: z.string(),
  textEn: z.string(),
  kind: z.enum(BUNDLE_QUESTION_KINDS),
  options: z.array(z.object({ value: z.string(), labelZh: z.string(), labelEn: z.string() })).optional(),
  unitZh: z.string().optional(),
  unitEn: z.string().optional(),
});

/* ---------- bundle cases ---------- */

export const bundleMaterialRef = z.strictObject({ key: z.string().min(1).max(40), fileId: z.uuid() });

export const deliveryChoiceSchema = z.strictObject({
  timing: z.enum(BUNDLE_DELIVERY_TIMINGS).default('together'),
  mode: z.enum(DELIVERY_MODES).default('e_licence'),
  address: text(300).optional(),
});

export const createBundleCaseBody = z.strictObject({
  bundleCode: z.string().regex(/^[a-z][a-z0-9-]{1,59}$/),
  answers: answersSchema.default({}),
  form: formSchema.default({}),
  materials: z.array(bundleMaterialRef).max(100).default([]),
  channel: z.enum(CASE_CHANNELS).optional(),
  applicant: applicantSchema.optional(),
  delivery: deliveryChoiceSchema.optional(),
});
export type CreateBundleCaseInput = z.infer<typeof createBundleCaseBody>;

export const bundleCaseRefSchema = z.object({
  id: z.uuid(),
  bundleNo: z.string(),
  version: z.number(),
  cases: z.array(z.object({ id: z.uuid(), caseNo: z.string().nullable(), itemCode: z.string() })),
});

const lightOut = z.enum(CASE_LIGHTS).nullable();

export const bundleMemberOut = z.object({
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  itemCode: z.string(),
  itemName: z.string(),
  itemNameEn: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  stage: z.number(),
  status: z.enum(CASE_STATUSES),
  version: z.number(),
  light: lightOut,
  promisedDue: z.date().nullable(),
  acceptedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  issuedAt: z.date().nullable(),
  decision: z.string().nullable(),
  /** Materials still awaited from an earlier member's result (名称 of the result). */
  waitingFor: z.array(z.string()),
  correction: z.unknown().nullable(),
  delivery: z.unknown().nullable(),
});

export const bundleCaseDetailSchema = z.object({
  id: z.uuid(),
  bundleNo: z.string(),
  bundleCode: z.string(),
  name: z.string(),
  nameEn: z.string(),
  status: z.enum(BUNDLE_STATUSES),
  version: z.number(),
  channel: z.enum(CASE_CHANNELS),
  applicant: z.object({ type: z.string(), name: z.string(), idNumberMasked: z.string() }),
  answers: answersSchema,
  /** The merged form as the members hold it, personal identifiers masked (docs/decisions.md D25). */
  form: z.record(z.string(), z.unknown()),
  delivery: z.object({ timing: z.enum(BUNDLE_DELIVERY_TIMINGS), mode: z.enum(DELIVERY_MODES), address: z.string().optional() }),
  submittedAt: z.date(),
  promisedDue: z.date(),
  /** The bundle's own line, and the worst of it and its members' lights. */
  light: lightOut,
  workdaysUsed: z.number(),
  completedAt: z.date().nullable(),
  milestones: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      labelEn: z.string(),
      workdays: z.number(),
      due: z.date(),
      doneAt: z.date().nullable(),
      onTime: z.boolean().nullable(),
    }),
  ),
  members: z.array(bundleMemberOut),
  events: z.array(z.object({ at: z.date(), action: z.string(), actorName: z.string().nullable(), data: z.unknown() })),
  /** Bundle actions the caller may take now. */
  actions: z.array(z.enum(BUNDLE_ACTIONS)),
  /** The rating of the bundle as a whole (docs/decisions.md D24); null until given. Each member's own rating is on its case. */
  rating: ratingSchema.nullable(),
  /** Whether the caller may rate the bundle now: finished, not yet rated, and the caller its applicant (or the window's pad for a walk-in applicant). */
  mayRate: z.boolean(),
  /** How the caller would rate it: online (the applicant) or window_pad (a clerk); null when they may not. */
  rateChannel: z.enum(RATING_CHANNELS).nullable(),
});

export const bundleCaseListQuery = z.strictObject({
  status: z.enum(BUNDLE_STATUSES).optional(),
  bundleCode: z.string().max(60).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const bundleCaseListSchema = z.object({
  items: z.array(
    bundleCaseDetailSchema
      .pick({ id: true, bundleNo: true, bundleCode: true, name: true, nameEn: true, status: true, submittedAt: true, promisedDue: true, light: true })
      .extend({
        applicantName: z.string(),
        memberCount: z.number(),
        membersDone: z.number(),
      }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const common = { version: z.number().int().min(1), opinion: text(2000).optional() };

/** Bundle actions: each is carried out on the members it concerns (one transaction). */
export const BUNDLE_ACTION_BODIES = {
  /** 一窗受理: accept every member whose materials are complete (others wait for their stage). */
  accept: z.strictObject(common),
  /** One 补正 notice across members: each problem names the member it concerns. */
  request_correction: z.strictObject({
    ...common,
    items: z
      .array(z.strictObject({ itemCode, materialCode: z.string().max(40).optional(), field: z.string().max(60).optional(), problem: text(500) }))
      .min(1)
      .max(50),
  }),
  /** Answers every member's 补正 at once: merged form values and materials by merged key. */
  resubmit: z.strictObject({ ...common, form: formSchema.optional(), materials: z.array(bundleMaterialRef).max(100).optional() }),
  /** Issues every completed member's result in the chosen way (统一出件). */
  issue: z.strictObject({
    ...common,
    mode: z.enum(DELIVERY_MODES).optional(),
    trackingNo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/)
      .optional(),
    carrier: text(50).optional(),
    recipient: text(100).optional(),
  }),
  withdraw: z.strictObject({ ...common, reason: text(500).optional() }),
} as const;
export type BundleActionBody<A extends (typeof BUNDLE_ACTIONS)[number]> = z.infer<(typeof BUNDLE_ACTION_BODIES)[A]>;
