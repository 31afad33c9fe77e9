import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../platform/auth/roles';
import {
  CASE_ACTIONS,
  CASE_STATUSES,
  availableActions,
  decideTransition,
  joinLanes,
  resolveTarget,
  type CaseAction,
  type CaseFacts,
  type CaseStatus,
  type Target,
} from './cases.state';

/**
 * The lifecycle written out by hand, independently of the implementation's table: every
 * (action, role) pair that is allowed at all, with the statuses it is allowed from and where it
 * leads. Everything not listed must be refused with the exact error.
 */
const ALLOWED: Array<[CaseAction, Role, CaseStatus[], Target]> = [
  ['submit', 'citizen', ['draft'], 'submitted'],
  ['submit', 'enterprise', ['draft'], 'submitted'],
  ['submit', 'window_clerk', ['draft'], 'submitted'],
  ['precheck', 'window_clerk', ['submitted'], 'prechecked'],
  ['accept', 'window_clerk', ['submitted', 'prechecked'], 'accepted'],
  ['accept_with_deficiency', 'window_clerk', ['submitted', 'prechecked'], 'accepted'],
  ['reject', 'window_clerk', ['submitted', 'prechecked'], 'not_accepted'],
  ['request_correction', 'window_clerk', ['submitted', 'prechecked', 'accepted'], 'correction_requested'],
  ['request_correction', 'reviewer', ['routed'], 'correction_requested'],
  ['request_correction', 'approver', ['reviewed'], 'correction_requested'],
  ['resubmit', 'citizen', ['correction_requested'], 'resume'],
  ['resubmit', 'enterprise', ['correction_requested'], 'resume'],
  ['resubmit', 'window_clerk', ['correction_requested'], 'resume'],
  ['supply_materials', 'citizen', ['accepted', 'routed', 'reviewed', 'special_procedure'], 'stay'],
  ['supply_materials', 'enterprise', ['accepted', 'routed', 'reviewed', 'special_procedure'], 'stay'],
  ['supply_materials', 'window_clerk', ['accepted', 'routed', 'reviewed', 'special_procedure'], 'stay'],
  ['route', 'dispatcher', ['accepted'], 'routed'],
  ['reassign', 'dispatcher', ['routed', 'reviewed'], 'routed'],
  ['review', 'reviewer', ['routed'], 'join'],
  ['approve', 'approver', ['reviewed'], 'join'],
  ['deny', 'approver', ['reviewed'], 'join'],
  ['start_special', 'reviewer', ['routed'], 'special_procedure'],
  ['start_special', 'approver', ['reviewed'], 'special_procedure'],
  ['end_special', 'reviewer', ['special_procedure'], 'resume'],
  ['end_special', 'approver', ['special_procedure'], 'resume'],
  ['complete', 'approver', ['approved', 'denied'], 'completed'],
  ['complete', 'window_clerk', ['approved', 'denied', 'accepted'], 'completed'],
  ['issue', 'window_clerk', ['completed'], 'issued'],
  ['withdraw', 'citizen', ['draft', 'submitted', 'prechecked', 'correction_requested', 'accepted', 'routed', 'reviewed', 'special_procedure'], 'withdrawn'],
  ['withdraw', 'enterprise', ['draft', 'submitted', 'prechecked', 'correction_requested', 'accepted', 'routed', 'reviewed', 'special_procedure'], 'withdrawn'],
  ['return', 'dispatcher', ['accepted', 'routed', 'reviewed'], 'returned'],
  ['return', 'reviewer', ['routed'], 'returned'],
  ['return', 'approver', ['reviewed'], 'returned'],
];

const BASE: CaseFacts = { instant: false, deficiencyOutstanding: false, missingRequired: 0, missingPrimary: 0, laneStatus: null };

/** Facts under which every guard of the action passes. */
function passing(action: CaseAction): CaseFacts {
  switch (action) {
    case 'supply_materials':
      return { ...BASE, deficiencyOutstanding: true };
    case 'review':
      return { ...BASE, laneStatus: 'pending' };
    case 'approve':
    case 'deny':
      return { ...BASE, laneStatus: 'reviewed' };
    case 'complete':
      return { ...BASE, instant: true };
    default:
      return BASE;
  }
}

describe('case state machine: every action × status × role', () => {
  let checked = 0;
  for (const action of CASE_ACTIONS) {
    for (const role of ROLES) {
      const rows = ALLOWED.filter(([a, r]) => a === action && r === role);
      it(`${action} by ${role}`, () => {
        for (const status of CASE_STATUSES) {
          const got = decideTransition(status, action, [role], passing(action));
          checked++;
          if (rows.length === 0) {
            expect(got, `${status}`).toEqual({ ok: false, error: 'FORBIDDEN' });
          } else if (rows[0][2].includes(status)) {
            expect(got, `${status}`).toEqual({ ok: true, to: rows[0][3] });
          } else {
            expect(got, `${status}`).toMatchObject({ ok: false, error: 'INVALID_TRANSITION' });
            expect((got as { allowedFrom: CaseStatus[] }).allowedFrom.sort()).toEqual([...rows[0][2]].sort());
          }
        }
      });
    }
  }
  it('covered the whole table', () => {
    expect(checked).toBe(CASE_ACTIONS.length * ROLES.length * CASE_STATUSES.length);
  });

  it('has no action at all for supervisors, admins and hotline staff', () => {
    for (const role of ['supervisor', 'admin', 'hotline_agent', 'dept_handler', 'intermediary', 'agent'] as Role[]) {
      expect(availableActions('reviewed', [role], passing('approve'))).toEqual([]);
    }
  });
});

describe('guards', () => {
  it('accepts only with every required material, and 容缺 only with every 主件', () => {
    expect(decideTransition('submitted', 'accept', ['window_clerk'], { ...BASE, missingRequired: 1 })).toEqual({ ok: false, error: 'MATERIALS_INCOMPLETE' });
    expect(decideTransition('submitted', 'accept_with_deficiency', ['window_clerk'], { ...BASE, missingRequired: 2, missingPrimary: 1 })).toEqual({
      ok: false,
      error: 'PRIMARY_MATERIALS_MISSING',
    });
    expect(decideTransition('submitted', 'accept_with_deficiency', ['window_clerk'], { ...BASE, missingRequired: 2 })).toEqual({ ok: true, to: 'accepted' });
  });

  it('makes no decision while 容缺 materials are outstanding', () => {
    const f = { ...BASE, deficiencyOutstanding: true, laneStatus: 'reviewed' as const };
    expect(decideTransition('reviewed', 'approve', ['approver'], f)).toEqual({ ok: false, error: 'DEFICIENCY_OUTSTANDING' });
    expect(decideTransition('reviewed', 'deny', ['approver'], f)).toEqual({ ok: false, error: 'DEFICIENCY_OUTSTANDING' });
    expect(decideTransition('accepted', 'complete', ['window_clerk'], { ...f, instant: true })).toEqual({ ok: false, error: 'DEFICIENCY_OUTSTANDING' });
  });

  it('supplies materials only when some are owed', () => {
    expect(decideTransition('routed', 'supply_materials', ['citizen'], BASE)).toEqual({ ok: false, error: 'NO_DEFICIENCY' });
  });

  it('completes at the window straight after acceptance only for 即办件', () => {
    expect(decideTransition('accepted', 'complete', ['window_clerk'], BASE)).toEqual({ ok: false, error: 'NOT_INSTANT' });
    expect(decideTransition('approved', 'complete', ['window_clerk'], BASE)).toEqual({ ok: true, to: 'completed' });
  });

  it('lets each department review and decide its lane once, decision after review', () => {
    expect(decideTransition('routed', 'review', ['reviewer'], { ...BASE, laneStatus: 'reviewed' })).toEqual({ ok: false, error: 'LANE_ALREADY_DONE' });
    expect(decideTransition('reviewed', 'approve', ['approver'], { ...BASE, laneStatus: 'pending' })).toEqual({ ok: false, error: 'LANE_NOT_REVIEWED' });
    expect(decideTransition('reviewed', 'deny', ['approver'], { ...BASE, laneStatus: 'approved' })).toEqual({ ok: false, error: 'LANE_ALREADY_DONE' });
  });

  it('lists what a window clerk may do with a 即办件 just accepted', () => {
    expect(availableActions('accepted', ['window_clerk'], { ...BASE, instant: true })).toEqual(['request_correction', 'complete']);
  });
});

describe('会签 join', () => {
  it('waits for every lane, approves only when all approve', () => {
    expect(joinLanes(['pending', 'reviewed'])).toBe('routed');
    expect(joinLanes(['reviewed', 'approved'])).toBe('reviewed');
    expect(joinLanes(['approved', 'approved'])).toBe('approved');
    expect(joinLanes(['approved', 'denied'])).toBe('denied');
    expect(() => joinLanes([])).toThrow(RangeError);
  });

  it('resolves resume and stay', () => {
    expect(resolveTarget('resume', 'special_procedure', { resumeStatus: 'reviewed', lanes: [] })).toBe('reviewed');
    expect(resolveTarget('stay', 'routed', { resumeStatus: null, lanes: [] })).toBe('routed');
    expect(resolveTarget('join', 'routed', { resumeStatus: null, lanes: ['reviewed'] })).toBe('reviewed');
    expect(resolveTarget('routed', 'reviewed', { resumeStatus: null, lanes: ['approved'] })).toBe('routed');
    expect(() => resolveTarget('resume', 'correction_requested', { resumeStatus: null, lanes: [] })).toThrow();
  });
});
