import type { AppContext } from '../../../context';
import { AppError, ERR } from '../../../platform/errors';
import { requireActor } from '../../../platform/http/session-hooks';
import type { App } from '../../../platform/http/types';
import {
  ratingLinkLookupQuery,
  ratingLinkQuery,
  ratingLinkSchema,
  rateTicketBody,
  ratingSchema,
  ticketRatingSchema,
} from '../../../../shared/ratings/ratings.schemas';
import { throttle } from '../intake/public.service';
import { rateTicketAs, ratingLinkView, ticketRatingFor } from './rating.service';
import { idParams } from './tickets.schemas';

/** Uses of rating links per address per window: tokens cannot be guessed, but nobody should try at speed. */
const LINK_LIMIT = { max: 30, windowSeconds: 600 };

/**
 * 好差评 of 12345 tickets (docs/domain.md §10): the caller's rating through the SMS link (no
 * sign-in), the agent's on the return visit, and the ticket page's rating card.
 */
export function ticketRatingRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/hotline/tickets/:id/rating', {
    schema: {
      tags: ['hotline', 'ratings'],
      summary:
        '好差评 of an answered ticket (5 = 非常满意 … 1 = 非常不满意; a 差评 opens a rectification for the responsible department): the caller with the single-use token of the SMS link (`?token=` or `token` in the body, no sign-in; bad link → 404, expired → 403), or a hotline agent recording it on the return visit. Not answered yet → 422, second rating → 409',
      params: idParams,
      querystring: ratingLinkQuery,
      body: rateTicketBody,
      response: { 201: ratingSchema },
    },
    handler: async (req, reply) => {
      const now = ctx.clock.now();
      const token = req.query.token ?? req.body.token ?? null;
      if (token) await throttle(ctx, 'hotline.rating-link', req.ip, LINK_LIMIT, now);
      else if (!req.actor) throw new AppError(req.sessionExpired ? ERR.SESSION_EXPIRED : ERR.UNAUTHENTICATED);
      const rating = await rateTicketAs(ctx, token ? null : req.actor, req.params.id, req.body, token, now);
      return reply.code(201).send(rating);
    },
  });

  app.get('/api/v1/hotline/tickets/:id/rating', {
    schema: {
      tags: ['hotline', 'ratings'],
      summary: 'A ticket’s rating for its page: whether the agent may record the caller’s rating now, the rating, its rectification',
      params: idParams,
      response: { 200: ticketRatingSchema },
    },
    handler: async (req) => ticketRatingFor(ctx, requireActor(req), req.params.id, ctx.clock.now()),
  });

  app.get('/api/v1/hotline/rating-link', {
    schema: {
      tags: ['hotline-public'],
      summary:
        'The public rating page’s view of an SMS link (no sign-in): open, rated or expired; the ticket’s number, category, department and answer (numbers redacted); for a re-rating link the rectification. Unknown link → 404',
      querystring: ratingLinkLookupQuery,
      response: { 200: ratingLinkSchema },
    },
    handler: async (req) => {
      const now = ctx.clock.now();
      await throttle(ctx, 'hotline.rating-link', req.ip, LINK_LIMIT, now);
      return ratingLinkView(ctx, req.query.token, now);
    },
  });
}
