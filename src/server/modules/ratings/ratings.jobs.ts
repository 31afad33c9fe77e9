import type { AppContext } from '../../context';
import { CASES_DEMO_LOADED_QUEUE } from '../cases';
import { DEFAULT_RATINGS_QUEUE, giveDefaultRatings } from './ratings.default';
import { loadDemoRatings } from './ratings.demo';

/** The ratings module's jobs: default ratings (hourly; they do nothing unless the city turned them on), and the demo ratings once the demo cases they rate are in. */
export async function registerRatingsJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(CASES_DEMO_LOADED_QUEUE, async () => {
    const made = await loadDemoRatings(ctx, ctx.clock.now());
    if (made) ctx.log.info({ ratings: made }, 'demo ratings loaded');
  });
  ctx.jobs.work(DEFAULT_RATINGS_QUEUE, async () => {
    const given = await giveDefaultRatings(ctx, ctx.clock.now());
    if (given) ctx.log.info({ given }, 'default ratings given');
  });
  await ctx.jobs.schedule('ratings-default', DEFAULT_RATINGS_QUEUE, 3600);
}
