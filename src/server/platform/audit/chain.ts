import { createHash } from 'node:crypto';
import smCrypto from 'sm-crypto';
import type { ChainProblem } from '../../../shared/audit/audit.schemas';

/** The hash that starts every chain, so the first row links to something fixed. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainLink {
  chain: string;
  seq: number;
  prevHash: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  subjectType: string | null;
  subjectId: string | null;
  regionCode: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** JSON with object keys sorted at every level, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

// OpenSSL's SM3 when Node.js has it (about ten times faster than sm-crypto's JavaScript; the same
// digest of the UTF-8 text), sm-crypto's otherwise.
const nativeSm3 = (() => {
  try {
    createHash('sm3');
    return true;
  } catch {
    return false;
  }
})();

/** SM3 (GB/T 32905) of a text's UTF-8 bytes, as lowercase hex. */
export function sm3Hex(text: string): string {
  return nativeSm3 ? createHash('sm3').update(text, 'utf8').digest('hex') : smCrypto.sm3(text);
}

/** SM3 (GB/T 32905) over the canonical form of everything a row says, including its predecessor's hash. */
export function hashLink(link: ChainLink): string {
  return sm3Hex(
    canonicalJson({
      chain: link.chain,
      seq: link.seq,
      prev: link.prevHash,
      action: link.action,
      actorId: link.actorId,
      actorName: link.actorName,
      subjectType: link.subjectType,
      subjectId: link.subjectId,
      regionCode: link.regionCode,
      data: link.data,
      at: link.createdAt.toISOString(),
    }),
  );
}

// The problems' shapes are part of the verify answer, shared with the web app (src/shared/README.md).
export type { ChainProblem };

/**
 * Checks an ordered run of rows: each row's hash matches its content, each links to the one before,
 * no seq is skipped (a deleted row), and the chain head agrees with the last row (a deleted tail).
 */
export function verifyLinks(rows: Array<ChainLink & { hash: string }>, head: { seq: number; hash: string } | null): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  for (const row of rows) {
    if (row.seq !== prevSeq + 1) problems.push({ kind: 'missing_rows', afterSeq: prevSeq, nextSeq: row.seq });
    else if (row.prevHash !== prevHash) problems.push({ kind: 'broken_link', seq: row.seq });
    if (hashLink(row) !== row.hash) problems.push({ kind: 'hash_mismatch', seq: row.seq });
    prevHash = row.hash;
    prevSeq = row.seq;
  }
  const lastSeq = rows.at(-1)?.seq ?? 0;
  const headSeq = head?.seq ?? 0;
  if (headSeq !== lastSeq || (head && head.hash !== prevHash)) problems.push({ kind: 'head_mismatch', headSeq, lastSeq });
  return problems;
}
