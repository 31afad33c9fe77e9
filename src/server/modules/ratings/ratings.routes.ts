import { z } from 'zod';
import type { AppContext } from '../../context';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { publicFigures } from './ratings.figures';
import {
  caseRatingSchema,
  publicFiguresQuery,
  publicFiguresSchema,
  rateCaseBody,
  ratingLinkQuery,
  ratingSchema,
  RECTIFICATION_ROUTE_ACTIONS,
  rectificationActionBody,
  rectificationDetailSchema,
  rectificationListQuery,
  rectificationListSchema,
  rectificationRefSchema,
  rerateBody,
} from './ratings.schemas';
import { getCaseRating, getRectification, listRectifications, performRectificationAction, rateCase, rerateRectification } from './ratings.service';
import { rerateByLink } from './ratings.tickets';

const idParams = z.object({ id: z.uuid() });

/**
 * The ratings API (issue 11): rating a finished case, the rectification queue and its actions, the
 * public figures. 12345 tickets are rated under /api/v1/hotline/tickets/{id}/rating (the hotline
 * module's routes, through this module's door).
 */
export function ratingsRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/cases/:id/rating', {
    schema: {
      tags: ['ratings'],
      summary: 'A case’s rating: whether the caller may rate it now, the rating, and its rectification',
      params: idParams,
      response: { 200: caseRatingSchema },
    },
    handler: async (req) => getCaseRating(ctx, requireActor(req), req.params.id, ctx.clock.now()),
  });

  app.post('/api/v1/cases/:id/rating', {
    schema: {
      tags: ['ratings'],
      summary: '好差评: the applicant rates a finished case once (5 = 非常满意 … 1 = 非常不满意); a 差评 (1–2) opens a rectification. Second rating → 409',
      params: idParams,
      body: rateCaseBody,
      response: { 201: ratingSchema },
    },
    handler: async (req, reply) => {
      const rating = await rateCase(ctx, requireActor(req), req.params.id, req.body, ctx.clock.now());
      return reply.code(201).send(rating);
    },
  });

  app.get('/api/v1/rectifications', {
    config: { heavy: true },
    schema: {
      tags: ['ratings'],
      summary: 'The rectification queue (整改): the department’s tasks, a supervisor’s region, an applicant’s own; open work first, earliest due first',
      querystring: rectificationListQuery,
      response: { 200: rectificationListSchema },
    },
    handler: async (req) => listRectifications(ctx, requireActor(req), req.query, ctx.clock.now()),
  });

  app.get('/api/v1/rectifications/:id', {
    schema: {
      tags: ['ratings'],
      summary: 'One rectification with the caller’s available actions',
      params: idParams,
      response: { 200: rectificationDetailSchema },
    },
    handler: async (req) => getRectification(ctx, requireActor(req), req.params.id, ctx.clock.now()),
  });

  app.post('/api/v1/rectifications/:id/actions/:action', {
    schema: {
      tags: ['ratings'],
      summary: 'A step of a rectification: visit, rectify, appeal (department); uphold_appeal, reject_appeal (supervisor); decline. Stale version → 409',
      params: z.object({ id: z.uuid(), action: z.enum(RECTIFICATION_ROUTE_ACTIONS) }),
      body: rectificationActionBody,
      response: { 200: rectificationRefSchema },
    },
    handler: async (req) => performRectificationAction(ctx, requireActor(req), req.params.id, req.params.action, req.body, ctx.clock.now()),
  });

  app.post('/api/v1/rectifications/:id/rating', {
    schema: {
      tags: ['ratings'],
      summary:
        'The applicant re-rates a rectified 差评, which closes the rectification; a 12345 caller without an account with `?token=` from the re-rating SMS (no sign-in; bad link → 404, expired → 403)',
      params: idParams,
      querystring: ratingLinkQuery,
      body: rerateBody,
      response: { 200: rectificationRefSchema },
    },
    handler: async (req) => {
      const now = ctx.clock.now();
      if (req.query.token) return rerateByLink(ctx, req.params.id, req.query.token, req.body, now);
      return rerateRectification(ctx, requireActor(req), req.params.id, req.body, now);
    },
  });

  app.get('/api/v1/ratings/public', {
    config: { heavy: true },
    schema: {
      tags: ['ratings'],
      summary: 'Public 好差评 figures per department or item for a period (no sign-in, nothing personal); no ratings → null, never a perfect score',
      querystring: publicFiguresQuery,
      response: { 200: publicFiguresSchema },
    },
    handler: async (req) => publicFigures(ctx, req.query),
  });
}
