import { allow, definePolicy } from '../../platform/auth/policy';

/**
 * Who manages e-seals (docs/domain.md S17): the platform's administrators make and revoke them.
 * Reading a seal — its public key above all — needs no account, so anyone can verify a licence.
 * The issuing department's approvers revoke its licences.
 */
export const licencesPolicy = definePolicy<'seal.create' | 'seal.revoke' | 'licence.revoke'>({
  'seal.create': [allow(['admin'], 'all')],
  'seal.revoke': [allow(['admin'], 'all')],
  // A licence is revoked (吊销、注销) by the department that issued it, or by an administrator.
  'licence.revoke': [allow(['admin'], 'all'), allow(['approver'], 'department')],
});
