import { allow, allowByScope, authorize, definePolicy, type Grant, type Scope } from '../../platform/auth/policy';
import type { Actor, Role } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { ORDER_ERR } from './supervision.errors';
import { DEPARTMENT_ROLES, ORDER_ACTIONS, rolesFor, type OrderAction } from './supervision.state';

/**
 * Who reaches which supervision order: supervisors (and, to read, the middle office) their region's;
 * the 12345 centre its region's
 * orders on tickets; the department's people (reviewer, approver, handler, head) their
 * department's; the city leadership those escalated to it. Which role may take which action
 * comes from the rule table, so the two cannot disagree.
 */
const SCOPE_OF: Partial<Record<Role, Scope>> = {
  supervisor: 'region',
  // The middle office (中台) coordinates departments: it reads its region's orders, it does not act.
  dispatcher: 'region',
  hotline_agent: 'region',
  reviewer: 'department',
  approver: 'department',
  dept_handler: 'department',
  dept_head: 'department',
  city_leader: 'region',
};

const grantsFor = (roles: readonly Role[]): Grant[] => allowByScope(roles, SCOPE_OF, 'supervision');

type PolicyAction = OrderAction | 'order.open' | 'order.view';

export const supervisionPolicy = definePolicy<PolicyAction>({
  'order.open': [allow(['supervisor', 'hotline_agent'], 'region')],
  'order.view': grantsFor(['supervisor', 'dispatcher', 'hotline_agent', ...DEPARTMENT_ROLES, 'city_leader']),
  ...(Object.fromEntries(ORDER_ACTIONS.map((a) => [a, grantsFor(rolesFor(a))])) as Record<OrderAction, Grant[]>),
});

/** Where an order belongs, for the scope checks. */
export interface OrderScope {
  region_code: string;
  department_code: string;
  subject_kind: string;
  escalation_level: number;
}

/** The city leadership sees an order once it has been escalated to it (level 2). */
export const LEADERSHIP_LEVEL = 2;

/**
 * Whether the actor's reach covers the order beyond the policy's scopes: a role that reaches it only
 * under a condition (the 12345 centre: ticket orders; the city leadership: escalated ones) needs
 * another role or the condition.
 */
function reachesOrder(actor: Actor, row: OrderScope): boolean {
  const unconditional = actor.roles.some((r) => r === 'supervisor' || r === 'dispatcher' || DEPARTMENT_ROLES.includes(r));
  if (unconditional) return true;
  if (actor.roles.includes('hotline_agent') && row.subject_kind === 'ticket') return true;
  return actor.roles.includes('city_leader') && row.escalation_level >= LEADERSHIP_LEVEL;
}

/** Checks the actor may act on (or read) the order; an order out of reach is ORDER_NOT_FOUND, like a missing one. */
export function authorizeOrder(actor: Actor, action: PolicyAction, row: OrderScope): void {
  authorize(actor, supervisionPolicy, action, { regionCode: row.region_code, departmentCode: row.department_code }, ORDER_ERR.ORDER_NOT_FOUND);
  if (!reachesOrder(actor, row)) throw new AppError(ORDER_ERR.ORDER_NOT_FOUND);
}

/** Checks the actor may open orders at all (403 with the reason otherwise). */
export function authorizeOpening(actor: Actor): void {
  if (!actor.roles.some((r) => r === 'supervisor' || r === 'hotline_agent')) throw new AppError(ORDER_ERR.NOT_AN_OPENER);
  authorize(actor, supervisionPolicy, 'order.open');
}
