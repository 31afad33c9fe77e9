import { describe, expect, it } from 'vitest';
import { checkAgainstOracle } from '../../../../test/helpers/workflow-oracle';
import { ROLES } from '../../platform/auth/roles';
import type { CaseChargeChange } from '../cases';
import { endsUncharged, linesOf, reachesChargePoint } from './payments.orders';
import { decidePayment, PAYMENT_ACTIONS, PAYMENT_STATUSES, RULES } from './payments.state';

/** A payment order's lifecycle written out by hand (docs/decisions.md D30), independently of the table. */
const allowed = [
  ...(['citizen', 'enterprise', 'window_clerk'] as const).map((r) => ['checkout', r, ['pending'], 'pending'] as const),
  ...(['window_clerk', 'reviewer', 'approver'] as const).map((r) => ['waive', r, ['pending'], 'waived'] as const),
  ...(['window_clerk', 'approver'] as const).map((r) => ['refund', r, ['paid'], 'refunded'] as const),
];
const passing = { amountFen: 2000, waived: false, afterWaiverFen: 0 };

describe('the payment order rule table', () => {
  it('agrees with the hand-written lifecycle for every action × role × status', () => {
    const { checked, mismatches } = checkAgainstOracle(RULES, {
      statuses: PAYMENT_STATUSES,
      actions: PAYMENT_ACTIONS,
      roles: ROLES,
      allowed,
      passing: () => passing,
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBe(PAYMENT_ACTIONS.length * ROLES.length * PAYMENT_STATUSES.length);
  });

  it('guards: nothing owed cannot be paid; one waiver per order, which leaves the order pending while something is still owed', () => {
    expect(decidePayment('pending', 'checkout', ['citizen'], { ...passing, amountFen: 0 })).toEqual({ ok: false, error: 'NOTHING_TO_PAY' });
    expect(decidePayment('pending', 'waive', ['window_clerk'], { ...passing, waived: true })).toEqual({ ok: false, error: 'WAIVER_ALREADY_APPLIED' });
    expect(decidePayment('pending', 'waive', ['reviewer'], { ...passing, afterWaiverFen: 1000 })).toEqual({ ok: true, to: 'pending' });
    expect(decidePayment('paid', 'refund', ['citizen'], passing)).toEqual({ ok: false, error: 'FORBIDDEN' });
  });
});

describe('the charging point', () => {
  const change = (over: Partial<CaseChargeChange>): CaseChargeChange =>
    ({
      fee: { charged: true, items: [{ name: '不动产登记费（住宅类）', standard: '80元/件', amountYuan: 80, basis: '发改价格规〔2016〕2559号' }] },
      from: 'submitted',
      to: 'accepted',
      decision: null,
      ...over,
    }) as CaseChargeChange;

  it('is acceptance unless the item says before issue, which charges once the case is approved', () => {
    expect(reachesChargePoint(change({}))).toBe(true);
    expect(reachesChargePoint(change({ from: 'correction_requested' }))).toBe(false);
    const beforeIssue = { charged: true, chargeAt: 'before_issue' as const, items: change({}).fee.items };
    expect(reachesChargePoint(change({ fee: beforeIssue }))).toBe(false);
    expect(reachesChargePoint(change({ fee: beforeIssue, from: 'approved', to: 'completed', decision: 'approved' }))).toBe(true);
    expect(reachesChargePoint(change({ fee: beforeIssue, from: 'denied', to: 'completed', decision: 'denied' }))).toBe(false);
  });

  it('ends uncharged when the case ends without a result', () => {
    for (const to of ['not_accepted', 'withdrawn', 'returned'] as const) expect(endsUncharged(change({ to }))).toBe(true);
    expect(endsUncharged(change({ to: 'completed', decision: 'denied' }))).toBe(true);
    expect(endsUncharged(change({ to: 'completed', decision: 'approved' }))).toBe(false);
  });

  it('makes lines in fen from the item’s yuan', () => {
    expect(linesOf({ charged: true, items: [{ name: 'a', standard: '0.5元', amountYuan: 0.5, basis: 'b', waiverFor: ['extreme_poverty'] }] })).toEqual([
      { name: 'a', standard: '0.5元', basis: 'b', amountFen: 50, waivable: ['extreme_poverty'], waiver: null, dueFen: 50 },
    ]);
  });
});
