import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { getDemoItemByName } from './demo';

/** An admin edits a "一件事" definition (docs/decisions.md D24): checked as a whole, versioned, audited. */

let t: TestApp;
let admin: Session, clerk: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  [admin, clerk] = await Promise.all([t.login('admin'), t.login('clerk')]);
});
afterAll(() => t?.close());

const PREPAID = getDemoItemByName('单用途商业预付卡备案').basicCode;

describe('editing a bundle definition', () => {
  it('adds a question and the member it decides; the plan follows at once', async () => {
    const before = (await t.call('GET', '/api/v1/bundles/open-ktv')).json();
    const def = before.definition.plan;
    const next = {
      ...def,
      questions: [...def.questions, { key: 'prepaidCards', textZh: '是否发行会员卡？', textEn: 'Will you sell membership cards?', kind: 'yes_no' }],
      members: [
        ...def.members,
        {
          itemCode: PREPAID,
          stage: 2,
          when: [{ question: 'prepaidCards', op: 'eq', value: true }],
          reasonZh: '发行会员卡',
          reasonEn: 'Sells membership cards',
        },
      ],
    };
    const res = await t.call('PUT', '/api/v1/admin/bundles/open-ktv/definition', { session: admin, body: { version: 1, definition: next } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ code: 'open-ktv', version: 2 });
    const plan = (await t.call('POST', '/api/v1/bundles/open-ktv/plan', { body: { answers: { servesFood: false, prepaidCards: true } } })).json();
    expect(plan.items.find((i: { itemCode: string }) => i.itemCode === PREPAID)).toMatchObject({ selected: true, reason: '发行会员卡' });
    const stale = await t.call('PUT', '/api/v1/admin/bundles/open-ktv/definition', { session: admin, body: { version: 1, definition: next } });
    expect(stale.statusCode).toBe(409);
    const events = await t.ctx.db.selectFrom('events').select('action').where('chain', '=', 'catalog:bundles').execute();
    expect(events.map((e) => e.action)).toEqual(['bundle.definition_updated']);
  });

  it('refuses a broken definition with every problem, and anyone but an admin', async () => {
    const def = (await t.call('GET', '/api/v1/bundles/open-gym')).json().definition.plan;
    const broken = {
      ...def,
      members: def.members.map((m: { stage: number }, i: number) => ({
        ...m,
        stage: i === 0 ? 3 : m.stage,
        ...(i === 1 ? { when: [{ question: 'nope', op: 'eq', value: true }] } : {}),
      })),
      milestones: [{ key: 'x', labelZh: '节点', labelEn: 'Step', itemCodes: ['999999999999'], workdays: 30 }],
    };
    const res = await t.call('PUT', '/api/v1/admin/bundles/open-gym/definition', { session: admin, body: { version: 1, definition: broken } });
    expect(res.json().code).toBe('BUNDLE_DEFINITION_INVALID');
    const paths = res.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['members', 'members.1.when.0', 'milestones.0.itemCodes', 'milestones.0.workdays']));
    expect((await t.call('PUT', '/api/v1/admin/bundles/open-gym/definition', { session: clerk, body: { version: 1, definition: def } })).statusCode).toBe(403);
  });
});
