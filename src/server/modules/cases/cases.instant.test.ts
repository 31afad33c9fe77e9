import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, setCaseTime, uploadPdf } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents } from '../../platform/audit/events.repository';
import { verifyChains } from '../../platform/audit/verify';
import type { InstantRule } from '../catalog';
import { getDemoItemByName } from '../catalog/demo';
import { DEMO_ENTITIES, DEMO_PEOPLE } from '../exchange/exchange.demo.data';
import { loadDemoCatalog, loadDemoExchange } from '../exchange/exchange.demo';
import { licencesDemoSeeder } from '../licences/licences.demo';
import { evaluateRule } from './cases.instant';

/**
 * 秒批 (docs/decisions.md D22): rules evaluated against shared facts at submission; all met → the
 * case is decided and the certificate issued as an e-licence in the same request, with the evidence
 * on the case's chain and in the supervisors' list; anything failed or unknown → the ordinary way,
 * with the reason.
 */

describe('evaluateRule', () => {
  const rule = (op: InstantRule['op'], values?: string[], field = 'status'): InstantRule => ({
    resource: 'r',
    field,
    op,
    values,
    textZh: '条件',
    textEn: 'condition',
  });
  const found = (facts: Record<string, unknown>) => ({ found: true, facts, queryId: null, grantId: null });
  const none = { found: false, facts: {}, queryId: null, grantId: null };
  const today = '2026-12-01';

  it.each([
    ['equals met', rule('equals', ['正常']), found({ status: '正常' }), 'met'],
    ['equals failed', rule('equals', ['正常']), found({ status: '注销' }), 'failed'],
    ['equals on a number', rule('equals', ['0']), found({ status: 0 }), 'met'],
    ['oneOf', rule('oneOf', ['已婚', '离婚']), found({ status: '离婚' }), 'met'],
    ['contains', rule('contains', ['食品销售']), found({ status: '餐饮服务；食品销售' }), 'met'],
    ['contains failed', rule('contains', ['食品销售']), found({ status: '机动车维修' }), 'failed'],
    ['present with a value', rule('present'), found({ status: 'x' }), 'met'],
    ['present without the field', rule('present'), found({}), 'failed'],
    ['present, record only', { ...rule('present'), field: undefined }, found({}), 'met'],
    ['present, no record', rule('present'), none, 'failed'],
    ['noRecord met', rule('noRecord'), none, 'met'],
    ['noRecord failed', rule('noRecord'), found({}), 'failed'],
    ['notExpired', rule('notExpired'), found({ status: '2027-01-01' }), 'met'],
    ['expired', rule('notExpired'), found({ status: '2026-11-30' }), 'failed'],
    ['not a date', rule('notExpired'), found({ status: '长期' }), 'unknown'],
    ['field missing', rule('equals', ['正常']), found({}), 'unknown'],
    ['no record for a value test', rule('equals', ['正常']), none, 'unknown'],
    ['could not ask', rule('equals', ['正常']), null, 'unknown'],
  ] as const)('%s', (_name, r, answer, expected) => {
    expect(evaluateRule(r, answer, today)).toBe(expected);
  });
});

let t: TestApp;
let citizen: Session, enterprise: Session, supervisor: Session;

beforeAll(async () => {
  t = await createCasesTestApp();
  setCaseTime(t, '2026-12-01T10:00:00');
  await loadDemoCatalog(t.ctx, t.ctx.clock.now());
  await loadDemoExchange(t.ctx, t.ctx.clock.now());
  await licencesDemoSeeder(t.ctx);
  [citizen, enterprise, supervisor] = await Promise.all(['citizen', 'enterprise', 'supervisor'].map((u) => t.login(u)));
}, 120_000);
afterAll(() => t?.close());

const apply = (s: Session, body: Record<string, unknown>) => t.call('POST', '/api/v1/cases', { session: s, body: { channel: 'web', ...body } });
const code = (name: string) => getDemoItemByName(name).basicCode;
const detail = async (s: Session, id: string) => (await t.call('GET', `/api/v1/cases/${id}`, { session: s })).json();

describe('秒批 at submission', () => {
  it('a housing-fund deposit certificate is decided and issued as an e-licence in the same request', async () => {
    const res = await apply(citizen, { itemCode: code('住房公积金缴存证明开具'), form: { fundAccount: '150200123456' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('issued');
    const d = await detail(citizen, res.json().id);
    expect(d.decision).toBe('approved');
    expect(d.delivery).toMatchObject({ mode: 'e_licence', licenceNo: expect.stringMatching(/^1\.2\.156\.3005\.2\./) });
    // The ID card came from the real-name account; nothing was uploaded.
    expect(d.materials[0].sharedFrom).toMatchObject({ source: 'identity' });
    const events = await findChainEvents(t.ctx.db, `case:${d.id}`);
    expect(events.map((e) => e.action)).toEqual(['case.submit', 'case.materials_shared', 'case.accept', 'case.complete', 'case.issue']);
    const evidence = (events[2].data as { evidence: Array<{ outcome: string; queryId: string }> }).evidence;
    expect(evidence).toEqual([expect.objectContaining({ resource: 'housing-fund', outcome: 'met', queryId: expect.any(String) })]);
    const q = await t.ctx.db.selectFrom('exchange_queries').selectAll().where('id', '=', evidence[0].queryId).executeTakeFirstOrThrow();
    expect(q).toMatchObject({ case_id: d.id, result: 'allowed', consumer_department_code: 'housing-fund' });
    // The holder finds it in the wallet.
    const wallet = (await t.call('GET', '/api/v1/licenses/mine', { session: citizen })).json();
    expect(wallet.items.map((l: { id: string }) => l.id)).toContain(d.delivery.licenceId);
  });

  it('no criminal record: the absence of a record is the fact; the uploaded application form completes the materials', async () => {
    const fileId = await uploadPdf(t, citizen);
    const item = code('无犯罪记录证明开具');
    const res = await apply(citizen, { itemCode: item, form: { purpose: '应聘' }, materials: [{ materialCode: `${item}M01`, fileId }] });
    expect(res.json().status, res.body).toBe('issued');
  });

  it('the same item without its application form goes the ordinary way, saying what is missing', async () => {
    const res = await apply(citizen, { itemCode: code('无犯罪记录证明开具'), form: { purpose: '应聘' } });
    expect(res.json().status).toBe('submitted');
    const events = await findChainEvents(t.ctx.db, `case:${res.json().id}`);
    const declined = events.find((e) => e.action === 'case.instant_declined');
    expect((declined?.data as { reason: string }).reason).toBe('材料不全：无犯罪记录证明申请表');
  });

  it('a tax certificate for a citizen cannot be checked from shared data (the resource is keyed by credit code): ordinary way', async () => {
    const res = await apply(citizen, { itemCode: code('开具税收完税证明'), form: { period: '2026-10' } });
    expect(res.json().status).toBe('submitted');
    const list = (await t.call('GET', '/api/v1/cases/instant-decisions?outcome=declined', { session: supervisor })).json();
    const mine = list.items.find((i: { caseId: string }) => i.caseId === res.json().id);
    expect(mine.reason).toBe('无法通过共享数据核验：纳税人登记状态正常；没有欠缴税款');
    expect(mine.evidence.every((e: { outcome: string }) => e.outcome === 'unknown')).toBe(true);
  });

  it('a pre-packaged food filing for the enterprise is approved from its business licence record (a filing: completed, not issued)', async () => {
    const fileId = await uploadPdf(t, enterprise);
    const item = code('仅销售预包装食品备案');
    const res = await apply(enterprise, {
      itemCode: item,
      form: {
        applicantName: DEMO_PEOPLE[1].name,
        idNumber: DEMO_PEOPLE[1].idNumber,
        entityName: DEMO_ENTITIES[0].name,
        uscc: DEMO_ENTITIES[0].uscc,
        businessAddress: DEMO_ENTITIES[0].address,
      },
      materials: [{ materialCode: `${item}M01`, fileId }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('completed');
  });

  it('supervisors list every decision with its evidence; applicants may not', async () => {
    const list = (await t.call('GET', '/api/v1/cases/instant-decisions', { session: supervisor })).json();
    expect(list.total).toBe(5);
    expect(list.items.filter((i: { outcome: string }) => i.outcome === 'approved')).toHaveLength(3);
    expect((await t.call('GET', '/api/v1/cases/instant-decisions', { session: citizen })).statusCode).toBe(403);
    const report = await verifyChains(t.ctx.db, { region: null });
    expect(report?.broken).toEqual([]);
  });
});

describe('减材料 figures', () => {
  it('count per department the materials not brought, by source, of the required ones, and the 秒批 cases', async () => {
    const res = await t.call('GET', '/api/v1/cases/stats/materials-saved?by=department&from=2026-12-01&to=2026-12-01', { session: supervisor });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const fund = body.rows.find((r: { key: string }) => r.key === 'housing-fund');
    expect(fund).toMatchObject({
      cases: 1,
      required: 1,
      saved: { identity: 1, eLicence: 0, exchange: 0, total: 1 },
      savedPerCase: 1,
      savedShare: 1,
      instant: 1,
    });
    const market = body.rows.find((r: { key: string }) => r.key === 'market-regulation');
    expect(market).toMatchObject({ cases: 1, saved: { exchange: 1, total: 1 }, instant: 1 });
    expect(body.total.instant).toBe(3);
    const byItem = (await t.call('GET', '/api/v1/cases/stats/materials-saved?by=item&from=2026-12-01&to=2026-12-01', { session: supervisor })).json();
    expect(byItem.rows.map((r: { nameZh: string }) => r.nameZh)).toContain('住房公积金缴存证明开具');
    const none = (await t.call('GET', '/api/v1/cases/stats/materials-saved?from=2025-01-01&to=2025-01-31', { session: supervisor })).json();
    expect(none).toMatchObject({ rows: [], total: { cases: 0, savedPerCase: null, savedShare: null } });
    expect((await t.call('GET', '/api/v1/cases/stats/materials-saved?from=2026-12-02&to=2026-12-01', { session: supervisor })).statusCode).toBe(400);
    expect((await t.call('GET', '/api/v1/cases/stats/materials-saved?from=2026-12-01&to=2026-12-01', { session: citizen })).statusCode).toBe(403);
  });
});
