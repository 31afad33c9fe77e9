import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  EXCHANGE_DIRECTIONS,
  GRANT_STATUSES,
  KEY_KINDS,
  NEED_ACTIONS,
  NEED_STATUSES,
  QUERY_RESULTS,
  SHARING_TYPES,
  UPDATE_FREQUENCIES,
} from './exchange.enums';

/** Request and response schemas of the data-sharing exchange API (共享交换, docs/domain.md S16). */

export * from './exchange.enums';

const text = (max: number) => z.string().trim().min(1).max(max);
const code = z.string().trim().min(1).max(100);
const fieldName = z.string().trim().min(1).max(60);
const isoDate = z.string().refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' });
const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

/** A field of a resource: its name in the data, its labels, and whether it is personal information. */
export const resourceFieldSchema = z.object({ name: z.string(), labelZh: z.string(), labelEn: z.string(), personal: z.boolean() });
export type ResourceField = z.infer<typeof resourceFieldSchema>;

export const resourceSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  ownerDepartmentCode: z.string(),
  updateFrequency: z.enum(UPDATE_FREQUENCIES),
  sharingType: z.enum(SHARING_TYPES),
  keyKind: z.enum(KEY_KINDS),
  fields: z.array(resourceFieldSchema),
  /** Rows held for the resource. */
  records: z.number(),
  updatedAt: z.date(),
});
export type ExchangeResource = z.infer<typeof resourceSchema>;

export const resourceListQuery = z.strictObject({
  sharingType: z.enum(SHARING_TYPES).optional(),
  owner: code.optional(),
  ...paging,
});
export type ResourceListQuery = z.infer<typeof resourceListQuery>;
export const resourceListSchema = listOf(resourceSchema);

export const createNeedBody = z.strictObject({
  resource: code,
  /** The fields the consumer department needs (at least one). */
  fields: z.array(fieldName).min(1).max(50),
  /** 用途: what the data is used for; a query must name the same purpose. */
  purpose: text(500),
  /** The service items (12-digit basic codes) the data serves. */
  itemCodes: z
    .array(z.string().regex(/^\d{12}$/))
    .min(1)
    .max(30),
  validFrom: isoDate,
  validUntil: isoDate,
});
export type CreateNeedInput = z.infer<typeof createNeedBody>;

export const needSchema = z.object({
  id: z.uuid(),
  resource: z.string(),
  resourceNameZh: z.string(),
  resourceNameEn: z.string(),
  consumerDepartmentCode: z.string(),
  ownerDepartmentCode: z.string(),
  fields: z.array(z.string()),
  purpose: z.string(),
  itemCodes: z.array(z.string()),
  validFrom: z.string(),
  validUntil: z.string(),
  status: z.enum(NEED_STATUSES),
  version: z.number(),
  requestedByName: z.string(),
  createdAt: z.date(),
  decidedByName: z.string().nullable(),
  decidedAt: z.date().nullable(),
  refusalReason: z.string().nullable(),
  grantedFields: z.array(z.string()).nullable(),
  grantId: z.uuid().nullable(),
});
export type ExchangeNeed = z.infer<typeof needSchema>;

export const needListQuery = z.strictObject({
  direction: z.enum(EXCHANGE_DIRECTIONS).optional(),
  status: z.enum(NEED_STATUSES).optional(),
  resource: code.optional(),
  ...paging,
});
export type NeedListQuery = z.infer<typeof needListQuery>;
export const needListSchema = listOf(needSchema);

/** Approve (optionally with fewer fields than asked) or refuse (with a reason). */
export const needActionBody = z.strictObject({
  version: z.number().int(),
  fields: z.array(fieldName).min(1).max(50).optional(),
  reason: z.string().trim().max(1000).optional(),
});
export type NeedActionInput = z.infer<typeof needActionBody>;
export { NEED_ACTIONS };

export const grantSchema = z.object({
  id: z.uuid(),
  needId: z.uuid(),
  resource: z.string(),
  resourceNameZh: z.string(),
  resourceNameEn: z.string(),
  consumerDepartmentCode: z.string(),
  ownerDepartmentCode: z.string(),
  fields: z.array(z.string()),
  purpose: z.string(),
  itemCodes: z.array(z.string()),
  validFrom: z.string(),
  validUntil: z.string(),
  status: z.enum(GRANT_STATUSES),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  revokeReason: z.string().nullable(),
});
export type ExchangeGrant = z.infer<typeof grantSchema>;

export const grantListQuery = z.strictObject({
  direction: z.enum(EXCHANGE_DIRECTIONS).optional(),
  status: z.enum(GRANT_STATUSES).optional(),
  resource: code.optional(),
  ...paging,
});
export type GrantListQuery = z.infer<typeof grantListQuery>;
export const grantListSchema = listOf(grantSchema);

export const revokeGrantBody = z.strictObject({ reason: text(1000) });
export type RevokeGrantInput = z.infer<typeof revokeGrantBody>;

export const exchangeQueryBody = z.strictObject({
  resource: code,
  /** The row's key: a resident ID or a credit code, as the resource says. */
  key: z.string().trim().min(1).max(40),
  /** Must be the purpose the grant was given for. */
  purpose: text(500),
  /** The case the query serves; its item must be one the grant names. */
  caseId: z.uuid().optional(),
  /** The fields wanted; all the granted fields when left out. */
  fields: z.array(fieldName).min(1).max(50).optional(),
});
export type ExchangeQueryInput = z.infer<typeof exchangeQueryBody>;

export const exchangeQueryResultSchema = z.object({
  queryId: z.uuid(),
  resource: z.string(),
  /** The grant the query went through; null for the owner department reading its own resource. */
  grantId: z.uuid().nullable(),
  fields: z.array(z.string()),
  record: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type ExchangeQueryResult = z.infer<typeof exchangeQueryResultSchema>;

export const usageQuery = z.strictObject({
  resource: code.optional(),
  result: z.enum(QUERY_RESULTS).optional(),
  ...paging,
});
export type UsageQuery = z.infer<typeof usageQuery>;

/** One logged query: who (department, person), why (purpose, case), what (fields), when, and the outcome. */
export const usageItemSchema = z.object({
  id: z.uuid(),
  at: z.date(),
  resource: z.string(),
  resourceNameZh: z.string(),
  resourceNameEn: z.string(),
  consumerDepartmentCode: z.string().nullable(),
  userName: z.string(),
  purpose: z.string(),
  caseId: z.uuid().nullable(),
  fields: z.array(z.string()),
  result: z.enum(QUERY_RESULTS),
  refusalCode: z.string().nullable(),
  /** The key, masked (docs/domain.md §6). */
  keyMasked: z.string(),
});
export type UsageItem = z.infer<typeof usageItemSchema>;
export const usageListSchema = listOf(usageItemSchema);
