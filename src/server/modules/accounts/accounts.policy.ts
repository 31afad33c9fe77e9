import { allow, definePolicy } from '../../platform/auth/policy';

/**
 * Enterprise accounts: any account of an enterprise reads its registration; only its
 * administrator (the record's owner) invites and revokes staff.
 */
export const accountsPolicy = definePolicy({
  'enterprise.read': [allow(['enterprise'])],
  'enterprise.invite': [allow(['enterprise'], 'owner')],
});
