import type { AppContext } from '../../context';
import { CASES_DEMO_LOADED_QUEUE } from '../cases';
import { loadDemoRatings } from './ratings.demo';

/** The ratings module's jobs: the demo ratings, once the demo cases they rate are in. */
export async function registerRatingsJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(CASES_DEMO_LOADED_QUEUE, async () => {
    const made = await loadDemoRatings(ctx, ctx.clock.now());
    if (made) ctx.log.info({ ratings: made }, 'demo ratings loaded');
  });
}
