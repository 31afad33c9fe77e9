import type { AppContext } from '../../context';
import type { DemoSeeder } from '../../seed/seed';
import { demoCasesReady, loadDemoOrders } from './supervision.demo';
import { ESCALATION_QUEUE, escalateDueOrders } from './supervision.escalation';
import { hasAnyOrder } from './supervision.repository';

/** The demo orders' job; it waits for the demo cases the orders concern. */
export const SUPERVISION_DEMO_QUEUE = 'supervision.demo';
const DEMO_WAIT_MS = 10_000;
const DEMO_MAX_WAITS = 60;

/**
 * Demo mode: queues the demo orders unless there are orders already. The demo cases load in a job
 * of their own (and the queue that follows them is the ratings' and the reports'), so the demo
 * orders' job looks for the demo cases and, until they are in, waits by queueing itself again.
 */
export const supervisionDemoSeeder: DemoSeeder = async (ctx) => {
  if (await hasAnyOrder(ctx.db)) return;
  await ctx.jobs.send(SUPERVISION_DEMO_QUEUE, { waits: 0 }, { singletonKey: 'supervision-demo-0', maxAttempts: 3 });
};

/**
 * The supervision module's jobs: the escalation sweep (every minute, kept across restarts in
 * job_schedules; each step is idempotent under the order's row lock), and the demo orders.
 */
export async function registerSupervisionJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(ESCALATION_QUEUE, async () => {
    const steps = await escalateDueOrders(ctx, ctx.clock.now());
    if (steps) ctx.log.info({ steps }, 'supervision orders escalated');
  });
  ctx.jobs.work(SUPERVISION_DEMO_QUEUE, async (job) => {
    const waits = Number(job.payload.waits ?? 0);
    if (!(await demoCasesReady(ctx))) {
      if (waits >= DEMO_MAX_WAITS) return;
      // Queue time, not business time: the queue compares run_at with the database's clock.
      const runAt = new Date(Date.now() + DEMO_WAIT_MS);
      await ctx.jobs.send(SUPERVISION_DEMO_QUEUE, { waits: waits + 1 }, { runAt, singletonKey: `supervision-demo-${waits + 1}`, maxAttempts: 3 });
      return;
    }
    const made = await loadDemoOrders(ctx, ctx.clock.now());
    if (made) ctx.log.info({ orders: made }, 'demo supervision orders loaded');
  });
  await ctx.jobs.schedule('supervision-escalation', ESCALATION_QUEUE, 60);
}
