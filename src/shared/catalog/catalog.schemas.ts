import { z } from 'zod';
import { bundleQuestionOut, planSchema } from '../bundles/bundles.schemas';
import { itemDefinitionSchema, timeLimitSchema } from './catalog.definition';
import { AUDIENCES, HANDLING_MODES, ITEM_TYPES, LIMIT_UNITS, LISTS, TOPICS } from './catalog.enums';

/** Zod schemas of the public catalog API (requests and responses; they also make the OpenAPI document). */

/** An optional query parameter where an empty value (`?mode=`) means "not given". */
function opt<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
}

export const itemCodeParam = z.string().regex(/^[0-9]{12}$/, 'a 12-digit basic code / 12位基本编码');
export const departmentParam = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'a department code such as market-regulation / 部门编码，如 market-regulation');
const page = z.coerce.number().int().min(1).max(1000).default(1).meta({ description: 'Page number, from 1' });
const pageSize = z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Items per page, 1–100' });

export const searchQuery = z.strictObject({
  q: opt(z.string().max(1000)).meta({
    description: 'Search text in Chinese or English (at most 100 characters; longer: QUERY_TOO_LONG). Empty: browse every item by department and name.',
  }),
  department: opt(departmentParam).meta({ description: 'Implementing department code; unknown codes are rejected' }),
  mode: opt(z.enum(HANDLING_MODES)).meta({ description: 'Handling mode: immediate 马上办, online 网上办, nearby 就近办, one_visit 一次办' }),
  audience: opt(z.enum(AUDIENCES)).meta({ description: 'citizen 自然人 / enterprise 法人' }),
  type: opt(z.enum(ITEM_TYPES)).meta({ description: 'Item type: XK 行政许可 … GG 公共服务' }),
  region: opt(z.string().regex(/^[0-9]{6}$/, 'a 6-digit region code / 6位区划代码')).meta({ description: 'Only items handled at a place in this region' }),
  topic: opt(z.enum(TOPICS)).meta({ description: 'Life-event or enterprise topic (主题)' }),
  prefer: opt(z.enum(AUDIENCES)).meta({
    description:
      "Rank this audience's items first at similar relevance, without hiding the others (个人办事 citizen / 法人办事 enterprise). " +
      "Default: the signed-in user's own (citizen or enterprise); anonymous callers get plain relevance",
  }),
  verbatim: opt(z.enum(['0', '1'])).meta({
    description: '1: search the text as typed — a query that finds nothing is not replaced by its suggestion (the suggestion is still returned)',
  }),
  page,
  pageSize,
});

export const limitOut = timeLimitSchema;

/** A stretch of a name that matched a search: UTF-16 offsets, end exclusive. */
export const matchSpan = z.object({ start: z.number().int(), end: z.number().int() });

/**
 * Names: items and bundles carry `name` (Chinese, the official name) and `nameEn`; department and
 * place names, which the client cannot choose between, come in the request's language.
 */
export const itemSummary = z.object({
  code: z.string(),
  name: z.string().meta({ description: 'Official (Chinese) name' }),
  nameEn: z.string(),
  departmentCode: z.string(),
  departmentName: z.string().meta({ description: "Department name in the request's language" }),
  type: z.enum(ITEM_TYPES),
  modes: z.array(z.enum(HANDLING_MODES)),
  audience: z.array(z.enum(AUDIENCES)),
  topics: z.array(z.string()),
  online: z.boolean().meta({ description: '网上可办: the application can be made online' }),
  onlineDepth: z.number().int(),
  cityWide: z.boolean().meta({ description: '全市通办' }),
  promisedLimit: z.object({ value: z.number(), unit: z.enum(LIMIT_UNITS) }),
  statutoryLimit: z.object({ value: z.number(), unit: z.enum(LIMIT_UNITS) }),
  visits: z.number().int().meta({ description: '到现场次数' }),
  score: z.number().optional().meta({ description: 'Relevance (searches only); higher is better' }),
  highlights: z
    .object({ name: z.array(matchSpan), nameEn: z.array(matchSpan) })
    .optional()
    .meta({ description: 'Searches only: where the words searched for occur in `name` and `nameEn`, to mark them' }),
});

export const bundleRef = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

export const searchResponse = z.object({
  items: z.array(itemSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  expandedQuery: z
    .object({
      tokens: z.array(z.string()),
      synonyms: z.array(z.string()),
      readAs: z.string().optional().meta({ description: 'The Chinese words a pinyin or initials query was read as (shebao, sb → 社保)' }),
    })
    .optional()
    .meta({ description: 'The jieba tokens searched and the synonym expansions applied' }),
  suggestion: z
    .object({ text: z.string() })
    .nullable()
    .optional()
    .meta({ description: 'Searches only: for a query that finds little, the closest known words ("您是不是要找"); null when none' }),
  correctedFrom: z
    .string()
    .optional()
    .meta({ description: 'Set when the query as typed found nothing and the items are those of `suggestion`: the query as typed' }),
  bundles: z.array(bundleRef.extend({ score: z.number() })).meta({ description: '"一件事" bundles matching the query (first page only)' }),
});

export const suggestQuery = z.strictObject({ q: z.string().max(1000).meta({ description: 'What has been typed so far' }) });
export const suggestResponse = z.object({
  suggestions: z.array(z.object({ kind: z.enum(['item', 'bundle']), code: z.string(), name: z.string(), nameEn: z.string() })),
});

const nameRef = z.object({ code: z.string(), name: z.string(), nameZh: z.string(), nameEn: z.string() });

/** The item fields as the guide shows them (the stored definition, without strictness on output). */
export const publishedItemOut = z.object({
  ...itemDefinitionSchema.shape,
  code: z.string(),
  version: z.number().int(),
  publishedAt: z.date(),
});

export const placeRef = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  tier: z.string(),
  regionCode: z.string(),
  address: z.string(),
  phone: z.string(),
  lat: z.number(),
  lng: z.number(),
});

export const guideResponse = z.object({
  item: publishedItemOut,
  typeName: z.string(),
  department: nameRef,
  jointDepartments: z.array(nameRef),
  bundles: z.array(bundleRef),
  places: z.array(placeRef).meta({ description: 'Places that handle the item (use /api/v1/places?item= for distances)' }),
  forms: z
    .array(z.object({ materialCode: z.string(), blankForm: z.string().nullable(), sample: z.string().nullable() }))
    .meta({ description: 'Download links of blank forms and filled samples, per material' }),
  onlineApplication: z.boolean().meta({ description: 'Show the "apply online" button' }),
});

export const flowchartResponse = z.object({
  code: z.string(),
  version: z.number().int(),
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['start', 'step', 'decision', 'special', 'end']),
      label: z.string(),
      labelEn: z.string(),
      role: z.string().optional(),
    }),
  ),
  edges: z.array(z.object({ from: z.string(), to: z.string(), label: z.string().optional(), labelEn: z.string().optional() })),
});

export const bundleSummary = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  audience: z.array(z.string()),
  leadDepartment: nameRef.nullable(),
  itemCount: z.number().int(),
});

export const bundleDetail = bundleSummary.extend({
  items: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string(), departmentCode: z.string(), departmentName: z.string() })),
  definition: z.record(z.string(), z.unknown()).meta({ description: 'Everything the bundle data says (stages, shared materials, promised days …)' }),
  questions: z.array(bundleQuestionOut).meta({ description: 'What the applicant answers first; the answers decide the conditional members' }),
  plan: planSchema.meta({ description: 'The plan before any answer: required members selected, conditional ones waiting for their question' }),
});

export const listParam = z.object({ list: z.enum(LISTS).meta({ description: 'immediate 马上办 / online 网上办 / nearby 就近办 / one_visit 一次办' }) });
export const listQuery = z.strictObject({ department: opt(departmentParam), page, pageSize });
export const listResponse = z.object({
  list: z.enum(LISTS),
  name: z.string(),
  items: z.array(itemSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const rateOut = { total: z.number().int(), online: z.number().int(), onlineRate: z.number(), fullyOnline: z.number().int(), fullyOnlineRate: z.number() };
export const onlineRateResponse = z.object({
  overall: z.object({ ...rateOut, target: z.number() }),
  departments: z.array(z.object({ departmentCode: z.string(), departmentName: z.string(), ...rateOut })),
  cityWide: z.object({
    total: z.number().int(),
    cityWide: z.number().int(),
    rate: z.number(),
    target: z.number(),
    categories: z.array(z.object({ key: z.string(), name: z.string(), total: z.number().int(), cityWide: z.number().int(), rate: z.number() })),
  }),
});
