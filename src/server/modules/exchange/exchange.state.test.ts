import { describe, expect, it } from 'vitest';
import { checkAgainstOracle } from '../../../../test/helpers/workflow-oracle';
import { ROLES } from '../../platform/auth/roles';
import { decideNeedAction, NEED_ACTIONS, NEED_STATUSES, RULES } from './exchange.state';

/** A data need's lifecycle written out by hand (docs/domain.md §11), independently of the table. */
const DECIDERS = ['approver', 'dept_head'] as const;
const allowed = [
  ...DECIDERS.map((r) => ['approve', r, ['pending'], 'approved'] as const),
  ...DECIDERS.map((r) => ['refuse', r, ['pending'], 'refused'] as const),
];

describe('the data-need rule table', () => {
  it('agrees with the hand-written lifecycle for every action × role × status', () => {
    const { checked, mismatches } = checkAgainstOracle(RULES, {
      statuses: NEED_STATUSES,
      actions: NEED_ACTIONS,
      roles: ROLES,
      allowed,
      passing: () => ({ extraFields: [], reasonGiven: true }),
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBe(NEED_ACTIONS.length * ROLES.length * NEED_STATUSES.length);
  });

  it('guards: an approval gives no field that was not requested; a refusal needs a reason', () => {
    expect(decideNeedAction('pending', 'approve', ['approver'], { extraFields: ['address'], reasonGiven: false })).toEqual({
      ok: false,
      error: 'FIELDS_NOT_REQUESTED',
    });
    expect(decideNeedAction('pending', 'refuse', ['dept_head'], { extraFields: [], reasonGiven: false })).toEqual({ ok: false, error: 'REASON_REQUIRED' });
    expect(decideNeedAction('pending', 'approve', ['approver'], { extraFields: [], reasonGiven: false })).toEqual({ ok: true, to: 'approved' });
    expect(decideNeedAction('approved', 'refuse', ['approver'], { extraFields: [], reasonGiven: true })).toMatchObject({
      ok: false,
      error: 'INVALID_TRANSITION',
    });
    expect(decideNeedAction('pending', 'approve', ['reviewer'], { extraFields: [], reasonGiven: true })).toEqual({ ok: false, error: 'FORBIDDEN' });
  });
});
