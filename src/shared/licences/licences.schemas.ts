import { z } from 'zod';

/** The e-licences API's contract (docs/domain.md S16; docs/decisions.md D17). */

export const LICENCE_ALGORITHM = 'SM2-SM3';

/** valid; suspended (暂扣) until resumed; revoked (吊销、注销); superseded by a renewed version (延续). */
export const LICENCE_STATUSES = ['valid', 'suspended', 'revoked', 'superseded'] as const;

export const licenceSchema = z.object({
  id: z.uuid(),
  identifier: z.string(),
  type: z.object({ code: z.string(), name: z.string() }),
  number: z.string(),
  holder: z.object({ name: z.string(), idType: z.string(), idNumber: z.string() }),
  issuer: z.object({ name: z.string(), uscc: z.string(), departmentCode: z.string() }),
  issuedAt: z.string(),
  validUntil: z.string().nullable(),
  status: z.enum(LICENCE_STATUSES),
  revokedReason: z.string().nullable(),
  /** Why it is suspended (暂扣), while it is. */
  suspendedReason: z.string().nullable(),
  /** The renewed version that replaced it. */
  supersededBy: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
  signature: z.object({ sealId: z.string(), algorithm: z.literal(LICENCE_ALGORITHM), value: z.string() }),
  /** The exact text the signature covers. */
  canonical: z.string(),
  /** What the licence's QR code holds: the canonical text, the seal id and the signature. */
  qr: z.string(),
  caseId: z.uuid().nullable(),
});

export const licenceSummarySchema = licenceSchema.pick({
  id: true,
  identifier: true,
  type: true,
  number: true,
  issuer: true,
  issuedAt: true,
  validUntil: true,
  status: true,
  supersededBy: true,
});

export const licenceListSchema = z.object({ items: z.array(licenceSummarySchema), total: z.number(), page: z.number(), pageSize: z.number() });

export const licenceListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** 证照管理: the licences a department issued (every department's for administrators and supervisors). */
export const departmentLicenceQuery = z.strictObject({
  status: z.enum(LICENCE_STATUSES).optional(),
  /** Part of the holder's name, the licence number or the identifier. */
  q: z.string().trim().max(60).optional(),
  department: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/)
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const departmentLicenceListSchema = z.object({
  items: z.array(licenceSummarySchema.extend({ holderName: z.string(), suspendedReason: z.string().nullable(), revokedReason: z.string().nullable() })),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const revokeLicenceBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });
/** Suspending and resuming need a reason too; renewing does not. */
export const licenceReasonBody = revokeLicenceBody;

export const VERIFY_REASONS = [
  'valid',
  'tampered',
  'unknown_seal',
  'seal_revoked',
  'licence_revoked',
  'licence_suspended',
  'superseded',
  'expired',
  'bad_identifier',
] as const;

/** A QR payload (text) or the licence JSON as `GET /api/v1/licenses/{id}` gives it. */
export const verifyBody = z.strictObject({ payload: z.union([z.string().min(1).max(20_000), z.record(z.string(), z.unknown())]) });

export const verifyResultSchema = z.object({
  valid: z.boolean(),
  reason: z.enum(VERIFY_REASONS),
  licence: z
    .object({
      identifier: z.string(),
      type: z.string(),
      number: z.string(),
      holderName: z.string(),
      issuer: z.string(),
      issuedOn: z.string(),
      validUntil: z.string().nullable(),
    })
    .nullable(),
  seal: z.object({ sealId: z.string(), departmentNameZh: z.string(), departmentNameEn: z.string(), status: z.enum(['active', 'revoked']) }).nullable(),
});
