import { z } from 'zod';
import { isIsoDate } from '../dates';

/**
 * The e-seals API's contract (docs/domain.md S17): a seal as anyone may read it (no private key,
 * ever), and what an administrator sends to make or revoke one.
 */

export const SEAL_KINDS = ['official', 'licence', 'approval'] as const;
export type SealKindWire = (typeof SEAL_KINDS)[number];

export const sealSchema = z.object({
  /** 14 digits: the issuer's region code and a serial. */
  sealId: z.string(),
  departmentCode: z.string(),
  departmentNameZh: z.string(),
  departmentNameEn: z.string(),
  holderUscc: z.string(),
  name: z.string(),
  kind: z.enum(SEAL_KINDS),
  algorithm: z.literal('SM2-SM3'),
  /** Uncompressed SM2 public key, 130 hex digits starting 04. */
  publicKey: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  maker: z.string(),
  status: z.enum(['active', 'revoked']),
  revokedAt: z.date().nullable(),
  revokedReason: z.string().nullable(),
  /** The seal's image (SVG), drawn from the record. */
  imageUrl: z.string(),
});

export const sealListSchema = z.object({ items: z.array(sealSchema) });

// A real calendar date: 2026-02-30 has the shape but is no day (it made a 500 further in).
const isoDate = z.string().refine(isIsoDate, 'YYYY-MM-DD');

export const createSealBody = z.strictObject({
  departmentCode: z.string().trim().min(1).max(60),
  /** The department's unified social credit code (checked). */
  holderUscc: z.string().trim().length(18),
  name: z.string().trim().min(2).max(40),
  kind: z.enum(SEAL_KINDS),
  validFrom: isoDate,
  validTo: isoDate,
  maker: z.string().trim().min(2).max(60),
});

export const revokeSealBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });
