import { allow, definePolicy } from '../../platform/auth/policy';

/** Who may maintain the service places; reading them needs no sign-in. */
export const placesPolicy = definePolicy({
  'place.edit': [allow(['admin'])],
});
