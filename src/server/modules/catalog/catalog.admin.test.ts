import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { getItemVersion, getPublishedItem, seedCatalogDemo } from './catalog.service';

let t: TestApp;
let admin: Session;
let citizen: Session;

beforeAll(async () => {
  t = await createTestApp({ demoSeeders: [seedCatalogDemo] });
  admin = await t.login('admin');
  citizen = await t.login('citizen');
}, 120_000);
afterAll(() => t?.close());

/** The definition part of a published item (what the admin edits). */
async function definitionOf(code: string): Promise<Record<string, unknown>> {
  const { code: _c, version: _v, publishedAt: _p, ...definition } = await getPublishedItem(t.ctx.db, code);
  return JSON.parse(JSON.stringify(definition));
}

async function firstCode(q: string): Promise<string> {
  return (await t.call('GET', `/api/v1/items?q=${encodeURIComponent(q)}`)).json().items[0].code;
}

describe('admin permissions', () => {
  it('answers anonymous callers 401 and non-admins 403 on every admin endpoint', async () => {
    const code = await firstCode('护照');
    const endpoints: ['GET' | 'POST' | 'PUT' | 'DELETE', string, unknown?][] = [
      ['GET', '/api/v1/admin/items'],
      ['POST', '/api/v1/admin/items', { code: '999999999999', definition: {} }],
      ['POST', `/api/v1/admin/items/${code}/draft`],
      ['PUT', `/api/v1/admin/items/${code}/draft`, { revision: 1, definition: await definitionOf(code) }],
      ['POST', `/api/v1/admin/items/${code}/publish`, {}],
      ['GET', `/api/v1/admin/items/${code}/versions`],
      ['GET', `/api/v1/admin/items/${code}/diff?from=1&to=1`],
      ['GET', '/api/v1/admin/catalog/export.json'],
      ['GET', '/api/v1/admin/catalog/export.xlsx'],
      ['POST', '/api/v1/admin/catalog/import', { items: [{ code, definition: {} }] }],
      ['GET', '/api/v1/admin/synonyms'],
    ];
    for (const [method, url, body] of endpoints) {
      const anon = await t.call(method, url, { body });
      expect(anon.statusCode, `${method} ${url}`).toBe(401);
      const res = await t.call(method, url, { session: citizen, body });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });
});

describe('drafts, publication and versions', () => {
  it('publishes an edited draft as version 2: the public guide changes, version 1 stays for cases', async () => {
    const code = await firstCode('护照');
    const before = await getPublishedItem(t.ctx.db, code);
    const started = await t.call('POST', `/api/v1/admin/items/${code}/draft`, { session: admin });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ version: 2, status: 'draft', revision: 1 });
    expect((await t.call('POST', `/api/v1/admin/items/${code}/draft`, { session: admin })).json().code).toBe('DRAFT_EXISTS');

    const def = await definitionOf(code);
    const edited = { ...def, name: `${before.name}（新版）`, conditions: [...before.conditions, '新增条件：本人到场采集指纹'] };
    const saved = await t.call('PUT', `/api/v1/admin/items/${code}/draft`, { session: admin, body: { revision: 1, definition: edited } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().revision).toBe(2);
    const stale = await t.call('PUT', `/api/v1/admin/items/${code}/draft`, { session: admin, body: { revision: 1, definition: def } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('DRAFT_STALE');

    // Drafts are not public.
    expect((await t.call('GET', `/api/v1/items/${code}`)).json().item.name).toBe(before.name);
    const valid = await t.call('POST', `/api/v1/admin/items/${code}/draft/validate`, { session: admin });
    expect(valid.json()).toMatchObject({ valid: true, problems: [] });

    const pub = await t.call('POST', `/api/v1/admin/items/${code}/publish`, { session: admin, body: { revision: 2, note: '增加采集指纹条件' } });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({ version: 2, status: 'published', note: '增加采集指纹条件' });

    const guide = (await t.call('GET', `/api/v1/items/${code}`)).json();
    expect(guide.item).toMatchObject({ version: 2, name: edited.name });
    expect(guide.item.conditions).toContain('新增条件：本人到场采集指纹');
    const found = (await t.call('GET', `/api/v1/items?q=${encodeURIComponent('新版')}`)).json();
    expect(found.items[0].code).toBe(code);

    const v1 = await getItemVersion(t.ctx.db, code, 1);
    expect(v1.name).toBe(before.name);
    const versions = (await t.call('GET', `/api/v1/admin/items/${code}/versions`, { session: admin })).json().versions;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);

    const diff = (await t.call('GET', `/api/v1/admin/items/${code}/diff?from=1&to=2`, { session: admin })).json();
    expect(diff.changes).toContainEqual({ path: 'name', change: 'changed', from: before.name, to: edited.name });
    const cond = diff.changes.find((c: { path: string }) => c.path === 'conditions');
    expect(cond.added).toEqual(['新增条件：本人到场采集指纹']);
    expect(diff.changes).toHaveLength(2);

    const chain = await verifyChain(t.ctx.db, `item:${code}`);
    expect(chain.problems).toEqual([]);
    const actions = (await t.ctx.db.selectFrom('events').select('action').where('chain', '=', `item:${code}`).orderBy('seq').execute()).map((e) => e.action);
    expect(actions).toEqual(['item.draft_started', 'item.draft_updated', 'item.published']);
  });

  it('refuses to publish a draft that breaks rules and lists every problem at once, in both languages', async () => {
    const code = await firstCode('结婚');
    await t.call('POST', `/api/v1/admin/items/${code}/draft`, { session: admin });
    const def = await definitionOf(code);
    const materials = def.materials as { code: string }[];
    const bad = {
      ...def,
      statutoryLimit: { value: 5, unit: 'workday' },
      promisedLimit: { value: 10, unit: 'workday' },
      caseKind: 'promised',
      modes: ['online', 'one_visit'],
      departmentCode: 'no-such-dept',
      materials: materials.length ? [materials[0], materials[0]] : [],
    };
    const saved = await t.call('PUT', `/api/v1/admin/items/${code}/draft`, { session: admin, body: { revision: 1, definition: bad } });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await t.call('POST', `/api/v1/admin/items/${code}/publish`, { session: admin, headers: { 'accept-language': 'en-US' }, body: {} });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ITEM_INVALID');
    expect(res.json().message).toMatch(/rule/);
    const rules = res.json().details.map((p: { rule: string }) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['promised_within_statutory', 'department_exists', 'material_codes_unique']));
    for (const p of res.json().details) {
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.en).toMatch(/[a-z]/);
    }
    expect((await getPublishedItem(t.ctx.db, code)).version).toBe(1);
    const discard = await t.call('DELETE', `/api/v1/admin/items/${code}/draft`, { session: admin });
    expect(discard.statusCode).toBe(204);
  });

  it('refuses a working-day promise that ends after a natural-day statute on some acceptance day', async () => {
    // 居住证申领: 15 natural days by law. 10 working days "fit" at 7/5 natural days each, but from
    // 2026-09-30 they end on 10-20 (National Day) while the statute ends on 10-15.
    const code = await firstCode('居住证申领');
    await t.call('POST', `/api/v1/admin/items/${code}/draft`, { session: admin });
    const def = await definitionOf(code);
    const saved = await t.call('PUT', `/api/v1/admin/items/${code}/draft`, {
      session: admin,
      body: { revision: 1, definition: { ...def, statutoryLimit: { value: 15, unit: 'natural_day' }, promisedLimit: { value: 10, unit: 'workday' } } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await t.call('POST', `/api/v1/admin/items/${code}/publish`, { session: admin, body: {} });
    expect(res.statusCode).toBe(422);
    const problem = res.json().details.find((p: { rule: string }) => p.rule === 'promised_within_statutory');
    expect(problem.zh).toMatch(/受理的办件承诺 \d{4}-\d{2}-\d{2} 办结，法定期限却在 \d{4}-\d{2}-\d{2} 届满/);
    expect((await t.call('DELETE', `/api/v1/admin/items/${code}/draft`, { session: admin })).statusCode).toBe(204);
  });

  it('rejects a malformed definition with 400 listing the bad fields', async () => {
    const res = await t.call('POST', '/api/v1/admin/items', { session: admin, body: { code: '12345', definition: { name: 1 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    const paths = JSON.stringify(res.json().details);
    expect(paths).toContain('body.code');
    expect(paths).toContain('body.definition');
  });

  it('creates a new item as a draft that becomes public only when published', async () => {
    const def = await definitionOf(await firstCode('残疾证'));
    const code = '000999001000';
    const body = { code, definition: { ...def, name: '测试新事项甲乙丙', nameEn: 'Test item', implCode: `11150200MB154170${code}000`.slice(0, 36) } };
    const created = await t.call('POST', '/api/v1/admin/items', { session: admin, body, headers: { 'idempotency-key': 'create-000999001000' } });
    expect(created.statusCode, created.body).toBe(201);
    const replay = await t.call('POST', '/api/v1/admin/items', { session: admin, body, headers: { 'idempotency-key': 'create-000999001000' } });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await t.call('POST', '/api/v1/admin/items', { session: admin, body })).json().code).toBe('ITEM_EXISTS');
    expect((await t.call('GET', `/api/v1/items/${code}`)).statusCode).toBe(404);
    const hidden = (await t.call('GET', `/api/v1/items?q=${encodeURIComponent('测试新事项甲乙丙')}&pageSize=100`)).json();
    expect(hidden.items.map((i: { code: string }) => i.code)).not.toContain(code);
    const list = (await t.call('GET', '/api/v1/admin/items?status=draft', { session: admin })).json();
    expect(list.items.map((i: { code: string }) => i.code)).toContain(code);
    const pub = await t.call('POST', `/api/v1/admin/items/${code}/publish`, { session: admin, body: {} });
    expect(pub.statusCode, pub.body).toBe(200);
    expect((await t.call('GET', `/api/v1/items?q=${encodeURIComponent('测试新事项甲乙丙')}`)).json().items[0].code).toBe(code);
  });
});

describe('the admin item list', () => {
  it('finds items in any state by name, by a typo (trigram) and by code prefix', async () => {
    const byTypo = (await t.call('GET', `/api/v1/admin/items?q=${encodeURIComponent('营业执造')}`, { session: admin })).json();
    expect(byTypo.items.map((i: { name: string }) => i.name)).toContain('营业执照补领、换发');
    const byCode = (await t.call('GET', '/api/v1/admin/items?q=000101', { session: admin })).json();
    expect(byCode.total).toBeGreaterThan(5);
    expect(byCode.items.every((i: { code: string }) => i.code.startsWith('000101'))).toBe(true);
  });
});

describe('import and export', () => {
  it('exports JSON that imports back unchanged, and an xlsx workbook', async () => {
    const json = await t.call('GET', '/api/v1/admin/catalog/export.json', { session: admin });
    expect(json.statusCode).toBe(200);
    const exported = json.json();
    expect(exported.items.length).toBeGreaterThanOrEqual(200);
    const back = await t.call('POST', '/api/v1/admin/catalog/import', { session: admin, body: { items: exported.items.slice(0, 20) } });
    expect(back.statusCode, back.body.slice(0, 500)).toBe(200);
    expect(back.json()).toMatchObject({ created: [], updated: [] });
    expect(back.json().unchanged).toHaveLength(20);
    const xlsx = await t.call('GET', '/api/v1/admin/catalog/export.xlsx', { session: admin });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('imports all or nothing and reports every invalid item', async () => {
    const exported = (await t.call('GET', '/api/v1/admin/catalog/export.json', { session: admin })).json();
    const [a, b, c] = exported.items.slice(30, 33);
    const changedA = { code: a.code, definition: { ...a.definition, name: `${a.definition.name}（导入修订）` } };
    const badB = { code: b.code, definition: { ...b.definition, promisedLimit: { value: 999, unit: b.definition.statutoryLimit.unit } } };
    const badC = { code: 'abc', definition: { name: 'x' } };
    const res = await t.call('POST', '/api/v1/admin/catalog/import', { session: admin, body: { items: [changedA, badB, c, badC] } });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('IMPORT_INVALID');
    const errs = res.json().details;
    expect(errs.map((e: { index: number }) => e.index)).toEqual([1, 3]);
    expect(errs[0].problems.map((p: { rule: string }) => p.rule)).toContain('promised_within_statutory');
    expect(errs[1].problems.map((p: { rule: string }) => p.rule)).toContain('basic_code_format');
    // Nothing was written, not even the valid item.
    expect((await getPublishedItem(t.ctx.db, a.code)).name).toBe(a.definition.name);

    const ok = await t.call('POST', '/api/v1/admin/catalog/import', { session: admin, body: { items: [changedA, c] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ created: [], updated: [a.code], unchanged: [c.code] });
    const now = await getPublishedItem(t.ctx.db, a.code);
    expect(now.name).toBe(changedA.definition.name);
    expect(now.version).toBe(2);
  });
});

describe('synonyms', () => {
  it('lets an admin add a synonym that search uses at once', async () => {
    const q = encodeURIComponent('旅游证件');
    expect(
      (await t.call('GET', `/api/v1/items?q=${q}`))
        .json()
        .items.slice(0, 3)
        .map((i: { name: string }) => i.name),
    ).not.toContain('普通护照签发');
    const created = await t.call('POST', '/api/v1/admin/synonyms', { session: admin, body: { term: '旅游证件', expansions: ['普通护照'] } });
    expect(created.statusCode, created.body).toBe(201);
    expect((await t.call('POST', '/api/v1/admin/synonyms', { session: admin, body: { term: '旅游证件', expansions: ['x'] } })).statusCode).toBe(409);
    const top = (await t.call('GET', `/api/v1/items?q=${q}`))
      .json()
      .items.slice(0, 3)
      .map((i: { name: string }) => i.name);
    expect(top.some((n: string) => n.startsWith('普通护照'))).toBe(true);
    const del = await t.call('DELETE', `/api/v1/admin/synonyms/${created.json().id}`, { session: admin });
    expect(del.statusCode).toBe(204);
  });
});
