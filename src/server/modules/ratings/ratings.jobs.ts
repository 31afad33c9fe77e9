import type { AppContext } from '../../context';
import { CASES_DEMO_LOADED_QUEUE } from '../cases';
import { DEFAULT_RATINGS_QUEUE, giveDefaultRatings } from './ratings.default';
import { loadDemoRatings } from './ratings.demo';

/**
 * Queued once the demo ratings are in, for modules that build on them (the demo periodic reports);
 * the ratings module names the queue and knows nothing of who works it (docs/decisions.md D12).
 */
export const RATINGS_DEMO_LOADED_QUEUE = 'ratings.demo-loaded';

/** The ratings module's jobs: default ratings (hourly; they do nothing unless the city turned them on), and the demo ratings once the demo cases they rate are in. */
export async function registerRatingsJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(CASES_DEMO_LOADED_QUEUE, async () => {
    const made = await loadDemoRatings(ctx, ctx.clock.now());
    if (made) {
      ctx.log.info({ ratings: made }, 'demo ratings loaded');
      await ctx.jobs.send(RATINGS_DEMO_LOADED_QUEUE, {}, { singletonKey: 'ratings-demo-loaded', maxAttempts: 3 });
    }
  });
  ctx.jobs.work(DEFAULT_RATINGS_QUEUE, async () => {
    const given = await giveDefaultRatings(ctx, ctx.clock.now());
    if (given) ctx.log.info({ given }, 'default ratings given');
  });
  await ctx.jobs.schedule('ratings-default', DEFAULT_RATINGS_QUEUE, 3600);
}
