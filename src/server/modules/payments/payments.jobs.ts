import type { AppContext } from '../../context';
import { LOCAL_GATEWAY } from '../../../shared/payments/payments.enums';
import { PAYMENTS_DEMO_QUEUE, runPaymentsDemoJob } from './payments.demo';
import { gatewaysOf } from './payments.gateway';
import { LOCAL_NOTIFY_QUEUE, type LocalGateway } from './payments.local-gateway';
import { reconcileYesterday } from './payments.reconcile';

/** The daily reconciliation's queue; its schedule runs hourly and reconciles yesterday once (docs/decisions.md D30). */
export const RECONCILE_QUEUE = 'payments.reconcile';
const RECONCILE_EVERY_SECONDS = 3600;

/** The reconciliation schedule, the demo payments, and the local gateway's notification sender when it is configured. */
export async function registerPaymentsJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(RECONCILE_QUEUE, async () => {
    const n = await reconcileYesterday(ctx, ctx.clock.now());
    if (n) ctx.log.info({ gateways: n }, 'payments reconciled');
  });
  await ctx.jobs.schedule('payments-reconcile', RECONCILE_QUEUE, RECONCILE_EVERY_SECONDS);
  ctx.jobs.work(PAYMENTS_DEMO_QUEUE, (job) => runPaymentsDemoJob(ctx, job));
  ctx.jobs.work(LOCAL_NOTIFY_QUEUE, async (job) => {
    const local = gatewaysOf(ctx).get(LOCAL_GATEWAY) as LocalGateway | undefined;
    if (local) await local.deliver(String(job.payload.tradeNo), ctx.clock.now());
  });
}
