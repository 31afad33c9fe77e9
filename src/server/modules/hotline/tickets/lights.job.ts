import type { AppContext } from '../../../context';
import { appendEvent } from '../../../platform/audit/events.repository';
import { categoryMap } from '../kb/categories.service';
import { formatInstant, notifyStaff } from '../hotline.notify';
import { lightAt } from './tickets.clock';
import { LIGHT_LABELS } from './tickets.labels';
import { findLateSignatures, findLightChangesDue, markSignAlerted } from './tickets.list.repository';
import * as repo from './tickets.repository';
import { OPEN_STATUSES, type TicketStatus } from './tickets.state';
import { SYSTEM_NAME } from './tickets.transition';

/**
 * Lights and alerts (as for cases): every few minutes the tickets whose light is due to change —
 * found by an index range scan on `light_next_at` — turn yellow (80 % of the limit used) or red
 * (past due); each change is an event and an in-app alert to the departments holding the ticket,
 * or to the dispatchers while nobody does.
 */

const BATCH = 200;
/** A sweep stops after this many tickets; the next one picks up the rest. */
const MAX_PER_SWEEP = 5000;

/** Updates every light due by `now`; returns how many changed colour. */
export async function sweepLights(ctx: AppContext, now = ctx.clock.now()): Promise<number> {
  let changed = 0;
  let seen = 0;
  const cats = await categoryMap(ctx.db);
  while (seen < MAX_PER_SWEEP) {
    const due = await findLightChangesDue(ctx.db, now, BATCH);
    if (due.length === 0) break;
    seen += due.length;
    for (const stale of due) {
      changed += await ctx.db.transaction().execute(async (trx) => {
        const row = await repo.lockTicket(trx, stale.id);
        if (!row || !row.light_next_at || new Date(row.light_next_at) > now || !OPEN_STATUSES.includes(row.status as TicketStatus)) return 0;
        const l = lightAt(now, new Date(row.warn_at), new Date(row.due_at));
        await repo.setLight(trx, row.id, l.light, l.nextAt);
        if (l.light === row.light) return 0;
        await appendEvent(trx, {
          chain: `ticket:${row.id}`,
          action: 'ticket.light_changed',
          actorName: SYSTEM_NAME,
          subjectType: 'hotline_ticket',
          subjectId: row.id,
          regionCode: row.region_code,
          data: { from: row.light, to: l.light, dueAt: new Date(row.due_at).toISOString() },
          at: now,
        });
        const assigned = row.departments.length > 0;
        await notifyStaff(trx, row, assigned ? ['dept_handler'] : ['dispatcher'], assigned ? row.departments : null, 'hotline.light', {
          category: cats.get(row.category_code)?.nameZh ?? row.category_code,
          lightZh: LIGHT_LABELS[l.light].zh,
          lightEn: LIGHT_LABELS[l.light].en,
          due: formatInstant(new Date(row.due_at)),
        });
        return 1;
      });
    }
  }
  return changed;
}

/**
 * Late signatures (签收超时): each assignment still unsigned past its deadline is alerted once, to
 * its department and to the dispatchers, with an event on the ticket's chain.
 */
export async function sweepLateSignatures(ctx: AppContext, now = ctx.clock.now()): Promise<number> {
  const [late, cats] = await Promise.all([findLateSignatures(ctx.db, now, BATCH), categoryMap(ctx.db)]);
  if (late.length === 0) return 0;
  const names = await repo.findDepartmentNames(
    ctx.db,
    late.map((a) => a.department_code),
  );
  let alerted = 0;
  for (const a of late) {
    alerted += await ctx.db.transaction().execute(async (trx) => {
      if (!(await markSignAlerted(trx, a.id, now))) return 0;
      const ticket = { id: a.ticket_id, ticket_no: a.ticket_no, region_code: a.region_code };
      await appendEvent(trx, {
        chain: `ticket:${a.ticket_id}`,
        action: 'ticket.sign_overdue',
        actorName: SYSTEM_NAME,
        subjectType: 'hotline_ticket',
        subjectId: a.ticket_id,
        regionCode: a.region_code,
        data: { department: a.department_code, signDueAt: new Date(a.sign_due_at).toISOString() },
        at: now,
      });
      const params = {
        category: cats.get(a.category_code)?.nameZh ?? a.category_code,
        department: names.get(a.department_code)?.zh ?? a.department_code,
        signDue: formatInstant(new Date(a.sign_due_at)),
      };
      await notifyStaff(trx, ticket, ['dept_handler'], [a.department_code], 'hotline.sign_overdue', params);
      await notifyStaff(trx, ticket, ['dispatcher'], null, 'hotline.sign_overdue', params);
      return 1;
    });
  }
  return alerted;
}
