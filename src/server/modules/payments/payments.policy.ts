import { allow, authorize, can, definePolicy, allowByScope, type Grant, type Scope, type ScopedRecord } from '../../platform/auth/policy';
import type { Actor, Role } from '../../platform/auth/roles';
import { PAYMENT_ERR } from './payments.errors';
import { PAYMENT_ACTIONS, rolesFor } from './payments.state';
import type { PaymentAction } from '../../../shared/payments/payments.enums';

/**
 * Who may do what with payment orders (docs/decisions.md D30). The payer reaches their own orders;
 * window clerks, dispatchers, supervisors and admins their region's (city staff every region); the
 * item's department's reviewers and approvers its orders. Reading a case's order through the case
 * follows the case page's own rule (the cases door's `authorizeCaseRead`). Reconciliations are for
 * supervisors and admins; an admin re-runs one. Which role may take which action comes from the
 * rule table (payments.state.ts).
 */
const SCOPE_OF: Partial<Record<Role, Scope>> = {
  citizen: 'owner',
  enterprise: 'owner',
  window_clerk: 'region',
  dispatcher: 'region',
  supervisor: 'region',
  admin: 'region',
  reviewer: 'department',
  approver: 'department',
};

const grantsFor = (roles: readonly Role[]): Grant[] => allowByScope(roles, SCOPE_OF, 'payment');

const VIEWERS: Role[] = ['citizen', 'enterprise', 'window_clerk', 'dispatcher', 'supervisor', 'admin', 'reviewer', 'approver'];

type PolicyAction = PaymentAction | 'payment.view' | 'payment.reconciliations' | 'payment.reconcile';

export const paymentPolicy = definePolicy<PolicyAction>({
  'payment.view': grantsFor(VIEWERS),
  'payment.reconciliations': [allow(['supervisor', 'admin'])],
  'payment.reconcile': [allow(['admin'])],
  ...(Object.fromEntries(PAYMENT_ACTIONS.map((a) => [a, grantsFor(rolesFor(a))])) as Record<PaymentAction, Grant[]>),
});

export interface PaymentScope {
  region_code: string;
  department_code: string;
  applicant_user_id: string | null;
}

export function paymentRecord(row: PaymentScope): ScopedRecord {
  return { regionCode: row.region_code, departmentCode: row.department_code, ownerId: row.applicant_user_id };
}

/** Checks the actor may take the action on the order; one out of reach is PAYMENT_NOT_FOUND, like a missing one. */
export function authorizePayment(actor: Actor, action: PolicyAction, row: PaymentScope): void {
  authorize(actor, paymentPolicy, action, paymentRecord(row), PAYMENT_ERR.PAYMENT_NOT_FOUND);
}

/** The actions the actor may take on the order, as far as roles and reach go (the table decides the rest). */
export function mayTake(actor: Actor, action: PaymentAction, row: PaymentScope): boolean {
  return can(actor, paymentPolicy, action, paymentRecord(row));
}

/** Checks the actor may read reconciliations (supervisors, admins). */
export function authorizeReconciliations(actor: Actor | null): void {
  authorize(actor, paymentPolicy, 'payment.reconciliations');
}

/** Checks the actor may re-run a day's reconciliation (admins). */
export function authorizeReconcile(actor: Actor | null): void {
  authorize(actor, paymentPolicy, 'payment.reconcile');
}
