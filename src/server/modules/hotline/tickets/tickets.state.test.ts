import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../platform/auth/roles';
import {
  TICKET_ACTIONS,
  TICKET_STATUSES,
  availableActions,
  decideTransition,
  visitOutcome,
  type TicketAction,
  type TicketFacts,
  type TicketStatus,
} from './tickets.state';

/**
 * The lifecycle written out by hand, independently of the implementation's table: every
 * (action, role) pair that is allowed at all, the statuses it is allowed from and where it leads
 * under facts that pass every guard. Everything not listed must be refused with the exact error.
 */
const ALLOWED: Array<[TicketAction, Role, TicketStatus[], TicketStatus | 'same']> = [
  ['dispatch', 'dispatcher', ['pending_dispatch'], 'dispatched'],
  ['dispatch', 'hotline_agent', ['pending_dispatch'], 'dispatched'],
  ['sign', 'dept_handler', ['dispatched', 'processing'], 'processing'],
  ['return', 'dept_handler', ['dispatched', 'processing'], 'returned'],
  ['approve_return', 'dispatcher', ['returned'], 'pending_dispatch'],
  ['reject_return', 'dispatcher', ['returned'], 'processing'],
  ['transfer', 'dispatcher', ['dispatched', 'processing', 'returned'], 'dispatched'],
  ['request_extension', 'dept_handler', ['processing'], 'same'],
  ['approve_extension', 'dispatcher', ['processing'], 'same'],
  ['reject_extension', 'dispatcher', ['processing'], 'same'],
  ['reply', 'dept_handler', ['processing'], 'replied'],
  ['return_visit', 'hotline_agent', ['replied'], 'closed'],
  ['return_visit', 'dispatcher', ['replied'], 'closed'],
  ['close', 'dispatcher', ['pending_dispatch', 'returned', 'replied'], 'closed'],
  ['close', 'hotline_agent', ['replied'], 'closed'],
  ['merge', 'dispatcher', ['pending_dispatch', 'dispatched', 'processing', 'returned'], 'merged'],
];

const BASE: TicketFacts = { mine: null, extensionPending: false, simpleDispatch: false, resumeStatus: null, reopenedCount: 0, visit: null };

/** Facts under which every guard of the action passes, for the lead department. */
function passing(action: TicketAction): TicketFacts {
  switch (action) {
    case 'dispatch':
      return { ...BASE, simpleDispatch: true };
    case 'sign':
      return { ...BASE, mine: { role: 'lead', status: 'pending' } };
    case 'return':
    case 'reply':
    case 'request_extension':
      return { ...BASE, mine: { role: 'lead', status: 'signed' } };
    case 'approve_extension':
    case 'reject_extension':
      return { ...BASE, extensionPending: true };
    case 'reject_return':
      return { ...BASE, resumeStatus: 'processing' };
    case 'return_visit':
      return { ...BASE, visit: { satisfaction: 'satisfied', resolved: true } };
    default:
      return BASE;
  }
}

describe('ticket state table', () => {
  for (const action of TICKET_ACTIONS) {
    for (const role of ROLES) {
      const row = ALLOWED.find(([a, r]) => a === action && r === role);
      for (const status of TICKET_STATUSES) {
        it(`${action} by ${role} from ${status}`, () => {
          const d = decideTransition(status, action, [role], passing(action));
          if (!row) return expect(d).toEqual({ ok: false, error: 'FORBIDDEN' });
          if (!row[2].includes(status)) return expect(d).toMatchObject({ ok: false, error: 'INVALID_TRANSITION' });
          expect(d).toEqual({ ok: true, to: row[3] === 'same' ? status : row[3] });
        });
      }
    }
  }
});

describe('guards', () => {
  const guard = (status: TicketStatus, action: TicketAction, role: Role, facts: Partial<TicketFacts>) =>
    decideTransition(status, action, [role], { ...BASE, ...facts });

  it.each<[string, TicketStatus, TicketAction, Role, Partial<TicketFacts>, string]>([
    ['a department not assigned cannot sign', 'dispatched', 'sign', 'dept_handler', {}, 'NOT_ASSIGNED'],
    ['a department cannot sign twice', 'processing', 'sign', 'dept_handler', { mine: { role: 'lead', status: 'signed' } }, 'ALREADY_SIGNED'],
    ['a withdrawn department cannot sign', 'dispatched', 'sign', 'dept_handler', { mine: { role: 'lead', status: 'withdrawn' } }, 'NOT_ASSIGNED'],
    ['only the lead returns a ticket', 'dispatched', 'return', 'dept_handler', { mine: { role: 'assist', status: 'pending' } }, 'NOT_LEAD'],
    ['reply needs a signature first', 'processing', 'reply', 'dept_handler', { mine: { role: 'lead', status: 'pending' } }, 'NOT_SIGNED'],
    [
      'one extension request at a time',
      'processing',
      'request_extension',
      'dept_handler',
      { mine: { role: 'lead', status: 'signed' }, extensionPending: true },
      'EXTENSION_PENDING',
    ],
    ['assists do not ask for extensions', 'processing', 'request_extension', 'dept_handler', { mine: { role: 'assist', status: 'signed' } }, 'NOT_LEAD'],
    ['nothing to approve', 'processing', 'approve_extension', 'dispatcher', {}, 'NO_EXTENSION_PENDING'],
    ['nothing to reject', 'processing', 'reject_extension', 'dispatcher', {}, 'NO_EXTENSION_PENDING'],
    ['agents dispatch only simple cases', 'pending_dispatch', 'dispatch', 'hotline_agent', { simpleDispatch: false }, 'AGENT_DISPATCH_LIMITED'],
  ])('%s', (_name, status, action, role, facts, error) => {
    expect(guard(status, action, role, facts)).toEqual({ ok: false, error });
  });

  it('lets a dispatcher dispatch anything', () => {
    expect(guard('pending_dispatch', 'dispatch', 'dispatcher', { simpleDispatch: false })).toEqual({ ok: true, to: 'dispatched' });
  });

  it('keeps the ticket where it is when an assisting department signs or replies', () => {
    expect(guard('dispatched', 'sign', 'dept_handler', { mine: { role: 'assist', status: 'pending' } })).toEqual({ ok: true, to: 'dispatched' });
    expect(guard('processing', 'reply', 'dept_handler', { mine: { role: 'assist', status: 'signed' } })).toEqual({ ok: true, to: 'processing' });
  });

  it('sends a rejected 退单 back to where it was', () => {
    expect(guard('returned', 'reject_return', 'dispatcher', { resumeStatus: 'dispatched' })).toEqual({ ok: true, to: 'dispatched' });
    expect(guard('returned', 'reject_return', 'dispatcher', { resumeStatus: null })).toEqual({ ok: true, to: 'dispatched' });
  });
});

describe('return visit (回访) outcome', () => {
  it.each<[string, 'satisfied' | 'basically_satisfied' | 'unsatisfied', boolean, number, string, TicketStatus]>([
    ['satisfied and resolved', 'satisfied', true, 0, 'close', 'closed'],
    ['basically satisfied and resolved', 'basically_satisfied', true, 0, 'close', 'closed'],
    ['unsatisfied', 'unsatisfied', true, 0, 'reopen', 'processing'],
    ['satisfied but unresolved', 'satisfied', false, 0, 'reopen', 'processing'],
    ['unsatisfied after a 重办', 'unsatisfied', false, 1, 'close_unresolved', 'closed'],
    ['satisfied after a 重办', 'satisfied', true, 1, 'close', 'closed'],
  ])('%s', (_name, satisfaction, resolved, reopened, outcome, to) => {
    expect(visitOutcome({ satisfaction, resolved }, reopened)).toBe(outcome);
    expect(decideTransition('replied', 'return_visit', ['hotline_agent'], { ...BASE, reopenedCount: reopened, visit: { satisfaction, resolved } })).toEqual({
      ok: true,
      to,
    });
  });
});

describe('availableActions', () => {
  it('offers the lead department sign and return on a fresh dispatch', () => {
    expect(availableActions('dispatched', ['dept_handler'], { ...BASE, mine: { role: 'lead', status: 'pending' } })).toEqual(['sign', 'return']);
  });

  it('offers a dispatcher the review of a 退单', () => {
    expect(availableActions('returned', ['dispatcher'], BASE)).toEqual(['approve_return', 'reject_return', 'transfer', 'close', 'merge']);
  });

  it('offers nothing on a closed ticket', () => {
    for (const role of ROLES) expect(availableActions('closed', [role], BASE)).toEqual([]);
  });
});
