import { allow, authorize, definePolicy, type ScopedRecord } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { BUNDLE_ERR } from './bundles.errors';

/**
 * Who reaches which bundle applications: applicants their own; the window, dispatchers,
 * supervisors and admins their region (city staff every region). What each may do to a member
 * case is still decided by the cases module's own rules when the bundle acts on it.
 */
export const bundlePolicy = definePolicy({
  'bundle.create': [allow(['citizen', 'enterprise', 'window_clerk'])],
  'bundle.view': [allow(['citizen', 'enterprise'], 'owner'), allow(['window_clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor', 'admin'], 'region')],
  accept: [allow(['window_clerk'], 'region')],
  request_correction: [allow(['window_clerk'], 'region')],
  resubmit: [allow(['citizen', 'enterprise'], 'owner'), allow(['window_clerk'], 'region')],
  issue: [allow(['window_clerk'], 'region')],
  withdraw: [allow(['citizen', 'enterprise'], 'owner')],
});
export type BundlePolicyAction = keyof typeof bundlePolicy;

export function bundleRecord(row: { region_code: string; applicant_user_id: string | null }): ScopedRecord {
  return { regionCode: row.region_code, departmentCodes: [], ownerId: row.applicant_user_id };
}

/** A bundle out of reach answers as a missing one does. */
export function authorizeBundle(actor: Actor, action: BundlePolicyAction, row: { region_code: string; applicant_user_id: string | null }): void {
  authorize(actor, bundlePolicy, action, bundleRecord(row), BUNDLE_ERR.BUNDLE_CASE_NOT_FOUND);
}
