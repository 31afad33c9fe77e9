import type { Role } from '../../src/server/platform/auth/roles';
import { decide, type Rule } from '../../src/server/platform/workflow/rules';

/**
 * The toy module's record: a citizen's suggestion (意见建议) to a department. Written by following
 * docs/architecture.md, "Adding a module": a rule table here, a machine for the workflow engine in
 * suggestions.machine.ts, a policy, errors, routes — and nothing of the engine's sequence repeated.
 */
export const SUGGESTION_STATUSES = ['submitted', 'answered', 'closed', 'withdrawn'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export const SUGGESTION_ACTIONS = ['answer', 'close', 'withdraw'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

export interface SuggestionFacts {
  answerGiven: boolean;
}
export type SuggestionGuardError = 'ANSWER_REQUIRED';

export const RULES: Readonly<Record<SuggestionAction, readonly Rule<SuggestionStatus, SuggestionFacts, SuggestionGuardError, SuggestionStatus>[]>> = {
  answer: [{ roles: ['dept_handler'], from: ['submitted'], to: 'answered', guard: (f) => (f.answerGiven ? null : 'ANSWER_REQUIRED') }],
  close: [{ roles: ['citizen'], from: ['answered'], to: 'closed' }],
  withdraw: [{ roles: ['citizen'], from: ['submitted'], to: 'withdrawn' }],
};

export function decideSuggestion(status: SuggestionStatus, action: SuggestionAction, roles: readonly Role[], facts: SuggestionFacts) {
  return decide(RULES, status, action, roles, facts);
}
