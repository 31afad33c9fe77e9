import type { Role } from '../../platform/auth/roles';
import { decide, rolesFor as rolesOf, type Rule } from '../../platform/workflow/rules';
import type { TicketStatus } from './queue.schemas';

/**
 * A queue ticket's rule table (docs/architecture.md, "The workflow engine"; docs/decisions.md D29).
 * Window clerks call a waiting ticket, call it again, mark it skipped when nobody comes, finish it
 * (calling the next finishes the current one) and transfer it to another group, where it keeps its
 * place in line. Taking a ticket is its first event, written by the issuing code, not a table action.
 */

export const TICKET_ACTIONS = ['call', 'recall', 'skip', 'finish', 'transfer'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Nothing to guard beyond the status: the window's checks come before the table is asked. */
export type TicketFacts = Record<string, never>;
export type TicketGuardError = never;

export const CALLER_ROLES: readonly Role[] = ['window_clerk'];

type TicketRule = Rule<TicketStatus, TicketFacts, TicketGuardError, TicketStatus>;

export const RULES: Readonly<Record<TicketAction, readonly TicketRule[]>> = {
  call: [{ roles: CALLER_ROLES, from: ['waiting'], to: 'called' }],
  recall: [{ roles: CALLER_ROLES, from: ['called'], to: 'called' }],
  skip: [{ roles: CALLER_ROLES, from: ['called'], to: 'skipped' }],
  finish: [{ roles: CALLER_ROLES, from: ['called'], to: 'done' }],
  transfer: [{ roles: CALLER_ROLES, from: ['called', 'waiting'], to: 'waiting' }],
};

export function decideTicket(status: TicketStatus, action: TicketAction, roles: readonly Role[], facts: TicketFacts) {
  return decide(RULES, status, action, roles, facts);
}

/** Roles the table lets take the action (the policy grants exactly these). */
export function rolesFor(action: TicketAction): Role[] {
  return rolesOf(RULES, action);
}
