import type { Role } from '../../platform/auth/roles';
import { decide, rolesFor as rolesOf, type Rule } from '../../platform/workflow/rules';
import { PAYMENT_ACTIONS, PAYMENT_STATUSES, type PaymentAction, type PaymentStatus } from '../../../shared/payments/payments.enums';

/**
 * A payment order's rule table (docs/architecture.md, "The workflow engine"; docs/decisions.md
 * D30): the payer or a window clerk starts a payment at the gateway while something is owed; staff
 * of the item's department (or the window) apply a waiver the fee standard allows, which ends the
 * order as `waived` when nothing is left; staff refund a paid order. `paid` (the gateway's signed
 * notification) and `cancelled` (the case ended unissued) are the system's: stored with the
 * engine's `commit`, so they are not table actions.
 */
export { PAYMENT_ACTIONS, PAYMENT_STATUSES };

export interface PaymentFacts {
  /** Fen left to pay. */
  amountFen: number;
  /** A waiver was already applied. */
  waived: boolean;
  /** Fen that the waiver being asked for would leave (for `waive`'s target). */
  afterWaiverFen: number;
}

export type PaymentGuardError = 'NOTHING_TO_PAY' | 'WAIVER_ALREADY_APPLIED';
export type PaymentTarget = PaymentStatus;

export const PAYER_ROLES: readonly Role[] = ['citizen', 'enterprise'];
/** Staff who take fees, apply waivers and refund: the window, and the item's department. */
export const CASHIER_ROLES: readonly Role[] = ['window_clerk'];
export const WAIVER_ROLES: readonly Role[] = ['window_clerk', 'reviewer', 'approver'];
export const REFUND_ROLES: readonly Role[] = ['window_clerk', 'approver'];

const owing = (f: PaymentFacts): PaymentGuardError | null => (f.amountFen > 0 ? null : 'NOTHING_TO_PAY');

type PaymentRule = Rule<PaymentStatus, PaymentFacts, PaymentGuardError, PaymentTarget>;

export const RULES: Readonly<Record<PaymentAction, readonly PaymentRule[]>> = {
  checkout: [{ roles: [...PAYER_ROLES, ...CASHIER_ROLES], from: ['pending'], to: 'pending', guard: owing }],
  waive: [
    {
      roles: WAIVER_ROLES,
      from: ['pending'],
      to: (f) => (f.afterWaiverFen === 0 ? 'waived' : 'pending'),
      guard: (f) => (f.waived ? 'WAIVER_ALREADY_APPLIED' : null),
    },
  ],
  refund: [{ roles: REFUND_ROLES, from: ['paid'], to: 'refunded' }],
};

export function decidePayment(status: PaymentStatus, action: PaymentAction, roles: readonly Role[], facts: PaymentFacts) {
  return decide(RULES, status, action, roles, facts);
}

/** Roles the table lets take the action (the policy grants exactly these). */
export function rolesFor(action: PaymentAction): Role[] {
  return rolesOf(RULES, action);
}
