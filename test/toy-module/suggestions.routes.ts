import { z } from 'zod';
import type { AppContext } from '../../src/server/context';
import { requireActor } from '../../src/server/platform/http/session-hooks';
import type { App } from '../../src/server/platform/http/types';
import { actOnSuggestion } from './suggestions.machine';
import { SUGGESTION_ACTIONS } from './suggestions.state';

/** Thin HTTP: validate, call the service with the context's clock, reply. */
export async function suggestionRoutes(app: App, ctx: AppContext): Promise<void> {
  app.post('/api/v1/toy/suggestions/:id/actions/:action', {
    schema: {
      params: z.object({ id: z.uuid(), action: z.enum(SUGGESTION_ACTIONS) }),
      body: z.object({ version: z.number().int().positive(), answer: z.string().max(2000).optional() }),
    },
    handler: async (req) => actOnSuggestion(ctx, requireActor(req), req.params.id, req.params.action, req.body, ctx.clock.now()),
  });
}
