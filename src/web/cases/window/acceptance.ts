import type { CaseAction } from '../../../shared/cases/cases.enums';
import type { CaseDetail } from '../../../shared/cases/cases.wire';

/* The window's acceptance rules as the checklist sees them; the server checks them again. */

export type Check = 'received' | 'missing' | 'wrong';

/** The actions this panel takes; the page leaves them out of its generic action list. */
export const ACCEPTANCE_ACTIONS: readonly CaseAction[] = ['accept', 'accept_with_deficiency', 'reject', 'request_correction'];

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
