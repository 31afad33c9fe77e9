import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, applyFoodPermitOnline, createCasesTestApp } from '../../../../test/factories/cases';
import { statementRecorder } from '../../../../test/helpers/statements';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { afterSubmit } from './cases.after-submit';
import type { CaseRef } from './cases.transition';

let t: TestApp;
let statementsOf: ReturnType<typeof statementRecorder>;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  statementsOf = statementRecorder(t);
  [citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)));
});
afterAll(() => t?.close());

describe('statements per transition (docs/audit-chain.md: the head is locked with the row)', () => {
  it('an ordinary transition is the row and head lock, the state write and the event, and a staff notice is one statement', async () => {
    let ref = await act(t, clerk, await applyFoodPermitOnline(t, citizen), 'accept');

    const route = await statementsOf(async () => (ref = await act(t, dispatcher, ref, 'route')));
    const routeTrx = route.slice(route.findIndex((s) => /for update/i.test(s)));
    expect(routeTrx[0]).toMatch(/^SELECT t\.\*, h\.seq AS head_seq__.* FROM "cases" t JOIN chain_heads h .* FOR UPDATE$/);
    // No second look at the head: the event and the head's advance are one statement.
    expect(routeTrx.filter((s) => /chain_heads/.test(s))).toHaveLength(2);
    // The reviewers are told in one INSERT … SELECT, not looked up first.
    expect(routeTrx.filter((s) => /from "users"/i.test(s))).toEqual([expect.stringMatching(/^INSERT INTO notifications .* FROM \(\(select "id" from "users"/)]);

    ref = await act(t, reviewer, ref, 'review', { opinion: '符合条件', recommendation: 'approve' });
    ref = await act(t, approver, ref, 'approve');
    const complete = await statementsOf(async () => (ref = await act(t, approver, ref, 'complete')));
    const trx = complete.slice(complete.findIndex((s) => /for update/i.test(s)));
    expect(trx.map((s) => s.slice(0, 40))).toEqual([
      expect.stringMatching(/^SELECT t\.\*, h\.seq/),
      expect.stringMatching(/^update "cases" set/),
      expect.stringMatching(/^with "appended" as \(insert into "events"/),
    ]);
    expect(ref.status).toBe('completed');

    // The chain still verifies: every event links to the one before, and the head is the last.
    const chain = await verifyChain(t.ctx.db, `case:${ref.id}`);
    expect(chain.problems).toEqual([]);
    expect(chain.rows).toBeGreaterThanOrEqual(6);
  });
});

describe('after a submission, when the database fails', () => {
  it('answers with the submitted case and logs why, instead of failing a submission that committed', async () => {
    const ref = (await applyFoodPermitOnline(t, citizen)) as CaseRef;
    const errors: string[] = [];
    const failing = t.ctx.db.withPlugin({
      transformQuery: () => {
        throw new Error('connection lost');
      },
      transformResult: async (a) => a.result,
    });
    const log = { ...t.ctx.log, error: (_obj: unknown, msg: string) => errors.push(msg) } as unknown as TestApp['ctx']['log'];
    const out = await afterSubmit({ ...t.ctx, db: failing, log }, ref, new Map(), new Date());
    expect(out).toEqual(ref);
    expect(errors).toEqual(['the submitted case could not be read back; no shared materials, no 秒批']);
  });
});
