import { z } from 'zod';
import { categoryCodeSchema, departmentCodeSchema, text, versionField } from './actions.schemas';
import { LIMIT_UNITS, URGENCIES } from './tickets.enums';

/** Schemas of the hotline's reference data and administration: categories, knowledge base, model, API keys. */

const limitSchema = z.strictObject({ value: z.number().int().min(1).max(720), unit: z.enum(LIMIT_UNITS) });
const urgency = z.enum(URGENCIES);

export const categorySchema = z.object({
  code: z.string(),
  groupCode: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  departmentCode: z.string(),
  urgency,
  limit: z.object({ value: z.number().int(), unit: z.enum(LIMIT_UNITS) }),
  keywords: z.array(z.string()),
  linkedHotline: z.literal('12315').nullable(),
  simple: z.boolean().meta({ description: 'An agent may dispatch it to its department without a dispatcher' }),
  active: z.boolean(),
  version: z.number().int(),
});

export const categoryTreeSchema = z.object({
  groups: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), categories: z.array(categorySchema) })),
});

export const categoryEditBody = z.strictObject({
  version: versionField,
  departmentCode: departmentCodeSchema.optional(),
  urgency: urgency.optional(),
  limit: limitSchema.optional().meta({ description: 'Handling limit for new tickets of the category (hours: natural hours; workdays: working-day calendar)' }),
  simple: z.boolean().optional(),
  active: z.boolean().optional(),
  keywords: z.array(text(30)).max(30).optional(),
});

export const articleSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  question: z.string(),
  answer: z.string(),
  categoryCode: z.string().nullable(),
  departmentCode: z.string().nullable(),
  keywords: z.array(z.string()),
  status: z.enum(['published', 'draft']),
  uses: z.number().int(),
  version: z.number().int(),
  updatedAt: z.date(),
});

export const kbQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  category: categoryCodeSchema.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

export const kbPageSchema = z.object({ items: z.array(articleSchema.extend({ score: z.number() })), total: z.number().int() });

const articleFields = {
  slug: z.string().regex(/^[a-z0-9-]{3,80}$/),
  title: text(100),
  question: text(500),
  answer: text(4000),
  categoryCode: categoryCodeSchema.nullable().optional(),
  departmentCode: departmentCodeSchema.nullable().optional(),
  keywords: z.array(text(30)).max(30).default([]),
  status: z.enum(['published', 'draft']).default('published'),
};
export const articleCreateBody = z.strictObject(articleFields);
export const articleEditBody = z.strictObject({
  version: versionField,
  slug: articleFields.slug.optional(),
  title: articleFields.title.optional(),
  question: articleFields.question.optional(),
  answer: articleFields.answer.optional(),
  categoryCode: articleFields.categoryCode,
  departmentCode: articleFields.departmentCode,
  keywords: z.array(text(30)).max(30).optional(),
  status: z.enum(['published', 'draft']).optional(),
});

const metricsSchema = z.object({
  mode: z.enum(['fast', 'full']),
  examples: z.number(),
  trainSize: z.number(),
  testSize: z.number(),
  accuracy: z.number().meta({ description: 'Top-1 accuracy on the held-out 20 %' }),
  top3Accuracy: z.number(),
  meanConfidence: z.number(),
  temperature: z.number(),
  weakest: z.array(z.object({ categoryCode: z.string(), support: z.number(), recall: z.number() })),
  trainMs: z.number(),
});

export const modelsSchema = z.object({
  items: z.array(
    z.object({ id: z.number().int(), active: z.boolean(), trigger: z.string(), examples: z.number().int(), createdAt: z.date(), metrics: metricsSchema }),
  ),
  corrections: z.number().int().meta({ description: 'Training corrections recorded so far' }),
});

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  accountId: z.string(),
  keyPrefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
});

export const apiKeyCreateBody = z.strictObject({
  name: text(100),
  accountId: z
    .string()
    .regex(/^[\w.@-]{1,100}$/)
    .optional()
    .meta({ description: 'Returned to Open311 clients as account_id; defaults to the name' }),
  scopes: z
    .array(z.enum(['open311', 'sms']))
    .min(1)
    .max(2)
    .default(['open311']),
});
