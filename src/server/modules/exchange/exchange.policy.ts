import { allow, authorize, definePolicy } from '../../platform/auth/policy';
import { PUBLIC_ROLES, ROLES, type Actor, type Role } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { EXCHANGE_ERR } from './exchange.errors';
import { DECIDER_ROLES } from './exchange.state';

/**
 * Who may do what in the data-sharing exchange (docs/domain.md S16). The catalog is open to every
 * staff member; a department's own people file its needs (reviewers, approvers, its head), decide
 * the needs its resources receive and revoke their grants (approvers, its head), query through its
 * grants (the staff who handle cases) and read the use of its resources. Supervisors read the use
 * of every resource in their region. A citizen or an enterprise reads who looked at their own data.
 */
const STAFF: readonly Role[] = ROLES.filter((r) => !PUBLIC_ROLES.includes(r));
const FILERS: readonly Role[] = ['reviewer', 'approver', 'dept_head'];
// Who decides a need comes from its rule table (exchange.state.ts), so the two cannot disagree.
const DECIDERS: readonly Role[] = DECIDER_ROLES;
const QUERIERS: readonly Role[] = ['window_clerk', 'reviewer', 'approver', 'dispatcher', 'dept_handler', 'dept_head'];

export const exchangePolicy = definePolicy({
  'resource.view': [allow(STAFF, 'all')],
  'need.file': [allow(FILERS, 'department')],
  'need.view': [allow(FILERS, 'department'), allow(['supervisor'], 'region')],
  'need.decide': [allow(DECIDERS, 'department')],
  'grant.view': [allow([...FILERS, ...QUERIERS], 'department'), allow(['supervisor'], 'region')],
  'grant.revoke': [allow(DECIDERS, 'department')],
  query: [allow(QUERIERS, 'department')],
  'usage.view': [allow(FILERS, 'department'), allow(['supervisor'], 'region')],
  'usage.mine': [allow(['citizen', 'enterprise'], 'all')],
});

export type ExchangeAction = keyof typeof exchangePolicy;

/** The actor's department; staff without one cannot use the exchange. */
export function departmentOf(actor: Actor): string {
  if (!actor.departmentCode) throw new AppError(EXCHANGE_ERR.NO_DEPARTMENT);
  return actor.departmentCode;
}

/** Whether the actor reads across departments (a supervisor) rather than for their own department. */
export function readsAllDepartments(actor: Actor): boolean {
  return actor.roles.includes('supervisor');
}

/**
 * Checks the actor may take the action for the department (a record of another department is
 * answered as not found, like a missing one, so its existence does not leak).
 */
export function authorizeFor(actor: Actor, action: ExchangeAction, departments?: readonly string[], notFound = EXCHANGE_ERR.NEED_NOT_FOUND): void {
  authorize(actor, exchangePolicy, action, departments === undefined ? undefined : { departmentCodes: departments }, notFound);
}
