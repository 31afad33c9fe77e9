import { z } from 'zod';
import type { AppContext } from '../../context';
import { withIdempotency } from '../../platform/http/idempotency';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { BUNDLE_ACTIONS } from '../../../shared/bundles/bundles.enums';
import {
  BUNDLE_ACTION_BODIES,
  bundleCaseDetailSchema,
  bundleCaseListQuery,
  bundleCaseListSchema,
  bundleCaseRefSchema,
  createBundleCaseBody,
} from '../../../shared/bundles/bundles.schemas';
import { rateCaseBody, ratingSchema } from '../../../shared/ratings/ratings.schemas';
import { afterSubmit } from '../cases';
import { performBundleAction } from './bundles.actions';
import { createBundleCase } from './bundles.create';
import { rateBundleAs } from './bundles.rating';
import { getBundleCaseDetail, listBundleCases } from './bundles.read';

const idParams = z.object({ id: z.uuid() });
const ACTION_SUMMARY: Record<(typeof BUNDLE_ACTIONS)[number], string> = {
  accept: '一窗受理: accept every member whose materials are complete (members of a later stage wait for the results they need)',
  request_correction: 'One 补正 notice across members: each problem names the member item it concerns',
  resubmit: 'Answer every member’s 补正 at once, with the merged form and materials',
  issue: '统一出件: issue every decided member’s result (together, when the applicant chose so, only once all are decided)',
  withdraw: 'Withdraw every open member in one transaction (by the applicant)',
};

/** The bundle-cases API ("一件事一次办", docs/decisions.md D24). */
export function bundlesRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/bundle-cases', {
    schema: {
      tags: ['bundles'],
      summary:
        'Apply for a "一件事" once: answers, the merged form and materials; one bundle number and one case per selected member, created together. Honours Idempotency-Key.',
      headers: z.object({ 'idempotency-key': z.string().max(200).optional() }).loose(),
      body: createBundleCaseBody,
      response: { 201: bundleCaseRefSchema },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const now = ctx.clock.now();
      // Before the transaction: inside it only `trx` may touch the database (PGlite has one session).
      const cal = await ctx.calendar.get();
      const ref = await withIdempotency(ctx, req, reply, `bundles.create:${actor.id}`, async (trx) => ({
        status: 201,
        body: await createBundleCase(ctx, { trx, cal }, actor, req.body, now),
      }));
      // What follows each member's submission (免提交 sources, 秒批), after the transaction.
      for (const c of ref.cases) await afterSubmit(ctx, { id: c.id, caseNo: c.caseNo, status: 'submitted', version: 1 }, new Map(), now);
      return { id: ref.id, bundleNo: ref.bundleNo, version: ref.version, cases: ref.cases.map(({ id, caseNo, itemCode }) => ({ id, caseNo, itemCode })) };
    },
  });

  app.get('/api/v1/bundle-cases', {
    schema: {
      tags: ['bundles'],
      summary: 'Bundle applications the caller may see, newest first: an applicant’s own, or the region’s for staff',
      querystring: bundleCaseListQuery,
      response: { 200: bundleCaseListSchema },
    },
    handler: async (req) => listBundleCases(ctx, requireActor(req), req.query, ctx.clock.now()),
  });

  app.get('/api/v1/bundle-cases/:id', {
    schema: {
      tags: ['bundles'],
      summary:
        '开办进度: the members with their status and lines, the bundle’s own line and light (the worst of it and its members), milestones, events, the caller’s actions, the rating as a whole (null until given) and whether the caller may give it (`mayRate`)',
      params: idParams,
      response: { 200: bundleCaseDetailSchema },
    },
    handler: async (req) => getBundleCaseDetail(ctx, requireActor(req), req.params.id, req.lang, ctx.clock.now()),
  });

  app.post('/api/v1/bundle-cases/:id/rating', {
    schema: {
      tags: ['bundles', 'ratings'],
      summary:
        '好差评 of the "一件事" as a whole, once every member is done (5 = 非常满意 … 1 = 非常不满意; a 差评 opens a rectification for the lead department): its applicant online, or a window clerk’s rating pad for a walk-in applicant. Each member is rated on its own case. Not finished → 422, not the applicant → 403, out of reach → 404, second rating → 409',
      params: idParams,
      body: rateCaseBody,
      response: { 201: ratingSchema },
    },
    handler: async (req, reply) => {
      const rating = await rateBundleAs(ctx, requireActor(req), req.params.id, req.body, ctx.clock.now());
      return reply.code(201).send(rating);
    },
  });

  for (const action of BUNDLE_ACTIONS) {
    app.post(`/api/v1/bundle-cases/:id/actions/${action}`, {
      schema: { tags: ['bundles'], summary: `${ACTION_SUMMARY[action]}; stale version → 409`, params: idParams, body: BUNDLE_ACTION_BODIES[action] },
      handler: async (req) => {
        const actor = requireActor(req);
        const now = ctx.clock.now();
        const r = await performBundleAction(ctx, actor, req.params.id, action, req.body as never, now);
        return getBundleCaseDetail(ctx, actor, r.id, req.lang, now);
      },
    });
  }
}
