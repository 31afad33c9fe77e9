import { z } from 'zod';
import type { AppContext } from '../../context';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import {
  createNeedBody,
  exchangeQueryBody,
  exchangeQueryResultSchema,
  grantListQuery,
  grantListSchema,
  grantSchema,
  NEED_ACTIONS,
  needActionBody,
  needListQuery,
  needListSchema,
  needSchema,
  resourceListQuery,
  resourceListSchema,
  resourceSchema,
  revokeGrantBody,
  usageListSchema,
  usageQuery,
} from './exchange.schemas';
import {
  decideNeed,
  fileNeed,
  getResource,
  listGrants,
  listMyUsage,
  listNeeds,
  listResources,
  listUsage,
  queryResource,
  revokeGrant,
} from './exchange.service';

const tags = ['exchange'];

/** The data-sharing exchange API (共享交换, docs/domain.md S16; docs/decisions.md D20). */
export function exchangeRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/exchange/resources', {
    schema: {
      tags,
      summary: 'The data resource catalog (共享目录): owner department, fields, update frequency, sharing type; any signed-in staff member',
      querystring: resourceListQuery,
      response: { 200: resourceListSchema },
    },
    handler: async (req) => listResources(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/exchange/resources/:code', {
    schema: { tags, summary: 'One data resource of the catalog', params: z.object({ code: z.string().min(1).max(100) }), response: { 200: resourceSchema } },
    handler: async (req) => getResource(ctx, requireActor(req), req.params.code),
  });

  app.post('/api/v1/exchange/needs', {
    schema: {
      tags,
      summary:
        '需求清单: the caller’s department asks for fields of another department’s resource, for a purpose, the service items it serves and a period. 不予共享 → 422; 无条件共享 is granted at once',
      body: createNeedBody,
      response: { 201: needSchema },
    },
    handler: async (req, reply) => {
      const need = await fileNeed(ctx, requireActor(req), req.body, ctx.clock.now());
      return reply.status(201).send(need);
    },
  });

  app.get('/api/v1/exchange/needs', {
    schema: {
      tags,
      summary: 'Data needs the caller’s department filed (direction=filed) and received as owner (direction=received); pending first',
      querystring: needListQuery,
      response: { 200: needListSchema },
    },
    handler: async (req) => listNeeds(ctx, requireActor(req), req.query),
  });

  app.post('/api/v1/exchange/needs/:id/actions/:action', {
    schema: {
      tags,
      summary: 'The owner department approves a need (optionally with fewer fields) into a grant, or refuses it with a reason. Decided or stale version → 409',
      params: z.object({ id: z.uuid(), action: z.enum(NEED_ACTIONS) }),
      body: needActionBody,
      response: { 200: needSchema },
    },
    handler: async (req) => decideNeed(ctx, requireActor(req), req.params.id, req.params.action, req.body, ctx.clock.now()),
  });

  app.get('/api/v1/exchange/grants', {
    schema: {
      tags,
      summary: 'Sharing grants the caller’s department holds (filed) or gave (received), with their status today',
      querystring: grantListQuery,
      response: { 200: grantListSchema },
    },
    handler: async (req) => listGrants(ctx, requireActor(req), req.query, ctx.clock.now()),
  });

  app.post('/api/v1/exchange/grants/:id/revoke', {
    schema: {
      tags,
      summary: 'The owner department withdraws a grant; later queries through it are refused',
      params: z.object({ id: z.uuid() }),
      body: revokeGrantBody,
      response: { 200: grantSchema },
    },
    handler: async (req) => revokeGrant(ctx, requireActor(req), req.params.id, req.body.reason, ctx.clock.now()),
  });

  app.post('/api/v1/exchange/query', {
    schema: {
      tags,
      summary:
        'A query through a grant: only the granted fields come back. No valid grant for the purpose, fields outside it, or a case whose item it does not serve → 403. Every query, answered or refused, is logged on the exchange hash chain',
      body: exchangeQueryBody,
      response: { 200: exchangeQueryResultSchema },
    },
    handler: async (req) => queryResource(ctx, requireActor(req), req.body, ctx.clock.now()),
  });

  app.get('/api/v1/exchange/usage', {
    config: { heavy: true },
    schema: {
      tags,
      summary: 'Who used the caller’s department’s resources, when, for what and with what result (supervisors: every resource)',
      querystring: usageQuery,
      response: { 200: usageListSchema },
    },
    handler: async (req) => listUsage(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/exchange/my-usage', {
    schema: {
      tags,
      summary: '我的数据使用记录: which department looked at the data kept under the caller’s own resident ID or credit code, when and why',
      querystring: usageQuery,
      response: { 200: usageListSchema },
    },
    handler: async (req) => listMyUsage(ctx, requireActor(req), req.query),
  });
}
