import type { AppContext } from '../../context';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { hotlinePolicy } from './hotline.policy';
import { ensureModel, hasNewTrainingData, RETRAIN_QUEUE, retrainModel, usableActiveModel } from './classifier/classifier.service';
import { DEMO_QUEUE, loadDemoTickets } from './hotline.seed';
import { sweepLateSignatures, sweepLights } from './tickets/lights.job';

/** Queues of the hotline module. */
export const HOTLINE_QUEUES = {
  lights: 'hotline.lights',
  retrain: RETRAIN_QUEUE,
} as const;

/** How often the lights are swept (the yellow and red lines are exact instants; alerts may lag this much). */
const LIGHTS_EVERY_SECONDS = 300;
const RETRAIN_EVERY_SECONDS = 24 * 3600;

interface RetrainPayload {
  /** `seed`: the first model of an installation, queued by the demo seed. */
  trigger?: 'seed' | 'schedule' | 'admin';
  by?: { id: string; name: string; regionCode: string };
}

/** Job handlers and schedules: lights and late signatures, the nightly retraining, the demo tickets, throttle clean-up. */
export async function registerHotlineJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(HOTLINE_QUEUES.lights, async () => {
    await sweepLights(ctx, ctx.clock.now());
    await sweepLateSignatures(ctx, ctx.clock.now());
  });
  ctx.jobs.work(HOTLINE_QUEUES.retrain, async (job) => {
    const p = job.payload as RetrainPayload;
    const trigger = p.trigger ?? 'schedule';
    if (trigger === 'seed') {
      await ensureModel(ctx.db, 'seed');
      return;
    }
    // No usable model yet (a fresh installation, or features changed): the first one is the quick
    // kind, whichever job gets there first; the other then finds it.
    if (!(await usableActiveModel(ctx.db))) {
      await ensureModel(ctx.db, 'bootstrap');
      return;
    }
    // The schedule fires at first start too, right after the seed's job trained a model: skip when
    // nothing new was handled or corrected since the active model.
    if (trigger === 'schedule' && !(await hasNewTrainingData(ctx.db, ctx.clock.now()))) return;
    const r = await retrainModel(ctx.db, { trigger, by: p.by ?? null });
    ctx.log.info({ modelId: r.id, accuracy: r.metrics.accuracy, examples: r.metrics.examples, trigger }, 'hotline classifier retrained');
  });
  ctx.jobs.work(DEMO_QUEUE, async (job) => {
    const p = job.payload as { history?: boolean; workload?: boolean };
    await loadDemoTickets(ctx, { history: p.history !== false, workload: p.workload !== false });
  });
  await ctx.jobs.schedule('hotline-lights', HOTLINE_QUEUES.lights, LIGHTS_EVERY_SECONDS);
  await ctx.jobs.schedule('hotline-retrain', HOTLINE_QUEUES.retrain, RETRAIN_EVERY_SECONDS, { trigger: 'schedule' });
}

/** Queues a retraining by an admin; null when one already waits. */
export async function queueRetrain(ctx: AppContext, actor: Actor): Promise<number | null> {
  authorize(actor, hotlinePolicy, 'model.retrain');
  const by = { id: actor.id, name: actor.displayName, regionCode: actor.regionCode };
  return ctx.jobs.send(HOTLINE_QUEUES.retrain, { trigger: 'admin', by }, { singletonKey: 'admin-retrain', maxAttempts: 2 });
}
