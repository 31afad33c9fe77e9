import type { Role } from '../../platform/auth/roles';
import { decide, rolesFor as rolesForTable, type Rule } from '../../platform/workflow/rules';
import { NEED_ACTIONS, NEED_STATUSES, type NeedAction, type NeedStatus } from './exchange.schemas';

/**
 * A data need's lifecycle (需求清单, docs/domain.md §11) as a rule table for the workflow engine:
 * pending → approved (the owner department, with the fields asked for or fewer) or refused (with a
 * reason). Who of the owner department decides: its approvers and its head.
 */
export { NEED_ACTIONS, NEED_STATUSES };

export interface NeedFacts {
  /** Fields to approve that were not requested (an approval gives the fields asked for or fewer). */
  extraFields: readonly string[];
  reasonGiven: boolean;
}
export type NeedGuardError = 'FIELDS_NOT_REQUESTED' | 'REASON_REQUIRED';

export const DECIDER_ROLES: readonly Role[] = ['approver', 'dept_head'];

export const RULES: Readonly<Record<NeedAction, readonly Rule<NeedStatus, NeedFacts, NeedGuardError, NeedStatus>[]>> = {
  approve: [{ roles: DECIDER_ROLES, from: ['pending'], to: 'approved', guard: (f) => (f.extraFields.length === 0 ? null : 'FIELDS_NOT_REQUESTED') }],
  refuse: [{ roles: DECIDER_ROLES, from: ['pending'], to: 'refused', guard: (f) => (f.reasonGiven ? null : 'REASON_REQUIRED') }],
};

export function decideNeedAction(status: NeedStatus, action: NeedAction, roles: readonly Role[], facts: NeedFacts) {
  return decide(RULES, status, action, roles, facts);
}

export function rolesFor(action: NeedAction): Role[] {
  return rolesForTable(RULES, action);
}
