import { allow, authorize, definePolicy } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';

/** Who enrols, lists and revokes the halls' kiosks: whoever maintains the places (docs/decisions.md D32). */
export const kioskPolicy = definePolicy({
  'kiosk.manage': [allow(['admin'])],
});

/** Throws FORBIDDEN unless the actor may manage kiosks; the admin routes call it before validating a body. */
export function authorizeKioskManage(actor: Actor): void {
  authorize(actor, kioskPolicy, 'kiosk.manage');
}
