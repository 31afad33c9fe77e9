/**
 * Detects texts that must go to 110/119/120/122 at once instead of becoming a 12345 ticket
 * (docs/domain.md §8: emergencies are transferred and never kept).
 *
 * Keyword spotting alone flags "上次着火后的维修" or "燃气灶打不着火", so each match is checked in
 * its clause for negation, near-misses, past or hypothetical framing, figurative use and
 * aftermath talk. Those exceptions are kept narrow on purpose: a needless transfer costs a
 * minute, a missed fire costs far more.
 */
import type { EmergencyLine } from '../data/emergency-lines';
import {
  AFTER_ANY,
  AFTER_NEAR,
  DISTANT_BEFORE,
  EMERGENCY_RULES,
  NEAR_MISS_BEFORE,
  NEAR_WINDOW,
  NEGATION_BEFORE,
  NOT_A_NEGATION,
  PRESENT_MARKER,
  type EmergencyRule,
} from './emergency-rules';

export type { EmergencyLine };

/** Where to transfer and why. */
export interface EmergencyDetection {
  line: EmergencyLine;
  /** Kind of emergency and the words that triggered it, e.g. `fire: 着火`. */
  reason: string;
}

const CLAUSE_BREAK = /[，,。.！!？?；;：:、\s]+/;

function isLiveMention(rule: EmergencyRule, clause: string, start: number, end: number, text: string): boolean {
  const before = clause.slice(0, start).replace(NOT_A_NEGATION, '');
  const after = clause.slice(end);
  const near = before.slice(-NEAR_WINDOW);
  if (NEGATION_BEFORE.test(near)) return false;
  if (NEAR_MISS_BEFORE.test(before.slice(-3))) return false;
  const matched = clause.slice(start, end);
  if (rule.exclusions?.some((ex) => ex.trigger.test(matched) && ex.context.test(clause))) return false;
  if (rule.textExclusions?.some((ex) => ex.trigger.test(matched) && ex.context.test(text))) return false;
  if (rule.needsAcute && rule.needsAcute.trigger.test(matched) && !rule.needsAcute.marker.test(clause)) return false;
  if (PRESENT_MARKER.test(clause)) return true;
  if (DISTANT_BEFORE.test(before)) return false;
  if (AFTER_NEAR.test(after) || AFTER_ANY.test(after)) return false;
  if (rule.aftermath?.test(text)) return false;
  return true;
}

function findLiveMention(rule: EmergencyRule, clauses: readonly string[], text: string): string | null {
  for (const clause of clauses) {
    for (const match of clause.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      if (isLiveMention(rule, clause, start, start + match[0].length, text)) return match[0];
    }
  }
  return null;
}

/**
 * The emergency line a text must be transferred to, or null for an ordinary 12345 matter.
 * When several apply, the first rule in EMERGENCY_RULES wins: fire and gas, rescue, crime,
 * self-harm, missing person, traffic, medical.
 */
export function detectEmergency(text: string): EmergencyDetection | null {
  const normalized = text.normalize('NFKC');
  const clauses = normalized.split(CLAUSE_BREAK).filter((clause) => clause.length > 0);
  for (const rule of EMERGENCY_RULES) {
    const trigger = findLiveMention(rule, clauses, normalized);
    if (trigger) return { line: rule.line, reason: `${rule.kind}: ${trigger}` };
  }
  return null;
}
