import { z } from 'zod';
import type { AppContext } from '../../context';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import {
  apiKeyCreateBody,
  apiKeySchema,
  articleCreateBody,
  articleEditBody,
  articleSchema,
  categoryEditBody,
  categorySchema,
  categoryTreeSchema,
  kbPageSchema,
  kbQuery,
  modelsSchema,
} from './hotline.admin.schemas';
import { categoryCodeSchema } from './tickets/actions.schemas';
import { categoryTreeAs, updateCategory } from './kb/categories.service';
import { describeModels } from './classifier/classifier.service';
import { queueRetrain } from './hotline.jobs';
import { createArticle, getArticleAs, searchKnowledgeAs, updateArticle } from './kb/kb.service';
import { issueKey, listKeys, revokeKey } from './open311/keys.service';

/** Reference data (categories, knowledge base; public to read) and their administration; the classifier; API keys. */
export function adminRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/hotline/categories', {
    schema: {
      tags: ['hotline-public'],
      summary: 'The category taxonomy (two levels) with each category’s department and handling limit',
      response: { 200: categoryTreeSchema },
    },
    handler: async (req) => ({ groups: await categoryTreeAs(ctx.db, req.actor) }),
  });

  app.put('/api/v1/hotline/categories/:code', {
    schema: {
      tags: ['hotline-admin'],
      summary: 'Change a category’s department, urgency, limit, keywords or whether agents may dispatch it (admin); new tickets use it',
      params: z.strictObject({ code: categoryCodeSchema }),
      body: categoryEditBody,
      response: { 200: categorySchema },
    },
    handler: async (req) => updateCategory(ctx.db, requireActor(req), req.params.code, req.body),
  });

  app.get('/api/v1/hotline/kb', {
    schema: {
      tags: ['hotline-public'],
      summary: 'Search the knowledge base (jieba words; best first); without q the most used',
      querystring: kbQuery,
      response: { 200: kbPageSchema },
    },
    handler: async (req) =>
      searchKnowledgeAs(ctx.db, req.actor, { text: req.query.q, category: req.query.category, page: req.query.page, pageSize: req.query.pageSize }),
  });

  app.get('/api/v1/hotline/kb/:id', {
    schema: {
      tags: ['hotline-public'],
      summary: 'One knowledge-base article',
      params: z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
      response: { 200: articleSchema },
    },
    handler: async (req) => getArticleAs(ctx.db, req.actor, req.params.id),
  });

  app.post('/api/v1/hotline/kb', {
    schema: { tags: ['hotline-admin'], summary: 'Add a knowledge-base article (admin)', body: articleCreateBody, response: { 201: articleSchema } },
    handler: async (req, reply) => reply.status(201).send(await createArticle(ctx.db, requireActor(req), req.body)),
  });

  app.put('/api/v1/hotline/kb/:id', {
    schema: {
      tags: ['hotline-admin'],
      summary: 'Edit a knowledge-base article (admin; version checked)',
      params: z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
      body: articleEditBody,
      response: { 200: articleSchema },
    },
    handler: async (req) => updateArticle(ctx.db, requireActor(req), req.params.id, req.body),
  });

  app.get('/api/v1/hotline/model', {
    schema: { tags: ['hotline-admin'], summary: 'Stored classifier models, newest first, with held-out accuracy', response: { 200: modelsSchema } },
    handler: async (req) => describeModels(ctx.db, requireActor(req)),
  });

  app.post('/api/v1/hotline/model/retrain', {
    schema: {
      tags: ['hotline-admin'],
      summary:
        'Retrain the classifier now (admin): a durable job trains on the demo history, handled tickets and corrections, measures it on a held-out 20 % and activates it',
      response: { 202: z.object({ jobId: z.number().int().nullable(), queued: z.boolean() }) },
    },
    handler: async (req, reply) => {
      const jobId = await queueRetrain(ctx, requireActor(req));
      return reply.status(202).send({ jobId, queued: jobId !== null });
    },
  });

  app.get('/api/v1/admin/open311/keys', {
    schema: {
      tags: ['hotline-admin'],
      summary: 'API keys of Open311 clients and the SMS platform (admin)',
      response: { 200: z.object({ items: z.array(apiKeySchema) }) },
    },
    handler: async (req) => ({ items: await listKeys(ctx.db, requireActor(req)) }),
  });

  app.post('/api/v1/admin/open311/keys', {
    schema: {
      tags: ['hotline-admin'],
      summary: 'Issue an API key (admin); the key is shown in this response only',
      body: apiKeyCreateBody,
      response: { 201: apiKeySchema.extend({ key: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await issueKey(ctx.db, requireActor(req), req.body)),
  });

  app.post('/api/v1/admin/open311/keys/:id/revoke', {
    schema: {
      tags: ['hotline-admin'],
      summary: 'Revoke an API key (admin); it stops working at once',
      params: z.strictObject({ id: z.uuid() }),
      response: { 200: apiKeySchema },
    },
    handler: async (req) => revokeKey(ctx.db, requireActor(req), req.params.id),
  });
}
