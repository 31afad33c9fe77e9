import type { AppContext } from './context';
import { auditRoutes } from './platform/audit/audit.routes';
import { authRoutes } from './platform/auth/auth.routes';
import { calendarRoutes } from './platform/calendar/calendar.routes';
import type { RoutesPlugin } from './platform/http/types';
import { registerHousekeeping } from './platform/jobs/housekeeping';
import { notificationsRoutes, registerSmsJob } from './platform/notifications/notifications.routes';
import { orgRoutes } from './platform/org/org.routes';
import type { DemoSeeder } from './seed/seed';

/**
 * Everything the composition root wires in, in one list, so the server and the test helper build
 * the same application. A new module adds its routes, demo seeder and job registration here.
 */
export const ROUTES: RoutesPlugin[] = [authRoutes, orgRoutes, calendarRoutes, auditRoutes, notificationsRoutes];

export const DEMO_SEEDERS: DemoSeeder[] = [];

/** Job handlers and schedules of every module. */
export async function registerJobs(ctx: AppContext): Promise<void> {
  await registerHousekeeping(ctx);
  await registerSmsJob(ctx);
}
