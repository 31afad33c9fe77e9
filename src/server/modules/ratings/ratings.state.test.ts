import { describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/auth/roles';
import { checkAgainstOracle } from '../../../../test/helpers/workflow-oracle';
import { decideRectification, RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES, RULES } from './ratings.state';

/** The rectification lifecycle written out by hand (docs/domain.md S9), independently of the table. */
const DEPT = ['dept_handler', 'reviewer', 'approver'] as const;
const APPLICANTS = ['citizen', 'enterprise'] as const;

const allowed = [
  ...DEPT.map((r) => ['visit', r, ['open'], 'visited'] as const),
  ...DEPT.map((r) => ['rectify', r, ['visited'], 'rectified'] as const),
  ...DEPT.map((r) => ['appeal', r, ['open', 'visited'], 'appealed'] as const),
  ['uphold_appeal', 'supervisor', ['appealed'], 'excluded'] as const,
  ['reject_appeal', 'supervisor', ['appealed'], 'resume'] as const,
  ...APPLICANTS.map((r) => ['rerate', r, ['rectified'], 'closed'] as const),
  ...APPLICANTS.map((r) => ['decline', r, ['rectified'], 'closed'] as const),
  ...DEPT.map((r) => ['decline', r, ['rectified'], 'closed'] as const),
];

describe('the rectification rule table', () => {
  it('agrees with the hand-written lifecycle for every action × role × status', () => {
    const { checked, mismatches } = checkAgainstOracle(RULES, {
      statuses: RECTIFICATION_STATUSES,
      actions: RECTIFICATION_ACTIONS,
      roles: ROLES,
      allowed,
      passing: () => ({ noteGiven: true, appealedBefore: false }),
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBe(RECTIFICATION_ACTIONS.length * ROLES.length * RECTIFICATION_STATUSES.length);
  });

  it('guards: a department step needs a note, an applicant declines without one, one appeal per rating', () => {
    const none = { noteGiven: false, appealedBefore: false };
    expect(decideRectification('open', 'visit', ['dept_handler'], none)).toEqual({ ok: false, error: 'NOTE_REQUIRED' });
    expect(decideRectification('rectified', 'decline', ['citizen'], none)).toEqual({ ok: true, to: 'closed' });
    expect(decideRectification('rectified', 'decline', ['reviewer'], none)).toEqual({ ok: false, error: 'NOTE_REQUIRED' });
    expect(decideRectification('visited', 'appeal', ['reviewer'], { noteGiven: true, appealedBefore: true })).toEqual({
      ok: false,
      error: 'ALREADY_APPEALED',
    });
    expect(decideRectification('appealed', 'uphold_appeal', ['supervisor'], none)).toEqual({ ok: false, error: 'NOTE_REQUIRED' });
  });
});
