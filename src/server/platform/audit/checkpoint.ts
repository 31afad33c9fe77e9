import { sql, type Kysely } from 'kysely';
import smCrypto from 'sm-crypto';
import type { z } from 'zod';
import { CHECKPOINT_FORMAT, type checkpointCheckSchema, type checkpointFileSchema } from '../../../shared/audit/audit.schemas';
import type { Config } from '../../config';
import type { DB } from '../../db/types';
import { readOrCreateKeyFile } from '../key-file';
import { canonicalJson } from './chain';

/**
 * Signed checkpoints of the audit chains. A checkpoint is the set of every chain head (chain →
 * [seq, hash]) at one moment, its SM3 digest and an SM2 signature by the platform's checkpoint
 * key. Exported and kept outside the database, a checkpoint file proves what the chains held
 * then: if anyone with database access later rewrites a chain (even recomputing every hash) or
 * drops one, the heads in the file no longer match. See docs/audit-chain.md.
 *
 * The key: TONGBAN_CHECKPOINT_KEY (the SM2 private key, 64 hex digits) when set — what a cluster
 * uses, so every node signs with one key; otherwise a key pair generated once into
 * `<data dir>/keys/audit-checkpoint.sm2` (mode 0600).
 */

export interface CheckpointKey {
  privateKey: string;
  publicKey: string;
}

/** The exported file; its schema is shared with the web app (src/shared/README.md). */
export type CheckpointFile = z.infer<typeof checkpointFileSchema>;

/** The checkpoint key from config, or from (or newly into) the key file under the data dir. */
export function loadCheckpointKey(config: Pick<Config, 'checkpointKey' | 'dataDir'>): CheckpointKey {
  if (config.checkpointKey) return { privateKey: config.checkpointKey, publicKey: smCrypto.sm2.getPublicKeyFromPrivateKey(config.checkpointKey) };
  const privateKey = readOrCreateKeyFile(config.dataDir, 'audit-checkpoint.sm2', () => smCrypto.sm2.generateKeyPairHex().privateKey);
  return { privateKey, publicKey: smCrypto.sm2.getPublicKeyFromPrivateKey(privateKey) };
}

/** SM3 over what a checkpoint asserts: when, and every head. */
export function checkpointDigest(createdAt: string, heads: Record<string, [number, string]>): string {
  return smCrypto.sm3(canonicalJson({ format: CHECKPOINT_FORMAT, createdAt, heads }));
}

async function currentHeads(db: Kysely<DB>): Promise<Record<string, [number, string]>> {
  const rows = await db.selectFrom('chain_heads').select(['chain', 'seq', 'hash']).where('seq', '>', 0).orderBy('chain').execute();
  return Object.fromEntries(rows.map((r) => [r.chain, [Number(r.seq), r.hash] as [number, string]]));
}

function toFile(r: {
  id: number;
  created_at: Date;
  chains: number;
  heads: Record<string, [number, string]>;
  digest: string;
  signature: string;
  public_key: string;
}): CheckpointFile {
  return {
    format: CHECKPOINT_FORMAT,
    id: Number(r.id),
    createdAt: new Date(r.created_at).toISOString(),
    chains: r.chains,
    heads: r.heads,
    digest: r.digest,
    signature: r.signature,
    publicKey: r.public_key,
  };
}

/**
 * Signs the current chain heads into a new checkpoint row, unless nothing was appended since the
 * last one (then returns that one).
 */
export async function createCheckpoint(db: Kysely<DB>, key: CheckpointKey, now = new Date()): Promise<CheckpointFile> {
  const heads = await currentHeads(db);
  const last = await findLatestCheckpoint(db);
  if (last && last.publicKey === key.publicKey && canonicalJson(last.heads) === canonicalJson(heads)) return last;
  const createdAt = now.toISOString();
  const digest = checkpointDigest(createdAt, heads);
  const signature = smCrypto.sm2.doSignature(digest, key.privateKey, { hash: true, publicKey: key.publicKey });
  const row = await db
    .insertInto('audit_checkpoints')
    .values({ created_at: now, chains: Object.keys(heads).length, digest, signature, public_key: key.publicKey, heads: JSON.stringify(heads) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFile(row);
}

/** The newest checkpoint, if any. */
export async function findLatestCheckpoint(db: Kysely<DB>): Promise<CheckpointFile | undefined> {
  const r = await db.selectFrom('audit_checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  return r && toFile(r);
}

/** What checking a checkpoint file found (the schema, with each field's meaning, is in src/shared/audit). */
export type CheckpointCheck = z.infer<typeof checkpointCheckSchema>;

/** Checks a checkpoint file: its signature, and that every head it signed is still in the chains. */
export async function verifyCheckpoint(db: Kysely<DB>, file: CheckpointFile, key: CheckpointKey): Promise<CheckpointCheck> {
  const digestOk = checkpointDigest(file.createdAt, file.heads) === file.digest;
  let signatureValid = false;
  try {
    signatureValid = digestOk && smCrypto.sm2.doVerifySignature(file.digest, file.signature, file.publicKey, { hash: true });
  } catch {
    signatureValid = false;
  }
  const keyMatches = file.publicKey === key.publicKey;
  const rows = await sql<{ chain: string; seq: string; hash: string | null }>`
    SELECT h.key AS chain, (h.value->>0) AS seq, e.hash
    FROM jsonb_each(${JSON.stringify(file.heads)}::jsonb) h
    LEFT JOIN events e ON e.chain = h.key AND e.seq = (h.value->>0)::bigint
    WHERE e.hash IS DISTINCT FROM (h.value->>1)`.execute(db);
  const missing = rows.rows.filter((r) => r.hash === null).map((r) => ({ chain: r.chain, seq: Number(r.seq) }));
  const changed = rows.rows.filter((r) => r.hash !== null).map((r) => ({ chain: r.chain, seq: Number(r.seq) }));
  return {
    ok: signatureValid && keyMatches && missing.length === 0 && changed.length === 0,
    signatureValid,
    keyMatches,
    chains: Object.keys(file.heads).length,
    missing,
    changed,
  };
}
