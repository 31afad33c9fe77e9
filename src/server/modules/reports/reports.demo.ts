import type { AppContext } from '../../context';
import type { PeriodKind } from '../../db/tables/reports';
import { findActorsByUsername } from '../../platform/auth/actors';
import type { DemoSeeder } from '../../seed/seed';
import { generatePeriodic } from './reports.periodic';
import { subscribe } from './reports.repository';
import type { ReportSource } from './reports.source';

/**
 * Demo subscriptions and reports (docs/decisions.md D7): the three oversight accounts (人大, 纪委监委,
 * 组织部) subscribe to the monthly, quarterly and yearly reports, the supervisor to the weekly and
 * monthly ones; once the demo cases and ratings are in, last month's and last week's reports are
 * made and pushed, so the oversight accounts find a report on their first sign-in. Made at `now`,
 * whatever the hour.
 */

const SUBSCRIPTIONS: Record<string, readonly PeriodKind[]> = {
  npc: ['month', 'quarter', 'year'],
  discipline: ['month', 'quarter', 'year'],
  organization: ['month', 'quarter', 'year'],
  supervisor: ['week', 'month'],
};

/** The demo loaders' queues (named by the cases and hotline modules): periodic runs wait while any is pending. */
export const DEMO_QUEUES = ['cases.demo', 'cases.demo-loaded', 'hotline.demo-data'] as const;

export const reportsDemoSeeder: DemoSeeder = async (ctx) => {
  const accounts = await findActorsByUsername(ctx.db, Object.keys(SUBSCRIPTIONS));
  for (const [username, kinds] of Object.entries(SUBSCRIPTIONS)) {
    const a = accounts.get(username);
    if (a) await subscribe(ctx.db, a.id, kinds);
  }
};

/** Last month's and last week's reports, made and pushed once; returns how many were new. */
export async function loadDemoReports(ctx: AppContext, sources: readonly ReportSource[], now: Date): Promise<number> {
  let made = 0;
  for (const kind of ['month', 'week'] as const) if ((await generatePeriodic(ctx, sources, kind, now)).created) made++;
  return made;
}
