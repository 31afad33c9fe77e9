import { allow, authorize, definePolicy } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';

/** Who may maintain the service places; reading them needs no sign-in. */
export const placesPolicy = definePolicy({
  'place.edit': [allow(['admin'])],
});

/**
 * Throws FORBIDDEN unless the actor may maintain places. Every changing service calls it first;
 * the admin routes also call it before validating a body, so that a forbidden caller gets 403, not
 * field errors.
 */
export function authorizePlaceEdit(actor: Actor): void {
  authorize(actor, placesPolicy, 'place.edit');
}
