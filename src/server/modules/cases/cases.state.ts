import type { Role } from '../../platform/auth/roles';
import {
  availableActions as actionsAvailable,
  decide,
  rolesFor as tableRoles,
  type Decision as WorkflowDecision,
  type Rule as WorkflowRule,
} from '../../platform/workflow/rules';

/**
 * The case lifecycle of docs/domain.md §5 as data: which action moves a case from which status, and
 * who may take it. Pure — no I/O — so the whole table is unit-tested; the services only apply
 * what `decideTransition` allows.
 */

// The status and action names are shared with the web app (src/shared/README.md).
import { CASE_ACTIONS, CASE_STATUSES } from '../../../shared/cases/cases.enums';
export { CASE_ACTIONS, CASE_STATUSES };
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Statuses after which nothing happens to a case any more (ratings come from their own module). */
export const CLOSED_STATUSES: readonly CaseStatus[] = ['issued', 'not_accepted', 'withdrawn', 'returned'];

/** Who applies: the signed-in citizen or enterprise the case belongs to. */
export const APPLICANT_ROLES: readonly Role[] = ['citizen', 'enterprise'];

/** Where a transition leads: a status, back to where a pause began, or wherever the lanes join. */
export type Target = CaseStatus | 'resume' | 'join' | 'stay';

/** Per-department progress inside the back office (会签 lanes). */
export type LaneStatus = 'pending' | 'reviewed' | 'approved' | 'denied';

/** What the rules need to know besides the status. */
export interface CaseFacts {
  instant: boolean;
  /** 容缺: secondary materials still owed. */
  deficiencyOutstanding: boolean;
  /** Required materials (主件 or 辅件) with no file. */
  missingRequired: number;
  /** Required 主件 with no file. */
  missingPrimary: number;
  /** The lane of the actor's department, when the case is routed to it. */
  laneStatus: LaneStatus | null;
  /** A fee still owed (loaded for 出件 only, docs/decisions.md D30): the result waits until it is paid or waived. */
  unpaidFee?: { orderNo: string; amountYuan: string } | null;
}

export type GuardError =
  | 'MATERIALS_INCOMPLETE'
  | 'PRIMARY_MATERIALS_MISSING'
  | 'DEFICIENCY_OUTSTANDING'
  | 'NO_DEFICIENCY'
  | 'NOT_INSTANT'
  | 'LANE_ALREADY_DONE'
  | 'LANE_NOT_REVIEWED'
  | 'PAYMENT_OUTSTANDING';

type Rule = WorkflowRule<CaseStatus, CaseFacts, GuardError, Target>;

const OPEN_BEFORE_DECISION: readonly CaseStatus[] = ['submitted', 'prechecked', 'correction_requested', 'accepted', 'routed', 'reviewed', 'special_procedure'];
const AFTER_ACCEPTANCE: readonly CaseStatus[] = ['accepted', 'routed', 'reviewed', 'special_procedure'];

const noDeficiency = (f: CaseFacts): GuardError | null => (f.deficiencyOutstanding ? 'DEFICIENCY_OUTSTANDING' : null);

/** The table. Several rules per action when different roles act from different statuses. */
export const RULES: Readonly<Record<CaseAction, readonly Rule[]>> = {
  submit: [{ roles: [...APPLICANT_ROLES, 'window_clerk'], from: ['draft'], to: 'submitted' }],
  precheck: [{ roles: ['window_clerk'], from: ['submitted'], to: 'prechecked' }],
  accept: [
    { roles: ['window_clerk'], from: ['submitted', 'prechecked'], to: 'accepted', guard: (f) => (f.missingRequired > 0 ? 'MATERIALS_INCOMPLETE' : null) },
  ],
  accept_with_deficiency: [
    { roles: ['window_clerk'], from: ['submitted', 'prechecked'], to: 'accepted', guard: (f) => (f.missingPrimary > 0 ? 'PRIMARY_MATERIALS_MISSING' : null) },
  ],
  reject: [{ roles: ['window_clerk'], from: ['submitted', 'prechecked'], to: 'not_accepted' }],
  request_correction: [
    { roles: ['window_clerk'], from: ['submitted', 'prechecked', 'accepted'], to: 'correction_requested' },
    { roles: ['reviewer'], from: ['routed'], to: 'correction_requested' },
    { roles: ['approver'], from: ['reviewed'], to: 'correction_requested' },
  ],
  resubmit: [{ roles: [...APPLICANT_ROLES, 'window_clerk'], from: ['correction_requested'], to: 'resume' }],
  supply_materials: [
    { roles: [...APPLICANT_ROLES, 'window_clerk'], from: AFTER_ACCEPTANCE, to: 'stay', guard: (f) => (f.deficiencyOutstanding ? null : 'NO_DEFICIENCY') },
  ],
  route: [{ roles: ['dispatcher'], from: ['accepted'], to: 'routed' }],
  reassign: [{ roles: ['dispatcher'], from: ['routed', 'reviewed'], to: 'routed' }],
  review: [{ roles: ['reviewer'], from: ['routed'], to: 'join', guard: (f) => (f.laneStatus === 'pending' ? null : 'LANE_ALREADY_DONE') }],
  approve: [{ roles: ['approver'], from: ['reviewed'], to: 'join', guard: decisionGuard }],
  deny: [{ roles: ['approver'], from: ['reviewed'], to: 'join', guard: decisionGuard }],
  start_special: [
    { roles: ['reviewer'], from: ['routed'], to: 'special_procedure' },
    { roles: ['approver'], from: ['reviewed'], to: 'special_procedure' },
  ],
  end_special: [{ roles: ['reviewer', 'approver'], from: ['special_procedure'], to: 'resume' }],
  complete: [
    { roles: ['approver', 'window_clerk'], from: ['approved', 'denied'], to: 'completed' },
    { roles: ['window_clerk'], from: ['accepted'], to: 'completed', guard: (f) => (!f.instant ? 'NOT_INSTANT' : noDeficiency(f)) },
  ],
  issue: [{ roles: ['window_clerk'], from: ['completed'], to: 'issued', guard: (f) => (f.unpaidFee ? 'PAYMENT_OUTSTANDING' : null) }],
  withdraw: [{ roles: APPLICANT_ROLES, from: ['draft', ...OPEN_BEFORE_DECISION], to: 'withdrawn' }],
  return: [
    { roles: ['dispatcher'], from: ['accepted', 'routed', 'reviewed'], to: 'returned' },
    { roles: ['reviewer'], from: ['routed'], to: 'returned' },
    { roles: ['approver'], from: ['reviewed'], to: 'returned' },
  ],
};

function decisionGuard(f: CaseFacts): GuardError | null {
  if (f.deficiencyOutstanding) return 'DEFICIENCY_OUTSTANDING';
  if (f.laneStatus === 'pending') return 'LANE_NOT_REVIEWED';
  return f.laneStatus === 'reviewed' ? null : 'LANE_ALREADY_DONE';
}

export type Decision = WorkflowDecision<CaseStatus, GuardError, Target>;

/** Whether `roles` may take `action` on a case in `status` (docs/architecture.md, "The workflow engine"). */
export function decideTransition(status: CaseStatus, action: CaseAction, roles: readonly Role[], facts: CaseFacts): Decision {
  return decide(RULES, status, action, roles, facts);
}

/** Every role that appears in some rule of the action (the policy grants exactly these). */
export function rolesFor(action: CaseAction): Role[] {
  return tableRoles(RULES, action);
}

/**
 * Guards that hold an action back for a while rather than rule it out: the case page shows the
 * action held with the reason (出件 waiting for the fee, docs/decisions.md D30) instead of hiding it.
 */
const HOLDING_GUARDS: readonly GuardError[] = ['PAYMENT_OUTSTANDING'];

/** The actions the roles could take now but for a holding guard, with the guard that holds each. */
export function heldActions(status: CaseStatus, roles: readonly Role[], facts: CaseFacts): Array<{ action: CaseAction; error: GuardError }> {
  return CASE_ACTIONS.flatMap((action) => {
    const d = decideTransition(status, action, roles, facts);
    return !d.ok && HOLDING_GUARDS.includes(d.error as GuardError) ? [{ action, error: d.error as GuardError }] : [];
  });
}

/** The actions the roles could take now, given the facts. */
export function availableActions(status: CaseStatus, roles: readonly Role[], facts: CaseFacts): CaseAction[] {
  return actionsAvailable(RULES, CASE_ACTIONS, status, roles, facts);
}

/**
 * Where the lanes of a routed case stand: still reviewing (`routed`), all reviewed and waiting for
 * decisions (`reviewed`), or joined into one decision — approved only when every lane approved.
 */
export function joinLanes(lanes: readonly LaneStatus[]): 'routed' | 'reviewed' | 'approved' | 'denied' {
  if (lanes.length === 0) throw new RangeError('a routed case has at least one lane');
  if (lanes.some((l) => l === 'pending')) return 'routed';
  if (lanes.some((l) => l === 'reviewed')) return 'reviewed';
  return lanes.every((l) => l === 'approved') ? 'approved' : 'denied';
}

/** Resolves a rule's target into the status the case ends in. */
export function resolveTarget(target: Target, current: CaseStatus, ctx: { resumeStatus: CaseStatus | null; lanes: readonly LaneStatus[] }): CaseStatus {
  if (target === 'stay') return current;
  if (target === 'join') return joinLanes(ctx.lanes);
  if (target === 'resume') {
    if (!ctx.resumeStatus) throw new Error(`case in ${current} has no status to resume`);
    return ctx.resumeStatus;
  }
  return target;
}
