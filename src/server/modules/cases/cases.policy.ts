import { allow, authorize, definePolicy, type Grant, type Scope, type ScopedRecord, allowByScope } from '../../platform/auth/policy';
import type { Actor, Role } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { CASE_ERR } from './cases.errors';
import { APPLICANT_ROLES, CASE_ACTIONS, rolesFor, type CaseAction } from './cases.state';
import type { CaseRow } from './cases.repository';

/**
 * Who reaches which cases: applicants their own; window clerks, dispatchers and viewers their
 * region (city staff every region); back-office reviewers and approvers only cases routed to
 * their department. Which role may take which action comes from the state table, so the two
 * cannot disagree.
 */
const SCOPE_OF: Partial<Record<Role, Scope>> = {
  citizen: 'owner',
  enterprise: 'owner',
  window_clerk: 'region',
  dispatcher: 'region',
  reviewer: 'department',
  approver: 'department',
  supervisor: 'region',
  admin: 'region',
};

const grantsFor = (roles: readonly Role[]): Grant[] => allowByScope(roles, SCOPE_OF, 'case');

const VIEWERS: Role[] = [...APPLICANT_ROLES, 'window_clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor', 'admin'];

type PolicyAction = CaseAction | 'case.create' | 'case.view' | 'case.edit_draft' | 'case.stats';

/** The cases module's access rules: each lifecycle action plus create, view, draft edits and stats. */
export const casePolicy = definePolicy<PolicyAction>({
  'case.create': [allow([...APPLICANT_ROLES, 'window_clerk'])],
  'case.view': grantsFor(VIEWERS),
  'case.edit_draft': grantsFor([...APPLICANT_ROLES, 'window_clerk']),
  'case.stats': [allow(['dispatcher', 'supervisor', 'admin'], 'region')],
  ...(Object.fromEntries(CASE_ACTIONS.map((a) => [a, grantsFor(rolesFor(a))])) as Record<CaseAction, Grant[]>),
});

/**
 * Checks the actor may take the action on this case. A case out of reach is CASE_NOT_FOUND, the
 * very answer a missing case gets, so neither status nor code reveals that it exists. A draft is
 * private to whoever made it and to its applicant.
 */
export function authorizeCase(
  actor: Actor,
  action: PolicyAction,
  row: Pick<CaseRow, 'region_code' | 'departments' | 'applicant_user_id' | 'status' | 'created_by'>,
): void {
  authorize(actor, casePolicy, action, caseRecord(row), CASE_ERR.CASE_NOT_FOUND);
  if (row.status === 'draft' && row.created_by !== actor.id && row.applicant_user_id !== actor.id) throw new AppError(CASE_ERR.CASE_NOT_FOUND);
}

/** Where a case belongs, for the scope checks. */
export function caseRecord(row: Pick<CaseRow, 'region_code' | 'departments' | 'applicant_user_id'>): ScopedRecord {
  return { regionCode: row.region_code, departmentCodes: row.departments, ownerId: row.applicant_user_id };
}

/** Roles that see personal data in full only on the detail view, and whose reading is audited. */
export function isStaff(roles: readonly Role[]): boolean {
  return !roles.some((r) => (APPLICANT_ROLES as readonly Role[]).includes(r));
}
