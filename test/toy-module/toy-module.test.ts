import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChainEvents, verifyChain } from '../../src/server/platform/audit/events.repository';
import { ROLES } from '../../src/server/platform/auth/roles';
import { runTransition } from '../../src/server/platform/workflow/engine';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';
import { checkAgainstOracle } from '../helpers/workflow-oracle';
import { SUGGESTIONS_DDL, suggestionMachine } from './suggestions.machine';
import { suggestionRoutes } from './suggestions.routes';
import { RULES, SUGGESTION_ACTIONS, SUGGESTION_STATUSES } from './suggestions.state';

/**
 * Proves docs/architecture.md's "Adding a module" checklist: a module written only from it (rule
 * table, machine, policy, errors, routes) gets locking, authorisation, version checks, refusals in
 * both languages, the hash-chained event and the transactional outbox from the workflow engine.
 */

let t: TestApp;
let citizen: Session;
let handler: Session;

beforeAll(async () => {
  t = await createTestApp({ routes: [suggestionRoutes] });
  await sql.raw(SUGGESTIONS_DDL).execute(t.ctx.db);
  citizen = await t.login('citizen');
  handler = await t.login('handler');
});
afterAll(() => t.close());

async function newSuggestion(): Promise<string> {
  const r = await sql<{ id: string }>`INSERT INTO toy_suggestions (region_code, department_code, owner_id, text)
    VALUES ('150203', ${handler.me.departmentCode as string}, ${citizen.me.id as string}, '建议在阿尔丁大街增设非机动车道') RETURNING id`.execute(t.ctx.db);
  return r.rows[0].id;
}

const act = (s: Session, id: string, action: string, body: Record<string, unknown>, lang = 'zh-CN') =>
  t.call('POST', `/api/v1/toy/suggestions/${id}/actions/${action}`, { session: s, body, headers: { 'accept-language': lang } });

describe('a toy module on the workflow engine', () => {
  it('its rule table agrees with a hand-written oracle', () => {
    const { checked, mismatches } = checkAgainstOracle(RULES, {
      statuses: SUGGESTION_STATUSES,
      actions: SUGGESTION_ACTIONS,
      roles: ROLES,
      allowed: [
        ['answer', 'dept_handler', ['submitted'], 'answered'],
        ['close', 'citizen', ['answered'], 'closed'],
        ['withdraw', 'citizen', ['submitted'], 'withdrawn'],
      ],
      passing: () => ({ answerGiven: true }),
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBe(SUGGESTION_ACTIONS.length * ROLES.length * SUGGESTION_STATUSES.length);
  });

  it('runs a whole life over HTTP: guard, role, version, status refusals; events chained; job queued with the change', async () => {
    const id = await newSuggestion();

    const noAnswer = await act(handler, id, 'answer', { version: 1 });
    expect([noAnswer.statusCode, noAnswer.json().code, noAnswer.json().message]).toEqual([422, 'ANSWER_REQUIRED', '请填写答复内容']);
    const wrongRole = await act(citizen, id, 'answer', { version: 1, answer: '好' });
    expect([wrongRole.statusCode, wrongRole.json().code]).toEqual([403, 'FORBIDDEN']);

    const answered = await act(handler, id, 'answer', { version: 1, answer: '已纳入明年道路改造计划' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toEqual({ id, status: 'answered', version: 2 });

    const stale = await act(handler, id, 'answer', { version: 1, answer: '再答一次' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'VERSION_CONFLICT']);
    const tooLate = await act(citizen, id, 'withdraw', { version: 2 }, 'en-US');
    expect([tooLate.statusCode, tooLate.json().code, tooLate.json().message]).toEqual([
      422,
      'INVALID_TRANSITION',
      'The suggestion is “answered”; “withdraw” is not possible now',
    ]);

    expect((await act(citizen, id, 'close', { version: 2 })).json()).toEqual({ id, status: 'closed', version: 3 });

    const events = await findChainEvents(t.ctx.db, `suggestion:${id}`);
    expect(events.map((e) => [e.action, (e.data as { from: string }).from, (e.data as { to: string }).to])).toEqual([
      ['suggestion.answer', 'submitted', 'answered'],
      ['suggestion.close', 'answered', 'closed'],
    ]);
    expect((await verifyChain(t.ctx.db, `suggestion:${id}`)).problems).toEqual([]);
    const jobs = await t.ctx.db.selectFrom('jobs').select('payload').where('queue', '=', 'toy.suggestion-answered').execute();
    expect(jobs.map((j) => (j.payload as { id: string }).id)).toEqual([id]);
  });

  it('a failing after-step rolls the whole change back: no status, no event, no job', async () => {
    const id = await newSuggestion();
    const actor = {
      id: handler.me.id as string,
      displayName: '孙强',
      roles: ['dept_handler' as const],
      departmentCode: handler.me.departmentCode as string,
      regionCode: '150200',
    };
    await expect(
      runTransition(
        t.ctx,
        suggestionMachine,
        { id, action: 'answer', actor: actor as never, body: { version: 1 }, now: new Date(), answer: '答复' },
        async ({ trx }) => ({
          patch: { answer: '答复' },
          after: async () => {
            await t.ctx.jobs.send('toy.suggestion-answered', { id }, {}, trx);
            throw new Error('the SMS outbox is full');
          },
        }),
      ),
    ).rejects.toThrow('the SMS outbox is full');
    const row = await sql<{ status: string; version: number }>`SELECT status, version FROM toy_suggestions WHERE id = ${id}`.execute(t.ctx.db);
    expect(row.rows[0]).toEqual({ status: 'submitted', version: 1 });
    expect(await findChainEvents(t.ctx.db, `suggestion:${id}`)).toEqual([]);
    const jobs = await t.ctx.db.selectFrom('jobs').select('payload').where('queue', '=', 'toy.suggestion-answered').execute();
    expect(jobs.some((j) => (j.payload as { id: string }).id === id)).toBe(false);
  });
});
