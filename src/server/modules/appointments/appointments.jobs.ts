import type { AppContext } from '../../context';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { commit, SYSTEM_NAME } from '../../platform/workflow/engine';
import { appointmentMachine } from './appointments.machine';
import { notifyHolder } from './appointments.notify';
import * as repo from './appointments.repository';

/** The no-show sweep's queue; it runs every few minutes (docs/decisions.md D28). */
export const NO_SHOW_QUEUE = 'appointments.no-shows';
const NO_SHOW_EVERY_SECONDS = 300;
const BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * Marks every booking whose slot ended unchecked as a no-show, each in its own transaction with its
 * event on the appointment's chain. When that makes TONGBAN_NO_SHOW_LIMIT no-shows of the person
 * within TONGBAN_NO_SHOW_WINDOW_DAYS, booking is suspended for TONGBAN_NO_SHOW_BLOCK_DAYS and the
 * person is told. Returns how many were marked.
 */
export async function sweepNoShows(ctx: AppContext, now: Date): Promise<number> {
  const { noShowLimit, noShowWindowDays, noShowBlockDays } = ctx.config;
  let marked = 0;
  for (;;) {
    const ids = await repo.findOverdueIds(ctx.db, now, BATCH);
    if (ids.length === 0) return marked;
    for (const id of ids) {
      const done = await ctx.db.transaction().execute(async (trx) => {
        const row = await appointmentMachine.lock(trx, id);
        if (!row || row.status !== 'booked' || row.ends_at.getTime() >= now.getTime()) return false;
        const count = (await repo.countNoShows(trx, row.id_number, new Date(now.getTime() - noShowWindowDays * DAY_MS))) + 1;
        const restrict = noShowBlockDays > 0 && count >= noShowLimit && !(await repo.findRestriction(trx, row.id_number, now));
        const until = new Date(now.getTime() + noShowBlockDays * DAY_MS);
        await commit(trx, appointmentMachine, row, {
          action: 'appointment.no_show',
          to: 'no_show',
          patch: {},
          event: { noShows: count, ...(restrict ? { restrictedUntil: until.toISOString() } : {}) },
          now,
          actorId: null,
          actorName: SYSTEM_NAME,
          env: undefined,
          after: async (stored) => {
            if (!restrict) return;
            await repo.insertRestriction(trx, { idNumber: row.id_number, since: now, until, noShows: count });
            await notifyHolder(trx, stored, 'appointment.restricted', { count, until: toShanghaiDate(until) });
          },
        });
        return true;
      });
      if (done) marked += 1;
    }
    if (ids.length < BATCH) return marked;
  }
}

/** The no-show sweep's handler and schedule. */
export async function registerAppointmentsJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(NO_SHOW_QUEUE, async () => {
    const n = await sweepNoShows(ctx, ctx.clock.now());
    if (n) ctx.log.info({ noShows: n }, 'appointments marked as no-shows');
  });
  await ctx.jobs.schedule('appointments-no-shows', NO_SHOW_QUEUE, NO_SHOW_EVERY_SECONDS);
}
