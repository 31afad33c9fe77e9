import type { AppContext } from './context';
import { catalogAdminRoutes } from './modules/catalog/catalog.admin.routes';
import { catalogRoutes } from './modules/catalog/catalog.routes';
import { registerCasesJobs } from './modules/cases/cases.jobs';
import { casesDemoSeeder } from './modules/cases/cases.demo';
import { casesRoutes } from './modules/cases/cases.routes';
import { seedCatalogDemo } from './modules/catalog/catalog.service';
import { placesRoutes } from './modules/places/places.routes';
import { registerHotlineJobs } from './modules/hotline/hotline.jobs';
import { hotlineRoutes } from './modules/hotline/hotline.routes';
import { hotlineDemoSeeder } from './modules/hotline/hotline.seed';
import { auditRoutes } from './platform/audit/audit.routes';
import { authRoutes } from './platform/auth/auth.routes';
import { calendarRoutes } from './platform/calendar/calendar.routes';
import type { RoutesPlugin } from './platform/http/types';
import { registerHousekeeping } from './platform/jobs/housekeeping';
import { notificationsRoutes, registerSmsJob } from './platform/notifications/notifications.routes';
import { filesRoutes } from './platform/files/files.routes';
import { orgRoutes } from './platform/org/org.routes';
import type { DemoSeeder } from './seed/seed';

/**
 * Everything the composition root wires in, in one list, so the server and the test helper build
 * the same application. A new module adds its routes, demo seeder and job registration here.
 */
export const ROUTES: RoutesPlugin[] = [authRoutes, orgRoutes, calendarRoutes, auditRoutes, notificationsRoutes];

export const DEMO_SEEDERS: DemoSeeder[] = [];

ROUTES.push(catalogRoutes, catalogAdminRoutes, placesRoutes);
DEMO_SEEDERS.push(seedCatalogDemo);
ROUTES.push(filesRoutes, casesRoutes);
DEMO_SEEDERS.push(casesDemoSeeder);
ROUTES.push(hotlineRoutes);
DEMO_SEEDERS.push(hotlineDemoSeeder);

/** Job handlers and schedules of every module. */
export async function registerJobs(ctx: AppContext): Promise<void> {
  await registerHousekeeping(ctx);
  await registerSmsJob(ctx);
  await registerCasesJobs(ctx);
  await registerHotlineJobs(ctx);
}
