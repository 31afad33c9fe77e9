import type { AppContext } from '../../context';
import type { App } from '../../platform/http/types';
import { adminRoutes } from './hotline.admin.routes';
import { ensureCategories } from './kb/categories.repository';
import { preloadModel } from './classifier/classifier.service';
import { intakeRoutes } from './intake/intake.routes';
import { open311Routes } from './open311/open311.routes';
import { reportsRoutes } from './reports/reports.routes';
import { ticketRatingRoutes } from './tickets/rating.routes';
import { ticketsRoutes } from './tickets/tickets.routes';

/**
 * The 12345 hotline (docs/domain.md S18): intake on every channel, classification, tickets and their
 * actions, reports, reference data and administration under /api/v1/hotline; Open311 GeoReport v2
 * under /open311/v2. The categories are reference data every installation needs, so they are
 * ensured here as well as by the demo seed (which also brings the knowledge base).
 */
export async function hotlineRoutes(app: App, ctx: AppContext): Promise<void> {
  await ensureCategories(ctx.db);
  // A usable stored model is loaded now, so the first call does not wait for it. Start-up never
  // trains: without one, the retrain job (scheduled right after start) makes it in a worker thread
  // and suggestions come from keywords meanwhile, flagged as such.
  await preloadModel(ctx.db);
  intakeRoutes(app, ctx);
  ticketsRoutes(app, ctx);
  ticketRatingRoutes(app, ctx);
  adminRoutes(app, ctx);
  reportsRoutes(app, ctx);
  open311Routes(app, ctx);
}
