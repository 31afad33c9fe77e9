import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { limitCheckYears } from '../../platform/calendar/limit-deadline';
import { withIdempotency } from '../../platform/http/idempotency';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import * as a from './catalog.admin.schemas';
import { authorizeCatalog, type CatalogAction } from './catalog.policy';
import {
  createItem,
  diffVersions,
  discardDraft,
  getAnyVersion,
  listAdminItems,
  listVersions,
  publishDraft,
  startDraft,
  updateDraft,
  validateDraft,
} from './catalog.publish';
import { updateBundleDefinition } from './catalog.bundle-admin';
import { createSynonym, deleteSynonym, listSynonyms, updateSynonym } from './catalog.synonyms';
import { exportCatalog, exportCatalogXlsx, importCatalog } from './catalog.transfer';
import type { LimitRules } from './catalog.validate';

const TAGS = ['catalog-admin'];

/** Limits are checked with the live calendar for this year's (and a published next year's) acceptance days. */
async function limitRules(ctx: AppContext): Promise<LimitRules> {
  const calendar = await ctx.calendar.get();
  return { calendar, years: limitCheckYears(calendar, new Date()) };
}
const security = [{ session: [] }];

/**
 * The admin's catalog maintenance: drafts, publication, history, diff, import/export, synonyms.
 * The services authorise every call (catalog.policy.ts).
 */
export function catalogAdminRoutes(app: App, ctx: AppContext): void {
  // Ask the rule before the body is validated too, so that an anonymous caller gets 401 and a
  // forbidden one 403, not a list of field errors.
  const guard = (action: CatalogAction) => async (req: FastifyRequest) => {
    authorizeCatalog(requireActor(req), action);
  };

  app.get('/api/v1/admin/items', {
    preValidation: guard('item.read_drafts'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Items in any state, with their open drafts',
      querystring: a.adminItemsQuery,
      response: { 200: z.object({ items: z.array(a.adminItemRow), total: z.number().int() }) },
    },
    handler: async (req) => {
      const r = await listAdminItems(ctx.db, requireActor(req), req.query);
      return { items: r.rows, total: r.total };
    },
  });

  app.post('/api/v1/admin/items', {
    preValidation: guard('item.edit'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Create a new item; its version 1 is a draft (accepts Idempotency-Key)',
      body: a.createItemBody,
      response: { 201: a.versionWithDefinition },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      return withIdempotency(ctx, req, reply, `catalog.item.create:${actor.id}`, async (trx) => ({
        status: 201,
        body: await createItem(trx, actor, req.body.code, req.body.definition),
      }));
    },
  });

  app.get('/api/v1/admin/items/:code/draft', {
    preValidation: guard('item.read_drafts'),
    schema: { tags: TAGS, security, summary: 'The open draft of an item', params: a.codeParams, response: { 200: a.versionWithDefinition } },
    handler: async (req) => getAnyVersion(ctx.db, requireActor(req), req.params.code, 'draft'),
  });

  app.post('/api/v1/admin/items/:code/draft', {
    preValidation: guard('item.edit'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Start a new draft version from the published one (409 DRAFT_EXISTS if one is open)',
      params: a.codeParams,
      response: { 201: a.versionWithDefinition },
    },
    handler: async (req, reply) => reply.status(201).send(await startDraft(ctx.db, requireActor(req), req.params.code)),
  });

  app.put('/api/v1/admin/items/:code/draft', {
    preValidation: guard('item.edit'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Save the draft (409 DRAFT_STALE when the revision is not the current one)',
      params: a.codeParams,
      body: a.updateDraftBody,
      response: { 200: a.versionWithDefinition },
    },
    handler: async (req) => updateDraft(ctx.db, requireActor(req), req.params.code, req.body.revision, req.body.definition),
  });

  app.delete('/api/v1/admin/items/:code/draft', {
    preValidation: guard('item.edit'),
    schema: { tags: TAGS, security, summary: 'Discard the open draft (the published version stays)', params: a.codeParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await discardDraft(ctx.db, requireActor(req), req.params.code);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/admin/items/:code/draft/validate', {
    preValidation: guard('item.read_drafts'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Check the draft against every catalog rule and list all problems',
      params: a.codeParams,
      response: { 200: a.validateResponse },
    },
    handler: async (req) => {
      const r = await validateDraft(ctx.db, requireActor(req), req.params.code, await limitRules(ctx));
      return { ...r, valid: r.problems.length === 0 };
    },
  });

  app.post('/api/v1/admin/items/:code/publish', {
    preValidation: guard('item.publish'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Publish the draft as the current version (422 ITEM_INVALID lists every broken rule in details; the old version becomes superseded)',
      params: a.codeParams,
      body: a.publishBody,
      response: { 200: a.versionWithDefinition },
    },
    handler: async (req) => publishDraft(ctx.db, requireActor(req), req.params.code, await limitRules(ctx), req.body ?? {}),
  });

  app.get('/api/v1/admin/items/:code/versions', {
    preValidation: guard('item.read_drafts'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Version history, newest first',
      params: a.codeParams,
      response: { 200: z.object({ versions: z.array(a.versionSchema) }) },
    },
    handler: async (req) => ({ versions: (await listVersions(ctx.db, requireActor(req), req.params.code)).map(({ definition: _d, ...v }) => v) }),
  });

  app.get('/api/v1/admin/items/:code/versions/:version', {
    preValidation: guard('item.read_drafts'),
    schema: {
      tags: TAGS,
      security,
      summary: 'One version with its definition',
      params: a.codeParams.extend({ version: z.coerce.number().int().min(1).max(100_000) }),
      response: { 200: a.versionWithDefinition },
    },
    handler: async (req) => getAnyVersion(ctx.db, requireActor(req), req.params.code, req.params.version),
  });

  app.get('/api/v1/admin/items/:code/diff', {
    preValidation: guard('item.read_drafts'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Field-level differences between two versions',
      params: a.codeParams,
      querystring: a.diffQuery,
      response: { 200: a.diffResponse },
    },
    handler: async (req) => diffVersions(ctx.db, requireActor(req), req.params.code, req.query.from, req.query.to),
  });

  app.get('/api/v1/admin/catalog/export.json', {
    config: { heavy: true },
    preValidation: guard('catalog.export'),
    schema: { tags: TAGS, security, summary: 'The published catalog as JSON (the import format)', response: { 200: a.exportResponse } },
    handler: async (req, reply) => {
      const body = await exportCatalog(ctx.db, requireActor(req));
      void reply.header('Content-Disposition', `attachment; filename="catalog-${body.exportedAt.slice(0, 10)}.json"`);
      return body;
    },
  });

  app.get('/api/v1/admin/catalog/export.xlsx', {
    config: { heavy: true },
    preValidation: guard('catalog.export'),
    schema: { tags: TAGS, security, summary: 'The published catalog as an Excel workbook (items, materials, fees, steps)' },
    handler: async (req, reply) => {
      const body = await exportCatalogXlsx(ctx.db, requireActor(req));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="catalog-${new Date().toISOString().slice(0, 10)}.xlsx"`)
        .send(body);
    },
  });

  app.post('/api/v1/admin/catalog/import', {
    preValidation: guard('catalog.import'),
    bodyLimit: 50 * 1024 * 1024,
    schema: {
      tags: TAGS,
      security,
      summary: 'Import items (JSON as export.json writes it): all or nothing; 422 IMPORT_INVALID lists every invalid item with all its problems',
      body: a.importBody,
      response: { 200: a.importResponse },
    },
    handler: async (req) => importCatalog(ctx.db, requireActor(req), req.body.items, await limitRules(ctx)),
  });

  app.get('/api/v1/admin/synonyms', {
    preValidation: guard('synonym.edit'),
    schema: { tags: TAGS, security, summary: 'Search synonyms', response: { 200: z.object({ synonyms: z.array(a.synonymSchema) }) } },
    handler: async (req) => ({ synonyms: await listSynonyms(ctx.db, requireActor(req)) }),
  });

  app.post('/api/v1/admin/synonyms', {
    preValidation: guard('synonym.edit'),
    schema: {
      tags: TAGS,
      security,
      summary: 'Add a synonym (409 SYNONYM_EXISTS if the term has one)',
      body: a.synonymBody,
      response: { 201: a.synonymSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await createSynonym(ctx.db, requireActor(req), req.body)),
  });

  const idParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
  app.put('/api/v1/admin/synonyms/:id', {
    preValidation: guard('synonym.edit'),
    schema: { tags: TAGS, security, summary: 'Replace a synonym', params: idParams, body: a.synonymBody, response: { 200: a.synonymSchema } },
    handler: async (req) => updateSynonym(ctx.db, requireActor(req), req.params.id, req.body),
  });

  app.delete('/api/v1/admin/synonyms/:id', {
    preValidation: guard('synonym.edit'),
    schema: { tags: TAGS, security, summary: 'Delete a synonym', params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await deleteSynonym(ctx.db, requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  });

  app.put('/api/v1/admin/bundles/:code/definition', {
    preValidation: guard('item.edit'),
    schema: {
      tags: TAGS,
      security,
      summary:
        'Replace a "一件事" definition (questions, members with stage and condition, aliases, promise, milestones) as its next version; every problem listed; stale version → 409. Bundle cases keep the definition they were applied under.',
      params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }),
      body: z.strictObject({ version: z.number().int().min(1), definition: z.unknown() }),
      response: { 200: z.object({ code: z.string(), version: z.number() }) },
    },
    handler: async (req) => updateBundleDefinition(ctx.db, requireActor(req), req.params.code, req.body),
  });
}
