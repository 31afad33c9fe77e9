import { allow, definePolicy } from '../../platform/auth/policy';

/**
 * Who manages e-seals (docs/domain.md S17): the platform's administrators make and revoke them.
 * Reading a seal — its public key above all — needs no account, so anyone can verify a licence.
 * The issuing department's approvers revoke its licences.
 */
// A licence is revoked (吊销、注销), suspended (暂扣) and resumed, or renewed (延续) by the department
// that issued it, or by an administrator.
const issuingDepartment = [allow(['admin'], 'all'), allow(['approver'], 'department')];

export const licencesPolicy = definePolicy<'seal.create' | 'seal.revoke' | 'licence.revoke' | 'licence.suspend' | 'licence.resume' | 'licence.renew'>({
  'seal.create': [allow(['admin'], 'all')],
  'seal.revoke': [allow(['admin'], 'all')],
  'licence.revoke': issuingDepartment,
  'licence.suspend': issuingDepartment,
  'licence.resume': issuingDepartment,
  'licence.renew': issuingDepartment,
});
