import type { AppContext } from '../../context';
import { deleteExpiredSessions } from '../auth/auth.repository';
import { createCheckpoint, loadCheckpointKey } from '../audit/checkpoint';
import { closeDenialWindows } from '../audit/denials';
import { registerFilesCleanup } from '../files/files.cleanup';
import { deleteOldLimitWindows } from '../http/rate-limit';

export const HOUSEKEEPING_QUEUE = 'platform.housekeeping';
export const CHECKPOINT_QUEUE = 'platform.audit-checkpoint';

/**
 * Expires sessions and throttle windows, and drops finished jobs older than a week, every
 * five minutes on whichever node claims the job.
 */
export async function registerHousekeeping(ctx: AppContext): Promise<void> {
  ctx.jobs.work(HOUSEKEEPING_QUEUE, async () => {
    const expired = await deleteExpiredSessions(ctx.db);
    await deleteOldLimitWindows(ctx.db);
    await closeDenialWindows(ctx.db);
    await ctx.db
      .deleteFrom('jobs')
      .where('state', '=', 'done')
      .where('finished_at', '<', new Date(Date.now() - 7 * 86_400_000))
      .execute();
    if (expired > 0) ctx.log.info({ expired }, 'expired sessions removed');
  });
  await ctx.jobs.schedule('expire-sessions', HOUSEKEEPING_QUEUE, 300);
  // Hourly signed checkpoint of every audit chain head (docs/audit-chain.md).
  ctx.jobs.work(CHECKPOINT_QUEUE, async () => {
    const c = await createCheckpoint(ctx.db, loadCheckpointKey(ctx.config));
    ctx.log.info({ checkpoint: c.id, chains: c.chains }, 'audit checkpoint signed');
  });
  await ctx.jobs.schedule('audit-checkpoint', CHECKPOINT_QUEUE, 3600);
  await registerFilesCleanup(ctx);
}
