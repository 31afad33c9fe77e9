import type { Role } from '../../platform/auth/roles';
import { availableActions as actionsAvailable, decide, rolesFor as tableRoles, type Decision, type Rule } from '../../platform/workflow/rules';
import { ORDER_ACTIONS, ORDER_STATUSES, type OrderAction, type OrderStatus } from './supervision.schemas';

/**
 * A supervision order (督办, docs/domain.md S25) as data (docs/architecture.md, "The workflow
 * engine"): the department answers with its explanation or rectification result; the side that
 * opened the order (a supervisor, or the 12345 centre for a ticket) accepts it, which closes the
 * order, or returns it with a reason, and the department answers again. Escalation is not an
 * action of the table: a job commits it without changing the status (supervision.escalation.ts).
 */

export { ORDER_ACTIONS, ORDER_STATUSES };
export type { OrderAction, OrderStatus };

/** The department's people who answer its orders; the head answers too, once an order reaches them. */
export const DEPARTMENT_ROLES: readonly Role[] = ['reviewer', 'approver', 'dept_handler', 'dept_head'];
/** Who opens orders and decides on the answers: supervisors, and the 12345 centre for tickets. */
export const OPENER_ROLES: readonly Role[] = ['supervisor', 'hotline_agent'];

export interface OrderFacts {
  /** The answer's text or the reason for returning it was given. */
  noteGiven: boolean;
  /** The actor is on the side that opened the order (a supervisor's order, or a 12345 centre's). */
  openerSide: boolean;
}

export type GuardError = 'NOTE_REQUIRED' | 'NOT_OPENER_SIDE';

const needsNote = (f: OrderFacts): GuardError | null => (f.noteGiven ? null : 'NOTE_REQUIRED');
const openerSide = (f: OrderFacts): GuardError | null => (f.openerSide ? null : 'NOT_OPENER_SIDE');

export const RULES: Readonly<Record<OrderAction, readonly Rule<OrderStatus, OrderFacts, GuardError, OrderStatus>[]>> = {
  answer: [{ roles: DEPARTMENT_ROLES, from: ['open', 'returned'], to: 'answered', guard: needsNote }],
  accept: [{ roles: OPENER_ROLES, from: ['answered'], to: 'accepted', guard: openerSide }],
  return: [{ roles: OPENER_ROLES, from: ['answered'], to: 'returned', guard: (f) => openerSide(f) ?? needsNote(f) }],
};

/** Statuses in which the order is finished: no light, no escalation. */
export const FINISHED_STATUSES: readonly OrderStatus[] = ['accepted'];
/** Statuses in which the department owes an answer: the deadline passing escalates. */
export const AWAITING_DEPARTMENT: readonly OrderStatus[] = ['open', 'returned'];

export function decideOrder(status: OrderStatus, action: OrderAction, roles: readonly Role[], facts: OrderFacts) {
  return decide(RULES, status, action, roles, facts) as Decision<OrderStatus, GuardError, OrderStatus>;
}

/** Every role that appears in some rule of the action (the policy grants exactly these). */
export function rolesFor(action: OrderAction): Role[] {
  return tableRoles(RULES, action);
}

/** The actions the roles could take now (the UI's buttons). */
export function availableActions(status: OrderStatus, roles: readonly Role[], facts: OrderFacts): OrderAction[] {
  return actionsAvailable(RULES, ORDER_ACTIONS, status, roles, facts);
}
