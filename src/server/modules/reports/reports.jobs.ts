import type { AppContext } from '../../context';
import { DEMO_QUEUES, loadDemoReports } from './reports.demo';
import { generatePeriodic, PERIODIC_KINDS } from './reports.periodic';
import { demoLoading } from './reports.repository';
import { invalidateRollups, rollUpSettledDays } from './reports.rollups';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { ReportSource } from './reports.source';

export const PERIODIC_QUEUE = 'reports.periodic';

/**
 * The periodic reports' durable schedule (docs/architecture.md, jobs): every hour, each kind's
 * last finished period gets its report if it has none yet — so a day, week, month, quarter or
 * year is reported once, within the hour after it ends, and a node that was down catches up when
 * it starts. While the demo data is still loading the run waits for the next hour (the demo makes
 * its own reports once the ratings are in). Each run first rolls up the days that have ended since
 * the last (from 1 January of last year on, docs/decisions.md D16), so a report a person asks for
 * finds them ready; the demo loader wrote into past days, so its rollups are made afresh.
 */
export function registerReportsJobs(sources: readonly ReportSource[], demoAfterQueue: string) {
  return async (ctx: AppContext): Promise<void> => {
    ctx.jobs.work(PERIODIC_QUEUE, async () => {
      if (await demoLoading(ctx.db, [...DEMO_QUEUES, demoAfterQueue])) return;
      const now = ctx.clock.now();
      const rolled = await rollUpSettledDays(ctx.db, sources, await ctx.calendar.versioned(), `${Number(toShanghaiDate(now).slice(0, 4)) - 1}-01-01`, now);
      if (rolled) ctx.log.info({ days: rolled }, 'report days rolled up');
      await runPeriodic(ctx, sources, now);
    });
    ctx.jobs.work(demoAfterQueue, async () => {
      await invalidateRollups(ctx.db);
      const made = await loadDemoReports(ctx, sources, ctx.clock.now());
      if (made) ctx.log.info({ reports: made }, 'demo periodic reports made');
    });
    await ctx.jobs.schedule('reports-periodic', PERIODIC_QUEUE, 3600);
  };
}

/** Every kind's last finished period, reported once; returns how many reports were new. */
export async function runPeriodic(ctx: AppContext, sources: readonly ReportSource[], now: Date): Promise<number> {
  let made = 0;
  for (const kind of PERIODIC_KINDS) if ((await generatePeriodic(ctx, sources, kind, now)).created) made++;
  return made;
}
