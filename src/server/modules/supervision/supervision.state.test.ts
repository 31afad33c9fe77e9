import { describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/auth/roles';
import { checkAgainstOracle } from '../../../../test/helpers/workflow-oracle';
import { decideOrder, ORDER_ACTIONS, ORDER_STATUSES, RULES } from './supervision.state';
import { orderLight } from './supervision.lines';

/** The supervision-order lifecycle written out by hand (docs/domain.md S25), independently of the table. */
const DEPT = ['reviewer', 'approver', 'dept_handler', 'dept_head'] as const;
const OPENERS = ['supervisor', 'hotline_agent'] as const;

const allowed = [
  ...DEPT.map((r) => ['answer', r, ['open', 'returned'], 'answered'] as const),
  ...OPENERS.map((r) => ['accept', r, ['answered'], 'accepted'] as const),
  ...OPENERS.map((r) => ['return', r, ['answered'], 'returned'] as const),
];

describe('the supervision-order rule table', () => {
  it('agrees with the hand-written lifecycle for every action × role × status', () => {
    const { checked, mismatches } = checkAgainstOracle(RULES, {
      statuses: ORDER_STATUSES,
      actions: ORDER_ACTIONS,
      roles: ROLES,
      allowed,
      passing: () => ({ noteGiven: true, openerSide: true }),
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBe(ORDER_ACTIONS.length * ROLES.length * ORDER_STATUSES.length);
  });

  it('guards: an answer and a return need text; only the opening side decides; accepting needs no text', () => {
    const mine = { noteGiven: false, openerSide: true };
    expect(decideOrder('open', 'answer', ['reviewer'], mine)).toEqual({ ok: false, error: 'NOTE_REQUIRED' });
    expect(decideOrder('answered', 'return', ['supervisor'], mine)).toEqual({ ok: false, error: 'NOTE_REQUIRED' });
    expect(decideOrder('answered', 'accept', ['supervisor'], mine)).toEqual({ ok: true, to: 'accepted' });
    expect(decideOrder('answered', 'accept', ['supervisor'], { noteGiven: true, openerSide: false })).toEqual({ ok: false, error: 'NOT_OPENER_SIDE' });
    expect(decideOrder('accepted', 'answer', ['reviewer'], { noteGiven: true, openerSide: false })).toEqual({
      ok: false,
      error: 'INVALID_TRANSITION',
      allowedFrom: ['open', 'returned'],
    });
    expect(decideOrder('open', 'answer', ['city_leader'], { noteGiven: true, openerSide: false })).toEqual({ ok: false, error: 'FORBIDDEN' });
  });
});

describe('the order light', () => {
  const lines = { assessmentDue: new Date('2026-12-08T15:59:59.999Z'), dueAt: new Date('2026-12-09T15:59:59.999Z') };
  const at = (iso: string) => new Date(iso);
  it('is green before the assessment line, yellow after it, red after the deadline, none once accepted', () => {
    expect(orderLight({ status: 'open', ...lines, answeredAt: null }, at('2026-12-08T10:00:00Z'))).toBe('green');
    expect(orderLight({ status: 'open', ...lines, answeredAt: null }, at('2026-12-09T01:00:00Z'))).toBe('yellow');
    expect(orderLight({ status: 'returned', ...lines, answeredAt: null }, at('2026-12-10T01:00:00Z'))).toBe('red');
    expect(orderLight({ status: 'accepted', ...lines, answeredAt: null }, at('2026-12-10T01:00:00Z'))).toBeNull();
  });
  it('stops at the answer while the answer waits for acceptance', () => {
    expect(orderLight({ status: 'answered', ...lines, answeredAt: at('2026-12-08T02:00:00Z') }, at('2026-12-20T01:00:00Z'))).toBe('green');
    expect(orderLight({ status: 'answered', ...lines, answeredAt: at('2026-12-10T02:00:00Z') }, at('2026-12-20T01:00:00Z'))).toBe('red');
  });
});
