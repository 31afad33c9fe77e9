import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { closeDenialWindows, DENIAL_WINDOW_MS } from './denials';

let t: TestApp;
let citizen: Session;
beforeAll(async () => {
  t = await createTestApp();
  citizen = await t.login('citizen');
});
afterAll(() => t?.close());

const rows = (action: string) =>
  t.ctx.db.selectFrom('events').select(['data', 'actor_id']).where('action', '=', action).where('actor_id', '=', String(citizen.me.id)).orderBy('id').execute();
const closeWindow = () =>
  t.ctx.db
    .updateTable('audit_denials')
    .set({ window_start: new Date(Date.now() - DENIAL_WINDOW_MS - 1000) })
    .execute();

describe('audit of repeated denials', () => {
  it('writes the first denial, counts repeats, and sums them up when the window closes', async () => {
    for (let i = 0; i < 20; i++) expect((await t.call('GET', '/api/v1/audit/events', { session: citizen })).statusCode).toBe(403);
    expect(await rows('access.denied')).toHaveLength(1);
    expect(await rows('access.denied_repeated')).toHaveLength(0);
    // A different subject is a different key.
    await t.call('POST', '/api/v1/audit/verify', { session: citizen, body: {} });
    expect(await rows('access.denied')).toHaveLength(2);

    // The next denial after the window writes the summary and opens a new window.
    await closeWindow();
    await t.call('GET', '/api/v1/audit/events', { session: citizen });
    const summary = await rows('access.denied_repeated');
    expect(summary).toHaveLength(1);
    expect(summary[0]!.data).toMatchObject({ code: 'FORBIDDEN', method: 'GET', url: '/api/v1/audit/events', repeats: 19 });
    expect(await rows('access.denied')).toHaveLength(3);

    // The sweep closes windows nobody revisits.
    for (let i = 0; i < 3; i++) await t.call('GET', '/api/v1/audit/events', { session: citizen });
    await closeWindow();
    expect(await closeDenialWindows(t.ctx.db)).toBe(2);
    const summaries = await rows('access.denied_repeated');
    expect(summaries.map((s) => (s.data as { repeats: number }).repeats)).toEqual([19, 3]);
    const verify = await t.call('POST', '/api/v1/audit/verify', { session: await t.login('admin'), body: { chain: 'audit' } });
    expect(verify.json().ok).toBe(true);
  });
});
