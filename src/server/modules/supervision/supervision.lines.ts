import { assessmentDays, deadlineForLimit } from '../../platform/calendar/limit-deadline';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import type { OrderLight, OrderStatus } from './supervision.schemas';

/**
 * An order's deadline and light (docs/domain.md S25, §3 "Time"): due at the end of the N-th
 * working day after it was opened, counted with the working-day calendar like a case's promised
 * line; yellow once 80 % of the days are used (at least on the last working day, as a case's
 * assessment line, docs/decisions.md D5), red once the deadline has passed. The lines are stored;
 * the light is read from them, at `now` while the department owes an answer and at the answer
 * while the answer waits for acceptance (the department's clock stops when it answers).
 */

export interface OrderLines {
  assessmentDue: Date;
  dueAt: Date;
  published: boolean;
}

const ASSESSMENT_RATIO = 0.8;

export function orderLines(cal: WorkCalendar, openedAt: Date, workdays: number): OrderLines {
  const due = deadlineForLimit(cal, openedAt, { value: workdays, unit: 'workday' });
  return {
    assessmentDue: deadlineForLimit(cal, openedAt, { value: assessmentDays(workdays, ASSESSMENT_RATIO), unit: 'workday' }).due,
    dueAt: due.due,
    published: due.published,
  };
}

/** When the next escalation step falls due: `workdays` working days after `from`. */
export function nextEscalationAt(cal: WorkCalendar, from: Date, workdays: number): Date {
  return deadlineForLimit(cal, from, { value: workdays, unit: 'workday' }).due;
}

/** The light at `now`; null once accepted. */
export function orderLight(o: { status: OrderStatus; assessmentDue: Date; dueAt: Date; answeredAt: Date | null }, now: Date): OrderLight | null {
  if (o.status === 'accepted') return null;
  const at = (o.status === 'answered' && o.answeredAt ? o.answeredAt : now).getTime();
  if (at > o.dueAt.getTime()) return 'red';
  if (at > o.assessmentDue.getTime()) return 'yellow';
  return 'green';
}
