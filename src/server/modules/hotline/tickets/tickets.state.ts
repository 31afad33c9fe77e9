import type { Role } from '../../../platform/auth/roles';
import {
  availableActions as actionsAvailable,
  decide,
  rolesFor as tableRoles,
  type Decision as WorkflowDecision,
  type Rule as WorkflowRule,
} from '../../../platform/workflow/rules';

/**
 * The 12345 ticket lifecycle as data: which action moves a ticket from which status, who may take
 * it and what must hold. Pure — no I/O — so the whole table is unit-tested; the services only
 * apply what `decideTransition` allows.
 *
 * 待派单 pending_dispatch → 已派单 dispatched → (签收) 办理中 processing → (答复) 已答复 replied →
 * (回访) 已办结 closed, or back to processing once (重办). 退单 returned waits for the dispatcher;
 * 已合并 merged follows its master ticket.
 */

// The status and action names are shared with the web app (src/shared/README.md).
import { TICKET_ACTIONS, TICKET_STATUSES } from '../../../../shared/hotline/tickets.enums';
export { TICKET_ACTIONS, TICKET_STATUSES };
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Statuses whose clock runs (the light can change). */
export const OPEN_STATUSES: readonly TicketStatus[] = ['pending_dispatch', 'dispatched', 'processing', 'returned'];

/** A ticket reopens (重办) at most this many times; after that an unsatisfied visit closes it with a note. */
export const MAX_REOPENS = 1;

export type Satisfaction = 'satisfied' | 'basically_satisfied' | 'unsatisfied';

/** What the rules need to know besides the status. */
export interface TicketFacts {
  /** The actor's department's assignment in the current round, if any. */
  mine: { role: 'lead' | 'assist'; status: 'pending' | 'signed' | 'replied' | 'returned' | 'withdrawn' } | null;
  /** An extension request waits for the dispatcher. */
  extensionPending: boolean;
  /** For an agent's dispatch: only the category's own department, no district, no assist. */
  simpleDispatch: boolean;
  /** Where a rejected 退单 goes back to. */
  resumeStatus: TicketStatus | null;
  reopenedCount: number;
  /** The return visit being recorded (return_visit only). */
  visit: { satisfaction: Satisfaction; resolved: boolean } | null;
}

export type GuardError =
  'NOT_ASSIGNED' | 'ALREADY_SIGNED' | 'NOT_SIGNED' | 'NOT_LEAD' | 'EXTENSION_PENDING' | 'NO_EXTENSION_PENDING' | 'AGENT_DISPATCH_LIMITED';

type Rule = WorkflowRule<TicketStatus, TicketFacts, GuardError, TicketStatus | 'stay'>;

const DESK: readonly Role[] = ['dispatcher'];
const HANDLER: readonly Role[] = ['dept_handler'];
const ACTIVE_ASSIGNMENT = ['pending', 'signed', 'replied'];

const assigned = (f: TicketFacts): GuardError | null => (f.mine && ACTIVE_ASSIGNMENT.includes(f.mine.status) ? null : 'NOT_ASSIGNED');
const leadOnly = (f: TicketFacts): GuardError | null => assigned(f) ?? (f.mine?.role === 'lead' ? null : 'NOT_LEAD');

/** What a return visit leads to: closed when satisfied and resolved, else one 重办, then closed anyway. */
export function visitOutcome(visit: { satisfaction: Satisfaction; resolved: boolean }, reopenedCount: number): 'close' | 'reopen' | 'close_unresolved' {
  if (visit.satisfaction !== 'unsatisfied' && visit.resolved) return 'close';
  return reopenedCount < MAX_REOPENS ? 'reopen' : 'close_unresolved';
}

/** The table. Several rules per action when different roles act from different statuses. */
export const RULES: Readonly<Record<TicketAction, readonly Rule[]>> = {
  dispatch: [
    { roles: DESK, from: ['pending_dispatch'], to: 'dispatched' },
    { roles: ['hotline_agent'], from: ['pending_dispatch'], to: 'dispatched', guard: (f) => (f.simpleDispatch ? null : 'AGENT_DISPATCH_LIMITED') },
  ],
  sign: [
    {
      roles: HANDLER,
      from: ['dispatched', 'processing'],
      to: (f) => (f.mine?.role === 'lead' ? 'processing' : 'stay'),
      guard: (f) => assigned(f) ?? (f.mine?.status === 'pending' ? null : 'ALREADY_SIGNED'),
    },
  ],
  return: [{ roles: HANDLER, from: ['dispatched', 'processing'], to: 'returned', guard: leadOnly }],
  approve_return: [{ roles: DESK, from: ['returned'], to: 'pending_dispatch' }],
  reject_return: [{ roles: DESK, from: ['returned'], to: (f) => f.resumeStatus ?? 'dispatched' }],
  transfer: [{ roles: DESK, from: ['dispatched', 'processing', 'returned'], to: 'dispatched' }],
  request_extension: [{ roles: HANDLER, from: ['processing'], to: 'stay', guard: (f) => leadOnly(f) ?? (f.extensionPending ? 'EXTENSION_PENDING' : null) }],
  approve_extension: [{ roles: DESK, from: ['processing'], to: 'stay', guard: (f) => (f.extensionPending ? null : 'NO_EXTENSION_PENDING') }],
  reject_extension: [{ roles: DESK, from: ['processing'], to: 'stay', guard: (f) => (f.extensionPending ? null : 'NO_EXTENSION_PENDING') }],
  reply: [
    {
      roles: HANDLER,
      from: ['processing'],
      to: (f) => (f.mine?.role === 'lead' ? 'replied' : 'stay'),
      guard: (f) => assigned(f) ?? (f.mine?.status === 'signed' ? null : 'NOT_SIGNED'),
    },
  ],
  return_visit: [
    {
      roles: ['hotline_agent', 'dispatcher'],
      from: ['replied'],
      to: (f) => (f.visit && visitOutcome(f.visit, f.reopenedCount) === 'reopen' ? 'processing' : 'closed'),
    },
  ],
  close: [
    { roles: DESK, from: ['pending_dispatch', 'returned', 'replied'], to: 'closed' },
    { roles: ['hotline_agent'], from: ['replied'], to: 'closed' },
  ],
  merge: [{ roles: DESK, from: ['pending_dispatch', 'dispatched', 'processing', 'returned'], to: 'merged' }],
};

export type Decision = WorkflowDecision<TicketStatus, GuardError, TicketStatus>;

/**
 * Whether `roles` may take `action` on a ticket in `status`, and the status it ends in ('stay'
 * resolved to the current one); errors as the workflow engine's `decide` (docs/architecture.md).
 */
export function decideTransition(status: TicketStatus, action: TicketAction, roles: readonly Role[], facts: TicketFacts): Decision {
  const d = decide(RULES, status, action, roles, facts);
  return d.ok ? { ok: true, to: d.to === 'stay' ? status : d.to } : d;
}

/** Every role that appears in some rule of the action (the policy grants exactly these). */
export function rolesFor(action: TicketAction): Role[] {
  return tableRoles(RULES, action);
}

/** The actions the roles could take now, given the facts (return_visit assumes a visit will be given). */
export function availableActions(status: TicketStatus, roles: readonly Role[], facts: TicketFacts): TicketAction[] {
  const withVisit = { ...facts, visit: facts.visit ?? { satisfaction: 'satisfied' as const, resolved: true } };
  return actionsAvailable(RULES, TICKET_ACTIONS, status, roles, withVisit);
}
