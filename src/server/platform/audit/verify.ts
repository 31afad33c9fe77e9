import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { ChainProblem } from './chain';
import { findChains, findChainsOfRegion, findMissingChains, verifyChain } from './events.repository';

/** What a verification found: every chain recomputed, and the chained records with no chain at all. */
export interface VerifyReport {
  ok: boolean;
  chains: number;
  rows: number;
  broken: Array<{ chain: string; problems: ChainProblem[] }>;
  missingChains: string[];
}

/**
 * Recomputes hash chains (docs/audit-chain.md): all of them, those lying wholly in one region, or
 * one named chain; reports each altered, unlinked or missing row and every chained record whose
 * chain is gone. The one verification behind the audit page's button and `tongban audit verify`.
 * Returns null when `chain` is named but not among the chains in scope.
 */
export async function verifyChains(
  db: Kysely<DB>,
  opts: { region: string | null; chain?: string; onProgress?: (done: number, total: number) => void },
): Promise<VerifyReport | null> {
  let chains = opts.region ? await findChainsOfRegion(db, opts.region) : await findChains(db);
  if (opts.chain) {
    if (!chains.includes(opts.chain)) return null;
    chains = [opts.chain];
  }
  let rows = 0;
  const broken: VerifyReport['broken'] = [];
  for (const [i, chain] of chains.entries()) {
    const r = await verifyChain(db, chain);
    rows += r.rows;
    if (r.problems.length) broken.push({ chain, problems: r.problems });
    opts.onProgress?.(i + 1, chains.length);
  }
  const missingChains = opts.chain ? [] : await findMissingChains(db, opts.region);
  return { ok: broken.length === 0 && missingChains.length === 0, chains: chains.length, rows, broken, missingChains };
}
