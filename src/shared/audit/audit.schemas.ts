import { z } from 'zod';

/**
 * The audit API: the hash-chained event log (`GET /api/v1/audit/events`), the chain check
 * (`POST /api/v1/audit/verify`) and the signed checkpoints (`/api/v1/audit/checkpoints…`).
 */

/** The `format` of a checkpoint file; a file of another format is refused. */
export const CHECKPOINT_FORMAT = 'tongban-audit-checkpoint/1';

// Years 1–9999 only: PGlite cannot take a JS Date outside them (toISOString gives "+275760-…").
const instant = z.coerce.date().min(new Date('0001-01-01T00:00:00Z')).max(new Date('9999-12-31T23:59:59.999Z'));

export const auditEventsQuery = z.strictObject({
  chain: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  subjectType: z.string().max(50).optional(),
  subjectId: z.string().max(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEventSchema = z.object({
  id: z.number(),
  chain: z.string(),
  seq: z.number(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  regionCode: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
  hash: z.string(),
});

export const auditEventPageSchema = z.object({ items: z.array(auditEventSchema), total: z.number() });

/** What is wrong with a chain: an altered row, a row that does not link, rows missing, or a head that disagrees. */
export const chainProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hash_mismatch'), seq: z.number() }),
  z.object({ kind: z.literal('broken_link'), seq: z.number() }),
  z.object({ kind: z.literal('missing_rows'), afterSeq: z.number(), nextSeq: z.number() }),
  z.object({ kind: z.literal('head_mismatch'), headSeq: z.number(), lastSeq: z.number() }),
]);
export type ChainProblem = z.infer<typeof chainProblemSchema>;

export const verifyBody = z.strictObject({ chain: z.string().max(100).optional() }).default({});

export const verifyResponse = z.object({
  ok: z.boolean(),
  chains: z.number(),
  rows: z.number(),
  broken: z.array(z.object({ chain: z.string(), problems: z.array(chainProblemSchema) })),
  /** Cases and tickets whose chain is gone altogether (events and head erased). */
  missingChains: z.array(z.string()),
});

const headsSchema = z.record(z.string().max(200), z.tuple([z.number().int().nonnegative(), z.string().regex(/^[0-9a-f]{64}$/)]));

/** A signed checkpoint as exported (and as sent back to be checked). */
export const checkpointFileSchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  id: z.number().int(),
  createdAt: z.string().max(40),
  chains: z.number().int(),
  heads: headsSchema,
  digest: z.string().max(200),
  signature: z.string().max(400),
  publicKey: z.string().max(200),
});

export const checkpointCheckSchema = z.object({
  ok: z.boolean(),
  /** The digest matches the heads and the signature the digest. */
  signatureValid: z.boolean(),
  /** Signed by this platform's current checkpoint key. */
  keyMatches: z.boolean(),
  chains: z.number(),
  /** Chains whose signed head row is gone. */
  missing: z.array(z.object({ chain: z.string(), seq: z.number() })),
  /** Chains whose row at the signed seq now has another hash (rewritten). */
  changed: z.array(z.object({ chain: z.string(), seq: z.number() })),
});
