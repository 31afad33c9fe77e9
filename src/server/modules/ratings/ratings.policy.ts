import { allow, allowByScope, authorize, definePolicy, type Grant, type Scope } from '../../platform/auth/policy';
import type { Actor, Role } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { RATING_ERR } from './ratings.errors';
import { APPLICANT_ROLES, DEPARTMENT_ROLES, RECTIFICATION_ACTIONS, rolesFor, type RectificationAction } from './ratings.state';

/**
 * Who may rate and who reaches which rectification: applicants their own; the department's people
 * the tasks of their department; supervisors and admins their region (city staff every region).
 * Which role may take which rectification action comes from the rule table, so they cannot disagree.
 */
const SCOPE_OF: Partial<Record<Role, Scope>> = {
  citizen: 'owner',
  enterprise: 'owner',
  dept_handler: 'department',
  reviewer: 'department',
  approver: 'department',
  // The middle office (中台) coordinates departments: it reads its region's queue, it does not act.
  dispatcher: 'region',
  // 12345 agents record a caller's rating of a ticket on the return visit (回访), in their region.
  hotline_agent: 'region',
  supervisor: 'region',
  admin: 'region',
};

const grantsFor = (roles: readonly Role[]): Grant[] => allowByScope(roles, SCOPE_OF, 'ratings');

type PolicyAction =
  | RectificationAction
  | 'rating.rate_online'
  | 'rating.rate_at_window'
  | 'rating.record_return_visit'
  | 'rating.view'
  | 'rating.view_ticket'
  | 'rectification.view';

/** Who may record a caller's rating on the return visit: those who make return visits (the ticket rule table's `return_visit`). */
const RETURN_VISIT_ROLES: readonly Role[] = ['hotline_agent', 'dispatcher'];

export const ratingsPolicy = definePolicy<PolicyAction>({
  'rating.rate_online': [allow(APPLICANT_ROLES, 'owner')],
  'rating.rate_at_window': [allow(['window_clerk'], 'region')],
  'rating.record_return_visit': grantsFor(RETURN_VISIT_ROLES),
  'rating.view': grantsFor([...APPLICANT_ROLES, ...DEPARTMENT_ROLES, 'supervisor', 'admin']),
  // A ticket's rating: the hotline centre in its region, the responsible department, oversight.
  'rating.view_ticket': grantsFor([...RETURN_VISIT_ROLES, 'dept_handler', 'supervisor', 'admin']),
  // 12345 agents follow the rectifications of tickets' 差评 (they read, they do not act).
  'rectification.view': grantsFor([...APPLICANT_ROLES, ...DEPARTMENT_ROLES, 'dispatcher', 'hotline_agent', 'supervisor', 'admin']),
  ...(Object.fromEntries(RECTIFICATION_ACTIONS.map((a) => [a, grantsFor(rolesFor(a))])) as Record<RectificationAction, Grant[]>),
});

/** Where a rectification belongs, for the scope checks. */
export interface RectificationScope {
  region_code: string;
  department_code: string;
  owner_id: string | null;
  /** Set for a 12345 ticket's 差评: the only tasks a hotline agent reaches. */
  ticket_id: string | null;
}

/** Checks the actor may act on the task; a task out of reach is RECTIFICATION_NOT_FOUND, like a missing one. */
export function authorizeRectification(actor: Actor, action: PolicyAction, row: RectificationScope): void {
  // A hotline agent reaches tickets' tasks only: a case's task is out of reach for that role.
  const roles = row.ticket_id ? actor.roles : actor.roles.filter((r) => r !== 'hotline_agent');
  if (roles.length === 0) throw new AppError(RATING_ERR.RECTIFICATION_NOT_FOUND);
  authorize(
    { ...actor, roles },
    ratingsPolicy,
    action,
    { regionCode: row.region_code, departmentCode: row.department_code, ownerId: row.owner_id },
    RATING_ERR.RECTIFICATION_NOT_FOUND,
  );
}

/** Whether the actor is one of the department's people, a supervisor or admin (not an applicant). */
export function isStaff(actor: Actor): boolean {
  return !actor.roles.some((r) => APPLICANT_ROLES.includes(r));
}
