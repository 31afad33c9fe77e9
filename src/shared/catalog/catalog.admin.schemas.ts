import { z } from 'zod';
import { itemDefinitionSchema } from './catalog.definition';
import { ADMIN_ITEM_FILTERS } from './catalog.enums';
import { itemCodeParam } from './catalog.schemas';

/** Zod schemas of the admin catalog API (drafts, versions, diff, import/export, synonyms). */

export const codeParams = z.object({ code: itemCodeParam });

export const problemSchema = z.object({
  path: z.string(),
  rule: z.string().meta({ description: 'Stable rule name, e.g. promised_within_statutory' }),
  zh: z.string(),
  en: z.string(),
});

/** A timestamp; coerced so that a replayed (idempotent) response, stored as JSON, serialises too. */
const timestamp = z.coerce.date();

export const versionSchema = z.object({
  code: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'superseded']),
  revision: z.number().int().meta({ description: 'Edit counter of a draft; send it back when saving (optimistic concurrency)' }),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  publishedByName: z.string().nullable(),
  publishedAt: timestamp.nullable(),
});

export const versionWithDefinition = versionSchema.extend({ definition: z.object(itemDefinitionSchema.shape) });

export const createItemBody = z.strictObject({ code: itemCodeParam.meta({ description: '基本编码, 12 digits' }), definition: itemDefinitionSchema });

export const updateDraftBody = z.strictObject({
  revision: z.number().int().min(1).meta({ description: 'The draft revision you loaded; 409 DRAFT_STALE when someone saved since' }),
  definition: itemDefinitionSchema,
});

export const publishBody = z
  .strictObject({
    revision: z.number().int().min(1).optional().meta({ description: 'Publish only if the draft is still at this revision' }),
    note: z.string().trim().max(500).optional().meta({ description: 'Change note shown in the history' }),
  })
  .default({});

export const validateResponse = z.object({ version: z.number().int(), revision: z.number().int(), valid: z.boolean(), problems: z.array(problemSchema) });

export const adminItemsQuery = z.strictObject({
  q: z.string().max(100).optional(),
  status: z.enum(ADMIN_ITEM_FILTERS).optional().meta({ description: 'draft: never published; has_draft: a draft is open' }),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const adminItemRow = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  departmentCode: z.string(),
  status: z.enum(['draft', 'published']),
  currentVersion: z.number().int().nullable(),
  draftVersion: z.number().int().nullable(),
  updatedAt: z.date(),
});

export const diffQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const diffResponse = z.object({
  code: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      path: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      from: z.unknown().optional(),
      to: z.unknown().optional(),
      added: z.array(z.unknown()).optional(),
      removed: z.array(z.unknown()).optional(),
    }),
  ),
});

export const exportResponse = z.object({
  format: z.literal('tongban-catalog'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  items: z.array(z.object({ code: z.string(), version: z.number().int(), definition: z.object(itemDefinitionSchema.shape) })),
});

export const importBody = z.object({
  format: z.literal('tongban-catalog').optional(),
  formatVersion: z.literal(1).optional(),
  items: z
    .array(z.object({ code: z.string().max(40), definition: z.unknown().meta({ description: 'An item definition; checked per item' }) }))
    .min(1)
    .max(20_000),
});

export const importResponse = z.object({ created: z.array(z.string()), updated: z.array(z.string()), unchanged: z.array(z.string()) });

export const synonymBody = z.strictObject({
  term: z.string().trim().min(1).max(30),
  expansions: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
});
export const synonymSchema = synonymBody.extend({ id: z.number().int(), updatedAt: z.date() });
