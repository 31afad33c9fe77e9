import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { act, FOOD_FORM, FOOD_PERMIT, setCaseTime, type Ref } from '../../../../test/factories/cases';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents } from '../../platform/audit/events.repository';
import { seedCatalogDemo } from '../catalog';
import { giveDefaultRatings } from './ratings.default';

/** A city that turned default ratings on (7 days): unrated finished cases become 满意, marked as defaulted. */

let t: TestApp;
let clerk: Session;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-ratings-'));
  t = await createTestApp({ demoSeeders: [seedCatalogDemo], config: { TONGBAN_DATA_DIR: dataDir, TONGBAN_RATING_DEFAULT_DAYS: '7' } });
  clerk = await t.login('clerk');
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function notAcceptedAt(local: string): Promise<Ref> {
  setCaseTime(t, local);
  const res = await t.call('POST', '/api/v1/cases', {
    session: clerk,
    body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, applicant: { idType: 'resident_id', name: '李四', idNumber: '11010519491231002X', mobile: '13800001111' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return act(t, clerk, res.json(), 'reject', { reasons: ['经营场所不在本辖区'] });
}

describe('default ratings', () => {
  it('rate 满意 only cases unrated for the configured days, once, marked as defaulted and counted apart in the figures', async () => {
    const unrated = await notAcceptedAt('2026-03-02T10:00:00');
    const rated = await notAcceptedAt('2026-03-02T11:00:00');
    const recent = await notAcceptedAt('2026-03-08T10:00:00');
    const own = await t.call('POST', `/api/v1/cases/${rated.id}/rating`, { session: clerk, body: { level: 5, channel: 'window_pad' } });
    expect(own.statusCode).toBe(201);

    const now = new Date('2026-03-09T12:00:00+08:00');
    expect(await giveDefaultRatings(t.ctx, now)).toBe(1);
    expect(await giveDefaultRatings(t.ctx, now)).toBe(0);
    const rows = await t.ctx.db.selectFrom('ratings').select(['id', 'case_id', 'level', 'channel', 'defaulted', 'submitted_by']).execute();
    const byCase = new Map(rows.map((r) => [r.case_id, r]));
    expect(byCase.get(unrated.id)).toMatchObject({ level: 4, channel: 'default', defaulted: true, submitted_by: null });
    expect(byCase.get(rated.id)).toMatchObject({ level: 5, channel: 'window_pad', defaulted: false });
    expect(byCase.has(recent.id)).toBe(false);
    const events = await findChainEvents(t.ctx.db, `rating:${byCase.get(unrated.id)!.id}`);
    expect(events.map((e) => [e.action, e.actorName])).toEqual([['rating.default', '系统 / system']]);

    // The applicant can no longer rate it; the figures count it as 满意 and say how many were defaulted.
    const late = await t.call('POST', `/api/v1/cases/${unrated.id}/rating`, { session: clerk, body: { level: 1, channel: 'window_pad' } });
    expect([late.statusCode, late.json().code]).toEqual([409, 'ALREADY_RATED']);
    const figures = (await t.call('GET', '/api/v1/ratings/public?by=item&period=month&date=2026-03')).json();
    expect(figures.rows[0]).toMatchObject({ key: FOOD_PERMIT, total: 2, counts: { 4: 1, 5: 1 }, goodRate: 1, defaulted: 1 });
    setCaseTime(t, null);
  });
});
