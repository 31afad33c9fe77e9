import { allow, definePolicy } from '../../platform/auth/policy';

/**
 * Who manages e-seals (docs/domain.md S17): the platform's administrators make and revoke them.
 * Reading a seal — its public key above all — needs no account, so anyone can verify a licence.
 */
export const licencesPolicy = definePolicy<'seal.create' | 'seal.revoke'>({
  'seal.create': [allow(['admin'], 'all')],
  'seal.revoke': [allow(['admin'], 'all')],
});
