import type { CaseStatus } from '../cases';

/**
 * Where a bundle stands, derived from its members (docs/decisions.md D24) — pure, so every case is
 * unit-tested. A withdrawn bundle stays withdrawn.
 */
export type BundleStatus = 'submitted' | 'in_progress' | 'correction_requested' | 'ready' | 'completed' | 'withdrawn';

/** Nothing more happens to a member in these. */
export const FINAL: readonly CaseStatus[] = ['issued', 'not_accepted', 'withdrawn', 'returned'];
/** Decided, the result (or the refusal) waiting to be issued, or done: no longer counted on the bundle's light. */
export const DECIDED: readonly CaseStatus[] = ['completed', ...FINAL];
/** Ended without a result: an earlier stage ending so blocks the later ones. */
const ENDED_UNSERVED: readonly CaseStatus[] = ['not_accepted', 'withdrawn', 'returned'];

/** Still being handled: counted on the bundle's light, ended by a withdrawal. */
export const isOpen = (m: { status: string }): boolean => !DECIDED.includes(m.status as CaseStatus);
const NOT_YET_ACCEPTED: readonly CaseStatus[] = ['draft', 'submitted', 'prechecked'];

export function deriveStatus(stored: BundleStatus, members: ReadonlyArray<{ status: CaseStatus }>): BundleStatus {
  if (stored === 'withdrawn') return 'withdrawn';
  if (members.length === 0) return stored;
  if (members.every((m) => FINAL.includes(m.status))) return 'completed';
  if (members.some((m) => m.status === 'correction_requested')) return 'correction_requested';
  if (members.every((m) => DECIDED.includes(m.status))) return 'ready';
  if (members.every((m) => NOT_YET_ACCEPTED.includes(m.status))) return 'submitted';
  return 'in_progress';
}

/** Members that wait for an earlier stage: some member of a lower stage is not decided yet, or was refused. */
export function blockedBy<M extends { stage: number; status: CaseStatus; decision: string | null; itemName: string }>(member: M, all: readonly M[]): M[] {
  return all.filter((o) => o.stage < member.stage && (!DECIDED.includes(o.status) || o.decision === 'denied' || ENDED_UNSERVED.includes(o.status)));
}
