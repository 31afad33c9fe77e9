import type { Role } from '../../platform/auth/roles';
import { availableActions as actionsAvailable, decide, rolesFor as tableRoles, type Decision, type Rule } from '../../platform/workflow/rules';
import { RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES, type RectificationAction, type RectificationStatus } from './ratings.schemas';

/**
 * The rectification (整改) of a 差评 as data (docs/domain.md S9; docs/architecture.md, "The workflow
 * engine"): the department records its return visit (回访) and its rectification; the applicant
 * re-rates it or declines to, which closes it. A department may instead appeal the rating as
 * mistaken or malicious; a supervisor upholds the appeal (the rating leaves the public figures and
 * the task ends as `excluded`) or rejects it (the task goes back to where it was).
 */

export { RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES };
export type { RectificationAction, RectificationStatus };

/** The department's people who answer for its 差评 (docs/domain.md §1: 承办人 rectify bad ratings; the back office too). */
export const DEPARTMENT_ROLES: readonly Role[] = ['dept_handler', 'reviewer', 'approver'];
/** The applicant, who re-rates or declines. */
export const APPLICANT_ROLES: readonly Role[] = ['citizen', 'enterprise'];

/** Where a rule leads: a status, or back to where the appeal began. */
export type Target = RectificationStatus | 'resume';

export interface RectificationFacts {
  /** A note (visit record, rectification result, appeal reason, decision reason) was given. */
  noteGiven: boolean;
  /** The rating was appealed before; one appeal per rating. */
  appealedBefore: boolean;
}

export type GuardError = 'NOTE_REQUIRED' | 'ALREADY_APPEALED';

const needsNote = (f: RectificationFacts): GuardError | null => (f.noteGiven ? null : 'NOTE_REQUIRED');

export const RULES: Readonly<Record<RectificationAction, readonly Rule<RectificationStatus, RectificationFacts, GuardError, Target>[]>> = {
  visit: [{ roles: DEPARTMENT_ROLES, from: ['open'], to: 'visited', guard: needsNote }],
  rectify: [{ roles: DEPARTMENT_ROLES, from: ['visited'], to: 'rectified', guard: needsNote }],
  appeal: [
    {
      roles: DEPARTMENT_ROLES,
      from: ['open', 'visited'],
      to: 'appealed',
      guard: (f) => (f.appealedBefore ? 'ALREADY_APPEALED' : needsNote(f)),
    },
  ],
  uphold_appeal: [{ roles: ['supervisor'], from: ['appealed'], to: 'excluded', guard: needsNote }],
  reject_appeal: [{ roles: ['supervisor'], from: ['appealed'], to: 'resume', guard: needsNote }],
  rerate: [{ roles: APPLICANT_ROLES, from: ['rectified'], to: 'closed' }],
  decline: [
    { roles: APPLICANT_ROLES, from: ['rectified'], to: 'closed' },
    // The department records that the applicant, asked on the return call, would not re-rate.
    { roles: DEPARTMENT_ROLES, from: ['rectified'], to: 'closed', guard: needsNote },
  ],
};

/** Statuses in which the task is finished: no light any more. */
export const FINISHED_STATUSES: readonly RectificationStatus[] = ['closed', 'excluded'];

export function decideRectification(status: RectificationStatus, action: RectificationAction, roles: readonly Role[], facts: RectificationFacts) {
  return decide(RULES, status, action, roles, facts) as Decision<RectificationStatus, GuardError, Target>;
}

/** Every role that appears in some rule of the action (the policy grants exactly these). */
export function rolesFor(action: RectificationAction): Role[] {
  return tableRoles(RULES, action);
}

/** The actions the roles could take now (the UI's buttons). */
export function availableActions(status: RectificationStatus, roles: readonly Role[], facts: RectificationFacts): RectificationAction[] {
  return actionsAvailable(RULES, RECTIFICATION_ACTIONS, status, roles, facts);
}
