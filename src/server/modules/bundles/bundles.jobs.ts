import type { AppContext } from '../../context';
import { runHandover } from './bundles.handover';
import { HANDOVER_QUEUE } from './bundles.observer';

/** The bundles module's jobs: handing decided members' results to later stages. */
export async function registerBundlesJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(HANDOVER_QUEUE, async (job) => {
    await runHandover(ctx, String(job.payload.bundleCaseId), ctx.clock.now());
  });
}
