import { z } from 'zod';
import type { AppContext } from '../../context';
import { allow, authorize, definePolicy, regionFilter } from '../auth/policy';
import { AppError, ERR } from '../errors';
import { requireActor } from '../http/session-hooks';
import type { App } from '../http/types';
import { findChains, findChainsOfRegion, findEvents, verifyChain } from './events.repository';

/**
 * Audit events are scoped like the records they describe: city-level (150200) administrators and
 * supervisors see every region; district ones only events of their region, and verify only the
 * chains that lie wholly in it (the shared `audit` chain mixes regions, so it is the city's).
 */
export const auditPolicy = definePolicy({
  'audit.read': [allow(['admin', 'supervisor'], 'region')],
  'audit.verify': [allow(['admin', 'supervisor'], 'region')],
});

const eventSchema = z.object({
  id: z.number(),
  chain: z.string(),
  seq: z.number(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  regionCode: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
  hash: z.string(),
});

// Years 1–9999 only: PGlite cannot take a JS Date outside them (toISOString gives "+275760-…").
const instant = z.coerce.date().min(new Date('0001-01-01T00:00:00Z')).max(new Date('9999-12-31T23:59:59.999Z'));

const problemSchema = z.object({ kind: z.string(), seq: z.number().optional(), afterSeq: z.number().optional(), nextSeq: z.number().optional(), headSeq: z.number().optional(), lastSeq: z.number().optional() });

/** The audit log for administrators and supervisors, and the chain verification any auditor can run. */
export function auditRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/audit/events', {
    schema: {
      tags: ['audit'],
      summary: 'Audit and case events, newest first',
      querystring: z.strictObject({
        chain: z.string().max(100).optional(),
        action: z.string().max(100).optional(),
        actorId: z.uuid().optional(),
        subjectType: z.string().max(50).optional(),
        subjectId: z.string().max(100).optional(),
        from: instant.optional(),
        to: instant.optional(),
        page: z.coerce.number().int().min(1).max(100_000).default(1),
        pageSize: z.coerce.number().int().min(1).max(200).default(50),
      }),
      response: { 200: z.object({ items: z.array(eventSchema), total: z.number() }) },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      authorize(actor, auditPolicy, 'audit.read');
      return findEvents(ctx.db, { ...req.query, regionCode: regionFilter(actor) });
    },
  });

  app.post('/api/v1/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Recompute hash chains and report any altered, unlinked or missing row',
      body: z.strictObject({ chain: z.string().max(100).optional() }).default({}),
      response: {
        200: z.object({
          ok: z.boolean(),
          chains: z.number(),
          rows: z.number(),
          broken: z.array(z.object({ chain: z.string(), problems: z.array(problemSchema) })),
        }),
      },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      authorize(actor, auditPolicy, 'audit.verify');
      const region = regionFilter(actor);
      let chains = region ? await findChainsOfRegion(ctx.db, region) : await findChains(ctx.db);
      if (req.body.chain) {
        if (region && !chains.includes(req.body.chain)) throw new AppError(ERR.NOT_FOUND);
        chains = [req.body.chain];
      }
      let rows = 0;
      const broken: Array<{ chain: string; problems: z.infer<typeof problemSchema>[] }> = [];
      for (const chain of chains) {
        const r = await verifyChain(ctx.db, chain);
        rows += r.rows;
        if (r.problems.length) broken.push({ chain, problems: r.problems });
      }
      return { ok: broken.length === 0, chains: chains.length, rows, broken };
    },
  });
}
