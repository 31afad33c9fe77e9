import type { AppContext } from '../../context';
import { findFinishedCaseIds } from '../cases';
import { BUNDLES_DEMO_QUEUE, loadDemoBundles } from './bundles.demo';
import { runHandover } from './bundles.handover';
import { HANDOVER_QUEUE } from './bundles.observer';

const DEMO_WAIT_MS = 10_000;
const DEMO_MAX_WAITS = 60;

/**
 * The bundles module's jobs: handing decided members' results to later stages, and the demo
 * bundles. The demo cases load in a job of their own, which loads nothing once any case exists, so
 * the demo bundles (whose members are cases) wait until the demo cases are in, queueing themselves
 * again meanwhile.
 */
export async function registerBundlesJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(HANDOVER_QUEUE, async (job) => {
    await runHandover(ctx, String(job.payload.bundleCaseId), ctx.clock.now());
  });
  ctx.jobs.work(BUNDLES_DEMO_QUEUE, async (job) => {
    const waits = Number(job.payload.waits ?? 0);
    if ((await findFinishedCaseIds(ctx.db, 1)).length === 0) {
      if (waits >= DEMO_MAX_WAITS) return;
      // Queue time, not business time: the queue compares run_at with the database's clock.
      const runAt = new Date(Date.now() + DEMO_WAIT_MS);
      await ctx.jobs.send(BUNDLES_DEMO_QUEUE, { waits: waits + 1 }, { runAt, singletonKey: `bundles-demo-${waits + 1}`, maxAttempts: 1 });
      return;
    }
    const started = Date.now();
    const made = await loadDemoBundles(ctx, ctx.clock.now());
    if (made) ctx.log.info({ bundles: made, ms: Date.now() - started }, 'demo bundles loaded');
  });
}
