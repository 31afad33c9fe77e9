import type { AppContext } from '../../context';
import { commit, SYSTEM_NAME } from '../../platform/workflow/engine';
import { nextEscalationAt } from './supervision.lines';
import { notifyEscalated } from './supervision.notify';
import { LEADERSHIP_LEVEL } from './supervision.policy';
import * as repo from './supervision.repository';
import { AWAITING_DEPARTMENT } from './supervision.state';
import { orderMachine } from './supervision.transition';

/**
 * Escalation of overdue orders (docs/domain.md S25): when an order's deadline passes while the
 * department still owes an answer (open, or returned), it goes to the department head (level 1);
 * `TONGBAN_ORDER_ESCALATION_WORKDAYS` working days later, still unresolved, to the city leadership
 * (level 2). The next step's time is stored on the order, so a sweep finds due orders with an
 * index scan. Each order escalates in its own transaction under its row lock and re-checks the
 * stored level and time there, so two sweeps (two nodes, a retried job, a restart) never escalate
 * an order twice at the same level. Each step is an event on the order's hash chain.
 */

export const ESCALATION_QUEUE = 'supervision.escalate';

/** Escalates every order due at `now`; returns how many steps were taken. */
export async function escalateDueOrders(ctx: AppContext, now: Date): Promise<number> {
  const cal = await ctx.calendar.get();
  let steps = 0;
  for (const id of await repo.findDueEscalations(ctx.db, now, 500)) {
    const stepped = await ctx.db.transaction().execute(async (trx) => {
      const row = await repo.lockOrder(trx, id);
      const due = row?.next_escalation_at;
      if (!row || !due || due.getTime() > now.getTime() || !AWAITING_DEPARTMENT.includes(row.status) || row.escalation_level >= LEADERSHIP_LEVEL) return false;
      const level = (row.escalation_level + 1) as 1 | 2;
      const department = await repo.findDepartmentName(trx, row.department_code);
      await commit(trx, orderMachine, row, {
        action: 'supervision_order.escalate',
        to: row.status,
        patch:
          level === 1
            ? { escalation_level: 1, escalated1_at: now, next_escalation_at: nextEscalationAt(cal, now, ctx.config.orderEscalationWorkdays) }
            : { escalation_level: 2, escalated2_at: now, next_escalation_at: null },
        event: { level, dueAt: row.due_at.toISOString() },
        now,
        actorId: null,
        actorName: SYSTEM_NAME,
        env: undefined,
        after: (r) => notifyEscalated(trx, r, level, department?.zh ?? r.department_code),
      });
      return true;
    });
    if (stepped) steps++;
    // Let waiting requests through between orders (PGlite has one session).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return steps;
}
