import type { Role } from '../../shared/me';
import type { CaseStatus } from '../../../shared/cases/cases.enums';

const TODO: Partial<Record<Role, readonly CaseStatus[]>> = {
  reviewer: ['routed', 'special_procedure'],
  approver: ['reviewed', 'special_procedure'],
  dispatcher: ['accepted'],
};

const DONE: Partial<Record<Role, readonly CaseStatus[]>> = {
  reviewer: ['reviewed', 'approved', 'denied', 'completed', 'issued', 'returned'],
  approver: ['approved', 'denied', 'completed', 'issued', 'returned'],
  dispatcher: ['routed', 'reviewed', 'special_procedure', 'approved', 'denied', 'completed', 'issued', 'returned'],
};

function union(map: Partial<Record<Role, readonly CaseStatus[]>>, roles: readonly Role[]): CaseStatus[] {
  return [...new Set(roles.flatMap((r) => map[r] ?? []))];
}

/** The statuses waiting for a back-office user's step (their department's cases come scoped by the server). */
export function todoStatuses(roles: readonly Role[]): CaseStatus[] {
  return union(TODO, roles);
}

/** The statuses past the user's step: what their department has handled. */
export function doneStatuses(roles: readonly Role[]): CaseStatus[] {
  return union(DONE, roles);
}
