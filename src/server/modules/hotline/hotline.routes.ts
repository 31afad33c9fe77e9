import type { AppContext } from '../../context';
import type { App } from '../../platform/http/types';
import { adminRoutes } from './admin.routes';
import { ensureCategories } from './categories.repository';
import { getModel } from './classifier.service';
import { getActiveModelId } from './model.repository';
import { intakeRoutes } from './intake.routes';
import { open311Routes } from './open311.routes';
import { reportsRoutes } from './reports.routes';
import { ticketsRoutes } from './tickets.routes';

/**
 * The 12345 hotline (DOMAIN.md S18): intake on every channel, classification, tickets and their
 * actions, reports, reference data and administration under /api/v1/hotline; Open311 GeoReport v2
 * under /open311/v2. The categories are reference data every installation needs, so they are
 * ensured here as well as by the demo seed (which also brings the knowledge base).
 */
export async function hotlineRoutes(app: App, ctx: AppContext): Promise<void> {
  await ensureCategories(ctx.db);
  // A stored model is loaded now, so the first call does not wait for it; without one (a fresh
  // installation without demo data) the first classification trains it.
  if ((await getActiveModelId(ctx.db)) !== null) await getModel(ctx.db);
  intakeRoutes(app, ctx);
  ticketsRoutes(app, ctx);
  adminRoutes(app, ctx);
  reportsRoutes(app, ctx);
  open311Routes(app, ctx);
}
