import type { AppContext } from '../../context';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { commit, SYSTEM_NAME } from '../../platform/workflow/engine';
import { ticketMachine } from './queue.machine';
import * as repo from './queue.repository';

/** The nightly close's queue; it runs every few minutes and finds work only after a hall day ended (docs/decisions.md D29). */
export const CLOSE_DAY_QUEUE = 'queue.close-day';
const CLOSE_EVERY_SECONDS = 600;
const BATCH = 200;

/** Why a ticket was closed: its hall day ended before anyone served it. */
export const DAY_ENDED = 'day_ended';

/**
 * Closes every ticket still waiting or called from a hall day before today (Asia/Shanghai): a
 * window calls only today's line, so nobody would ever call them. Each is closed in its own
 * transaction through the engine's `commit`, with its event on the ticket's chain; the day's
 * statistics then count it as taken and not served. A called ticket's window is freed with it.
 * Returns how many were closed.
 */
export async function closeStaleTickets(ctx: AppContext, now: Date): Promise<number> {
  const today = toShanghaiDate(now);
  let closed = 0;
  for (;;) {
    const ids = await repo.findStaleOpenIds(ctx.db, today, BATCH);
    for (const id of ids) {
      const done = await ctx.db.transaction().execute(async (trx) => {
        const row = await ticketMachine.lock(trx, id);
        if (!row || (row.status !== 'waiting' && row.status !== 'called') || row.day >= today) return false;
        await commit(trx, ticketMachine, row, {
          action: 'queue_ticket.close',
          to: 'closed',
          patch: { close_reason: DAY_ENDED, finished_at: now },
          event: { reason: DAY_ENDED, day: row.day, window: row.window_code },
          now,
          actorId: null,
          actorName: SYSTEM_NAME,
          env: undefined,
        });
        return true;
      });
      if (done) closed += 1;
    }
    if (ids.length < BATCH) return closed;
  }
}

/** The nightly close's handler and schedule. */
export async function registerQueueJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(CLOSE_DAY_QUEUE, async () => {
    const n = await closeStaleTickets(ctx, ctx.clock.now());
    if (n) ctx.log.info({ closed: n }, 'queue tickets of ended days closed');
  });
  await ctx.jobs.schedule('queue-close-day', CLOSE_DAY_QUEUE, CLOSE_EVERY_SECONDS);
}
