import type { CaseAction } from '../../../shared/cases/cases.enums';
import type { CaseDetail } from '../../../shared/cases/cases.wire';
import { materialIn } from '../shared/mianti';

/* The window's acceptance rules as the checklist sees them; the server checks them again. */

export type Check = 'received' | 'missing' | 'wrong';

/** The actions this panel takes; the page leaves them out of its generic action list. */
export const ACCEPTANCE_ACTIONS: readonly CaseAction[] = ['accept', 'accept_with_deficiency', 'reject', 'request_correction'];

/**
 * The checklist as it opens: a material with a file, or one a source satisfied (免提交 — the
 * applicant's e-licence or data fetched through the exchange, docs/decisions.md D21), is received;
 * the rest missing. Only those may be marked received.
 */
export function initialChecks(materials: CaseDetail['materials']): Record<string, Check> {
  return Object.fromEntries(materials.map((m) => [m.materialCode, materialIn(m) ? 'received' : 'missing']));
}

/** Whether the clerk may mark a material received: something is there to check. */
export const canReceive = materialIn;

/** What the checklist allows: plain acceptance, 容缺 (every 主件 fine, only 辅件 short), or neither. */
export function judge(materials: CaseDetail['materials'], checks: Record<string, Check>) {
  const bad = materials.filter((m) => checks[m.materialCode] !== 'received');
  const badRequired = bad.filter((m) => m.required);
  const badPrimary = bad.filter((m) => m.primary && (m.required || checks[m.materialCode] === 'wrong'));
  const wrong = materials.filter((m) => checks[m.materialCode] === 'wrong');
  return {
    canAccept: badRequired.length === 0 && wrong.length === 0,
    canDefer: badPrimary.length === 0 && bad.some((m) => !m.primary && (m.required || checks[m.materialCode] === 'wrong')),
    problems: bad.filter((m) => m.required || checks[m.materialCode] === 'wrong'),
    secondaryShort: bad.filter((m) => !m.primary && (m.required || checks[m.materialCode] === 'wrong')),
  };
}
