import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, createStaff, setCaseTime } from '../../../../test/factories/cases';
import { submittedCase } from '../../../../test/factories/supervision';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findChainEvents, verifyChain } from '../../platform/audit/events.repository';
import { verifyChains } from '../../platform/audit/verify';
import { makeResidentId } from '../../platform/ids/generate';
import { DEMO_ENTITIES, DEMO_PEOPLE } from './exchange.demo.data';
import { FOOD_PERMIT_ITEM, loadDemoCatalog } from './exchange.demo';
import { EXCHANGE_CHAIN } from './exchange.service';

/**
 * The data-sharing exchange through the routes on a real database (docs/domain.md S16): needs,
 * their approval into grants and refusal, queries through the grants and every refusal, the
 * owners' and the data subjects' usage pages, and the hash chain that logs all of it.
 */

let t: TestApp;
let reviewer: Session, approver: Session, clerk: Session, supervisor: Session, citizen: Session, enterprise: Session, handler: Session;
let psApprover: Session, taxApprover: Session, hrApprover: Session, taxReviewer: Session;

const CITIZEN_ID = DEMO_PEOPLE[0].idNumber;
const ENTERPRISE_USCC = DEMO_ENTITIES[0].uscc;
const PURPOSE = '食品经营许可审查：核验申请人身份';
const PERIOD = { validFrom: '2026-12-01', validUntil: '2027-11-30', itemCodes: [FOOD_PERMIT_ITEM] };

beforeAll(async () => {
  t = await createCasesTestApp();
  setCaseTime(t, '2026-12-01T10:00:00');
  await loadDemoCatalog(t.ctx, t.ctx.clock.now());
  [reviewer, approver, clerk, supervisor, citizen, enterprise, handler] = await Promise.all(
    ['reviewer', 'approver', 'clerk', 'supervisor', 'citizen', 'enterprise', 'handler'].map((u) => t.login(u)),
  );
  psApprover = await createStaff(t, 'ps-approver', ['approver'], 'public-security');
  taxApprover = await createStaff(t, 'tax-approver', ['approver'], 'taxation');
  hrApprover = await createStaff(t, 'hr-approver', ['approver'], 'hr-social-security');
  taxReviewer = await createStaff(t, 'tax-reviewer', ['reviewer'], 'taxation');
}, 120_000);
afterAll(() => t?.close());

const get = (s: Session, url: string) => t.call('GET', url, { session: s });
const post = (s: Session, url: string, body: unknown, lang = 'zh-CN') => t.call('POST', url, { session: s, body, headers: { 'accept-language': lang } });
const fileNeed = (s: Session, body: Record<string, unknown>, lang = 'zh-CN') => post(s, '/api/v1/exchange/needs', { ...PERIOD, ...body }, lang);
const decide = (s: Session, id: string, action: string, body: Record<string, unknown>, lang = 'zh-CN') =>
  post(s, `/api/v1/exchange/needs/${id}/actions/${action}`, body, lang);
const query = (s: Session, body: Record<string, unknown>, lang = 'zh-CN') => post(s, '/api/v1/exchange/query', body, lang);

async function exchangeEvents() {
  return findChainEvents(t.ctx.db, EXCHANGE_CHAIN);
}

describe('the catalog', () => {
  it('lists eleven resources with owners, fields and sharing types to any staff member, not to the public', async () => {
    const list = (await get(clerk, '/api/v1/exchange/resources?pageSize=50')).json();
    expect(list.total).toBe(11);
    const byCode = new Map(list.items.map((r: { code: string }) => [r.code, r]));
    expect(byCode.get('household-registration')).toMatchObject({
      nameZh: '户籍信息',
      ownerDepartmentCode: 'public-security',
      sharingType: 'conditional',
      keyKind: 'resident_id',
    });
    expect(byCode.get('business-licence')).toMatchObject({ ownerDepartmentCode: 'market-regulation', sharingType: 'unconditional', keyKind: 'uscc' });
    expect(byCode.get('criminal-record')).toMatchObject({ sharingType: 'none', records: 0 });
    const one = (await get(handler, '/api/v1/exchange/resources/household-registration')).json();
    expect(one.fields.find((f: { name: string }) => f.name === 'name')).toEqual({ name: 'name', labelZh: '姓名', labelEn: 'Name', personal: true });
    expect(one.records).toBe(DEMO_PEOPLE.length);
    expect((await get(clerk, '/api/v1/exchange/resources?sharingType=none')).json().total).toBe(1);
    expect((await get(clerk, '/api/v1/exchange/resources?pageSize=3&page=2')).json().items).toHaveLength(3);
    expect((await get(citizen, '/api/v1/exchange/resources')).statusCode).toBe(403);
    expect((await t.call('GET', '/api/v1/exchange/resources')).statusCode).toBe(401);
    const ghost = await t.call('GET', '/api/v1/exchange/resources/no-such', { session: clerk, headers: { 'accept-language': 'en-US' } });
    expect([ghost.statusCode, ghost.json().message]).toEqual([404, 'There is no data resource “no-such”']);
  });
});

describe('need → approval with fewer fields → query', () => {
  let needId: string;

  it('the owner approves only the name and ID fields; the query returns only those', async () => {
    const filed = await fileNeed(reviewer, { resource: 'household-registration', fields: ['idNumber', 'name', 'address', 'birthDate'], purpose: PURPOSE });
    expect(filed.statusCode, filed.body).toBe(201);
    needId = filed.json().id;
    expect(filed.json()).toMatchObject({
      status: 'pending',
      consumerDepartmentCode: 'market-regulation',
      ownerDepartmentCode: 'public-security',
      version: 1,
      grantId: null,
    });

    // Both sides see it: the consumer under "filed", the owner under "received".
    expect((await get(reviewer, '/api/v1/exchange/needs?direction=filed')).json().items.map((n: { id: string }) => n.id)).toContain(needId);
    expect((await get(psApprover, '/api/v1/exchange/needs?direction=received&status=pending')).json().items.map((n: { id: string }) => n.id)).toEqual([needId]);
    expect((await get(psApprover, '/api/v1/exchange/needs?direction=filed')).json().total).toBe(0);
    expect((await get(taxApprover, '/api/v1/exchange/needs')).json().total).toBe(0);

    // Before the decision there is no grant.
    const early = await query(reviewer, { resource: 'household-registration', key: CITIZEN_ID, purpose: PURPOSE });
    expect([early.statusCode, early.json().code]).toEqual([403, 'NO_GRANT']);

    const approved = await decide(psApprover, needId, 'approve', { version: 1, fields: ['idNumber', 'name'] });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', grantedFields: ['idNumber', 'name'], decidedByName: 'ps-approver', version: 2 });
    expect(approved.json().grantId).toBeTruthy();

    const res = await query(reviewer, { resource: 'household-registration', key: CITIZEN_ID, purpose: PURPOSE });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ resource: 'household-registration', grantId: approved.json().grantId, fields: ['idNumber', 'name'] });
    expect(res.json().record).toEqual({ idNumber: CITIZEN_ID, name: '王晓明' });
    // Any staff member of the consumer department queries through the department's grant.
    const byClerkOfOther = await query(clerk, { resource: 'household-registration', key: CITIZEN_ID, purpose: PURPOSE });
    expect([byClerkOfOther.statusCode, byClerkOfOther.json().code]).toEqual([403, 'NO_GRANT']);
    const byApprover = await query(approver, { resource: 'household-registration', key: CITIZEN_ID, purpose: PURPOSE, fields: ['name'] });
    expect(byApprover.json().record).toEqual({ name: '王晓明' });

    const grants = (await get(reviewer, '/api/v1/exchange/grants?direction=filed&status=active')).json();
    expect(grants.items.map((g: { id: string }) => g.id)).toContain(approved.json().grantId);
    expect((await get(psApprover, '/api/v1/exchange/grants?direction=received')).json().items[0]).toMatchObject({
      resource: 'household-registration',
      consumerDepartmentCode: 'market-regulation',
      fields: ['idNumber', 'name'],
      purpose: PURPOSE,
      itemCodes: [FOOD_PERMIT_ITEM],
      status: 'active',
    });
  });

  it('refuses fields outside the grant, another purpose, a bad key and a missing record — each logged', async () => {
    const before = (await exchangeEvents()).length;
    const outside = await query(reviewer, { resource: 'household-registration', key: CITIZEN_ID, purpose: PURPOSE, fields: ['name', 'address'] }, 'en-US');
    expect([outside.statusCode, outside.json().code, outside.json().message]).toEqual([
      403,
      'FIELDS_NOT_GRANTED',
      'These fields are outside the sharing grant: Registered address; the query was refused and logged',
    ]);
    const zh = await query(reviewer, { resource: 'household-registration', key: CITIZEN_ID, purpose: PURPOSE, fields: ['sex'] });
    expect(zh.json().message).toBe('以下字段不在共享授权范围内：性别，查询已拒绝并记录');
    const purpose = await query(reviewer, { resource: 'household-registration', key: CITIZEN_ID, purpose: '其他用途' }, 'en-US');
    expect([purpose.statusCode, purpose.json().code]).toEqual([403, 'PURPOSE_MISMATCH']);
    const badKey = await query(reviewer, { resource: 'household-registration', key: '150203198805171230', purpose: PURPOSE });
    expect([badKey.statusCode, badKey.json().code]).toEqual([400, 'KEY_INVALID']);
    const nobody = await query(reviewer, { resource: 'household-registration', key: makeResidentId('150202', '1999-01-01', 101), purpose: PURPOSE }, 'en-US');
    expect([nobody.statusCode, nobody.json().code, nobody.json().message]).toEqual([404, 'RECORD_NOT_FOUND', 'The data resource holds no record for this key']);
    const after = await exchangeEvents();
    expect(after.length).toBe(before + 5);
    expect(after.slice(-5).map((e) => [e.action, e.data.result, e.data.code])).toEqual([
      ['exchange.query', 'refused', 'FIELDS_NOT_GRANTED'],
      ['exchange.query', 'refused', 'FIELDS_NOT_GRANTED'],
      ['exchange.query', 'refused', 'PURPOSE_MISMATCH'],
      ['exchange.query', 'refused', 'KEY_INVALID'],
      ['exchange.query', 'no_record', null],
    ]);
    // The log keeps the key masked and digested, never in clear.
    expect(JSON.stringify(after.slice(-5).map((e) => e.data))).not.toContain(CITIZEN_ID);
    expect(after.at(-3)!.data).toMatchObject({
      consumer: 'market-regulation',
      owner: 'public-security',
      purpose: '其他用途',
      keyMasked: '1502**********' + CITIZEN_ID.slice(-4),
    });
  });

  it('a query with a case: the case’s item must be one the grant serves', async () => {
    const c = await submittedCase(t, citizen);
    const ok = await query(reviewer, { resource: 'household-registration', key: CITIZEN_ID, purpose: PURPOSE, caseId: c.id });
    expect(ok.statusCode, ok.body).toBe(200);
    // A grant for another item does not cover the food-permit case.
    const other = await fileNeed(reviewer, {
      resource: 'marriage-registration',
      fields: ['idNumber', 'maritalStatus'],
      purpose: '个体工商户登记：核验婚姻状况',
      itemCodes: ['000101007000'],
    });
    const civil = await createStaff(t, 'civil-approver', ['approver'], 'civil-affairs');
    expect((await decide(civil, other.json().id, 'approve', { version: 1 })).statusCode).toBe(200);
    const wrong = await query(reviewer, { resource: 'marriage-registration', key: CITIZEN_ID, purpose: '个体工商户登记：核验婚姻状况', caseId: c.id }, 'en-US');
    expect([wrong.statusCode, wrong.json().code, wrong.json().message]).toEqual([
      403,
      'CASE_NOT_COVERED',
      'The case’s service item is not one the sharing grant serves; the query was refused and logged',
    ]);
    const ghost = await query(reviewer, {
      resource: 'household-registration',
      key: CITIZEN_ID,
      purpose: PURPOSE,
      caseId: '00000000-0000-4000-8000-000000000000',
    });
    expect([ghost.statusCode, ghost.json().code]).toEqual([403, 'CASE_NOT_COVERED']);
    const usage = (await get(psApprover, '/api/v1/exchange/usage?resource=household-registration&result=allowed')).json();
    expect(usage.items[0]).toMatchObject({
      caseId: c.id,
      consumerDepartmentCode: 'market-regulation',
      userName: '张伟',
      purpose: PURPOSE,
      fields: ['idNumber', 'name'],
    });
  });
});

describe('no grant, 不予共享, unconditional sharing', () => {
  it('no grant → 403 in both languages with a refusal on the chain', async () => {
    const en = await query(reviewer, { resource: 'social-insurance', key: CITIZEN_ID, purpose: '核验参保' }, 'en-US');
    expect([en.statusCode, en.json().code, en.json().message]).toEqual([
      403,
      'NO_GRANT',
      'Your department has no sharing grant for the data resource “social-insurance”; the query was refused and logged'.replace(
        'social-insurance',
        '社保参保信息',
      ),
    ]);
    const zh = await query(reviewer, { resource: 'social-insurance', key: CITIZEN_ID, purpose: '核验参保' });
    expect(zh.json().message).toBe('本部门未获得数据资源“社保参保信息”的共享授权，查询已拒绝并记录');
    const last = (await exchangeEvents()).at(-1)!;
    expect(last).toMatchObject({ action: 'exchange.query', actorName: '张伟' });
    expect(last.data).toMatchObject({
      result: 'refused',
      code: 'NO_GRANT',
      resource: 'social-insurance',
      consumer: 'market-regulation',
      owner: 'hr-social-security',
    });
    // The owner sees the refused attempt on its usage page.
    const usage = (await get(hrApprover, '/api/v1/exchange/usage?result=refused')).json();
    expect(usage.items[0]).toMatchObject({
      resource: 'social-insurance',
      result: 'refused',
      refusalCode: 'NO_GRANT',
      consumerDepartmentCode: 'market-regulation',
    });
    // Roles that do not query (the public) are refused and logged too.
    const byCitizen = await query(citizen, { resource: 'social-insurance', key: CITIZEN_ID, purpose: '核验参保' });
    expect(byCitizen.statusCode).toBe(403);
    expect((await exchangeEvents()).at(-1)!.data).toMatchObject({ result: 'refused', code: 'FORBIDDEN' });
  });

  it('a 不予共享 resource cannot be needed', async () => {
    const res = await fileNeed(reviewer, { resource: 'criminal-record', fields: ['name'], purpose: '核验无犯罪记录' }, 'en-US');
    expect([res.statusCode, res.json().code, res.json().message]).toEqual([
      422,
      'RESOURCE_NOT_SHARED',
      'The data resource “违法犯罪记录信息” is not shared (不予共享); it cannot be requested',
    ]);
    const q = await query(reviewer, { resource: 'criminal-record', key: CITIZEN_ID, purpose: '核验无犯罪记录' });
    expect([q.statusCode, q.json().code]).toEqual([403, 'NO_GRANT']);
  });

  it('an unconditional resource is granted at once for the registered purpose', async () => {
    const res = await fileNeed(taxReviewer, { resource: 'business-licence', fields: ['uscc', 'entityName', 'status'], purpose: '税务登记：核验营业执照' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'approved', grantedFields: ['uscc', 'entityName', 'status'], decidedByName: '系统（无条件共享自动登记）' });
    const ok = await query(taxReviewer, { resource: 'business-licence', key: ENTERPRISE_USCC, purpose: '税务登记：核验营业执照' });
    expect(ok.json().record).toEqual({ uscc: ENTERPRISE_USCC, entityName: '包头市鹿城餐饮管理有限公司', status: '存续' });
    // The purpose still has to be the registered one.
    expect((await query(taxReviewer, { resource: 'business-licence', key: ENTERPRISE_USCC, purpose: '随便看看' })).json().code).toBe('PURPOSE_MISMATCH');
  });

  it('refuses bad needs: own resource, unknown fields, a period in the past, a department-less or public caller', async () => {
    expect((await fileNeed(reviewer, { resource: 'business-licence', fields: ['uscc'], purpose: 'x' })).json().code).toBe('OWN_RESOURCE');
    const unknown = await fileNeed(reviewer, { resource: 'tax-payment', fields: ['uscc', 'salary'], purpose: 'x' }, 'en-US');
    expect([unknown.statusCode, unknown.json().message]).toEqual([400, 'The data resource has no fields salary']);
    expect((await fileNeed(reviewer, { resource: 'tax-payment', fields: ['uscc'], purpose: 'x', validFrom: '2026-11-01' })).json().code).toBe('PERIOD_INVALID');
    expect((await fileNeed(reviewer, { resource: 'tax-payment', fields: ['uscc'], purpose: 'x', validUntil: '2030-12-01' })).json().code).toBe(
      'PERIOD_INVALID',
    );
    expect((await fileNeed(clerk, { resource: 'tax-payment', fields: ['uscc'], purpose: 'x' })).statusCode).toBe(403);
    expect((await fileNeed(citizen, { resource: 'tax-payment', fields: ['uscc'], purpose: 'x' })).statusCode).toBe(403);
    expect((await fileNeed(reviewer, { resource: 'nothing', fields: ['uscc'], purpose: 'x' })).statusCode).toBe(404);
  });
});

describe('refusing, deciding twice, revoking and expiry', () => {
  it('the owner refuses with a reason; the consumer cannot decide; others do not see it', async () => {
    const n = (await fileNeed(reviewer, { resource: 'real-estate', fields: ['idNumber', 'location'], purpose: '核验经营场所' })).json();
    const nr = await createStaff(t, 'nr-approver', ['approver'], 'natural-resources');
    const noReason = await decide(nr, n.id, 'refuse', { version: 1, reason: '  ' });
    expect([noReason.statusCode, noReason.json().code]).toEqual([422, 'REASON_REQUIRED']);
    const self = await decide(approver, n.id, 'approve', { version: 1 });
    expect([self.statusCode, self.json().code]).toEqual([403, 'FORBIDDEN']);
    const other = await decide(taxApprover, n.id, 'approve', { version: 1 });
    expect([other.statusCode, other.json().code]).toEqual([404, 'NEED_NOT_FOUND']);
    const more = await decide(nr, n.id, 'approve', { version: 1, fields: ['idNumber', 'location', 'area'] }, 'en-US');
    expect([more.statusCode, more.json().code, more.json().message]).toEqual([
      422,
      'FIELDS_NOT_REQUESTED',
      'The approved fields must be among those requested (not requested: area)',
    ]);
    const stale = await decide(nr, n.id, 'refuse', { version: 3, reason: '不需要' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'VERSION_CONFLICT']);
    const refused = await decide(nr, n.id, 'refuse', { version: 1, reason: '可由申请人提交租赁合同证明' });
    expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: '可由申请人提交租赁合同证明', grantId: null });
    const again = await decide(nr, n.id, 'approve', { version: 2 }, 'en-US');
    expect([again.statusCode, again.json().code, again.json().message]).toEqual([
      409,
      'INVALID_TRANSITION',
      'The data need is “refused”; “approve” is not possible now',
    ]);
    const needChain = (await findChainEvents(t.ctx.db, `exchange_need:${n.id}`)).map((e) => [e.action, e.data.to, e.actorName]);
    expect(needChain).toEqual([
      ['exchange_need.file', 'pending', '张伟'],
      ['exchange_need.refuse', 'refused', 'nr-approver'],
    ]);
    expect((await query(reviewer, { resource: 'real-estate', key: CITIZEN_ID, purpose: '核验经营场所' })).json().code).toBe('NO_GRANT');
    // A supervisor reads every department's needs.
    expect((await get(supervisor, '/api/v1/exchange/needs?status=refused')).json().items.map((x: { id: string }) => x.id)).toContain(n.id);
  });

  it('a revoked grant and an expired one are refused (403) and logged', async () => {
    const n = (
      await fileNeed(reviewer, {
        resource: 'tax-payment',
        fields: ['uscc', 'taxpayerName', 'creditRating'],
        purpose: '食品经营许可审查：核验纳税信用',
        validUntil: '2026-12-31',
      })
    ).json();
    const grantId = (await decide(taxApprover, n.id, 'approve', { version: 1 })).json().grantId as string;
    const tax = { resource: 'tax-payment', key: ENTERPRISE_USCC, purpose: '食品经营许可审查：核验纳税信用' };
    expect((await query(reviewer, tax)).json().record).toEqual({ uscc: ENTERPRISE_USCC, taxpayerName: '包头市鹿城餐饮管理有限公司', creditRating: 'A' });

    // After its last day the grant has expired.
    setCaseTime(t, '2027-01-01T09:00:00');
    const expired = await query(reviewer, tax, 'en-US');
    expect([expired.statusCode, expired.json().code, expired.json().message]).toEqual([
      403,
      'GRANT_EXPIRED',
      'The sharing grant is not valid today (valid 2026-12-01 to 2026-12-31); the query was refused and logged',
    ]);
    expect((await get(reviewer, '/api/v1/exchange/grants?status=expired')).json().items.map((g: { id: string }) => g.id)).toContain(grantId);
    setCaseTime(t, '2026-12-01T10:00:00');

    // Only the owner revokes; the consumer may not.
    expect((await post(reviewer, `/api/v1/exchange/grants/${grantId}/revoke`, { reason: '不再需要' })).statusCode).toBe(403);
    expect((await post(psApprover, `/api/v1/exchange/grants/${grantId}/revoke`, { reason: '不再需要' })).statusCode).toBe(404);
    const revoked = await post(taxApprover, `/api/v1/exchange/grants/${grantId}/revoke`, { reason: '审查发现超范围使用' });
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokeReason: '审查发现超范围使用' });
    expect((await post(taxApprover, `/api/v1/exchange/grants/${grantId}/revoke`, { reason: '再撤一次' })).statusCode).toBe(409);
    const after = await query(reviewer, tax);
    expect([after.statusCode, after.json().code, after.json().message]).toEqual([403, 'GRANT_REVOKED', '共享授权已被数据提供部门撤销，查询已拒绝并记录']);
    const events = await exchangeEvents();
    expect(events.some((e) => e.action === 'exchange.grant_revoked' && e.subjectId === grantId)).toBe(true);
    expect(events.at(-1)!.data).toMatchObject({ result: 'refused', code: 'GRANT_REVOKED', grant: grantId });
  });
});

describe('usage pages and the chain', () => {
  it('the owner sees who used its data and why; others do not', async () => {
    const usage = (await get(psApprover, '/api/v1/exchange/usage?resource=household-registration')).json();
    expect(usage.total).toBeGreaterThanOrEqual(8);
    expect(usage.items.every((u: { resource: string }) => u.resource === 'household-registration')).toBe(true);
    expect(usage.items[0].keyMasked).toMatch(/^1502\*{10}[\dX]{4}$/);
    // Another department sees nothing of public security's resources.
    expect((await get(reviewer, '/api/v1/exchange/usage?resource=household-registration')).json().total).toBe(0);
    // A supervisor sees every resource's use.
    expect((await get(supervisor, '/api/v1/exchange/usage?pageSize=100')).json().total).toBeGreaterThan(usage.total);
    expect((await get(clerk, '/api/v1/exchange/usage')).statusCode).toBe(403);
    expect((await get(psApprover, '/api/v1/exchange/usage?pageSize=2&page=2')).json().items).toHaveLength(2);
  });

  it('the citizen and the enterprise see who looked at their own data', async () => {
    const mine = (await get(citizen, '/api/v1/exchange/my-usage?result=allowed')).json();
    expect(mine.total).toBeGreaterThanOrEqual(3);
    expect(mine.items.map((u: { resource: string }) => u.resource)).toContain('household-registration');
    expect(mine.items[0]).toMatchObject({ consumerDepartmentCode: 'market-regulation', result: 'allowed' });
    const ent = (await get(enterprise, '/api/v1/exchange/my-usage')).json();
    expect(ent.items.map((u: { resource: string }) => u.resource).sort()).toEqual(expect.arrayContaining(['business-licence', 'tax-payment']));
    expect(ent.items.every((u: { keyMasked: string }) => u.keyMasked.endsWith(ENTERPRISE_USCC.slice(-4)))).toBe(true);
    expect((await get(reviewer, '/api/v1/exchange/my-usage')).statusCode).toBe(403);
  });

  it('the exchange chain and every need’s chain verify, and so does the whole log', async () => {
    const events = await exchangeEvents();
    const actions = new Set(events.map((e) => e.action));
    expect([...actions].sort()).toEqual(['exchange.grant_revoked', 'exchange.query']);
    const needs = await t.ctx.db.selectFrom('exchange_needs').select(['id', 'status']).execute();
    for (const n of needs) {
      const chain = await findChainEvents(t.ctx.db, `exchange_need:${n.id}`);
      expect(chain[0].action).toBe('exchange_need.file');
      expect(chain.at(-1)!.data.to).toBe(n.status);
      expect((await verifyChain(t.ctx.db, `exchange_need:${n.id}`)).problems).toEqual([]);
    }
    const rows = await t.ctx.db.selectFrom('exchange_queries').select(['id', 'event_seq']).execute();
    const bySeq = new Map(events.map((e) => [e.seq, e]));
    for (const r of rows) expect(bySeq.get(Number(r.event_seq))?.subjectId).toBe(r.id);
    expect((await verifyChain(t.ctx.db, EXCHANGE_CHAIN)).problems).toEqual([]);
    const report = await verifyChains(t.ctx.db, { region: null });
    expect(report?.broken).toEqual([]);
  });

  it('the OpenAPI document lists the exchange paths', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    expect(Object.keys(doc.paths['/api/v1/exchange/needs']).sort()).toEqual(['get', 'post']);
    for (const p of [
      '/api/v1/exchange/resources',
      '/api/v1/exchange/resources/{code}',
      '/api/v1/exchange/grants',
      '/api/v1/exchange/usage',
      '/api/v1/exchange/my-usage',
    ])
      expect(doc.paths[p].get).toBeDefined();
    for (const p of ['/api/v1/exchange/query', '/api/v1/exchange/needs/{id}/actions/{action}', '/api/v1/exchange/grants/{id}/revoke'])
      expect(doc.paths[p].post.requestBody).toBeDefined();
  });
});
