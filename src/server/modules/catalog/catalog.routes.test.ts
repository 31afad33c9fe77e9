import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { AppError } from '../../platform/errors';
import { demoItems } from './demo/index';
import { getItemVersion, getPublishedItem, seedCatalogDemo } from './catalog.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demoSeeders: [seedCatalogDemo] });
}, 120_000);
afterAll(() => t?.close());

const FOOD_PERMIT = demoItems.find((i) => i.name === '食品经营许可证核发')!;

describe('the contract other modules use', () => {
  it('loads every demo item as published version 1, idempotently and quickly', async () => {
    const started = Date.now();
    await seedCatalogDemo(t.ctx);
    expect(Date.now() - started).toBeLessThan(2000);
    const item = await getPublishedItem(t.ctx.db, FOOD_PERMIT.basicCode);
    expect(item).toMatchObject({ code: FOOD_PERMIT.basicCode, version: 1, name: '食品经营许可证核发', caseKind: FOOD_PERMIT.caseKind });
    expect(item.materials).toEqual(FOOD_PERMIT.materials);
    expect(item.publishedAt).toBeInstanceOf(Date);
    expect((await getItemVersion(t.ctx.db, FOOD_PERMIT.basicCode, 1)).name).toBe(item.name);
    const total = (await t.call('GET', '/api/v1/items?pageSize=1')).json().total;
    expect(total).toBe(demoItems.length);
  });

  it('throws ITEM_NOT_FOUND (404) for unknown codes and versions', async () => {
    const calls = [
      () => getPublishedItem(t.ctx.db, '999999999999'),
      () => getPublishedItem(t.ctx.db, 'x'),
      () => getItemVersion(t.ctx.db, FOOD_PERMIT.basicCode, 9),
    ];
    for (const call of calls) {
      const err = await call().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(404);
    }
    expect(await getPublishedItem(t.ctx.db, '999999999999').catch((e: AppError) => e.code)).toBe('ITEM_NOT_FOUND');
  });
});

describe('the service guide', () => {
  it('shows every element of the item with names, places, bundles and form links', async () => {
    const res = await t.call('GET', `/api/v1/items/${FOOD_PERMIT.basicCode}`);
    expect(res.statusCode).toBe(200);
    const g = res.json();
    expect(g.item).toMatchObject({
      code: FOOD_PERMIT.basicCode,
      version: 1,
      name: FOOD_PERMIT.name,
      legalBasis: FOOD_PERMIT.legalBasis,
      conditions: FOOD_PERMIT.conditions,
      statutoryLimit: FOOD_PERMIT.statutoryLimit,
      promisedLimit: FOOD_PERMIT.promisedLimit,
      fee: FOOD_PERMIT.fee,
      visits: FOOD_PERMIT.visits,
      consultationPhone: FOOD_PERMIT.consultationPhone,
      complaintPhone: '12345',
    });
    expect(g.typeName).toBe('行政许可');
    expect(g.department).toMatchObject({ code: 'market-regulation', name: '市市场监管局' });
    expect(g.places.length).toBeGreaterThan(0);
    expect(g.bundles.map((b: { name: string }) => b.name)).toContain('开办饭店');
    expect(g.onlineApplication).toBe(FOOD_PERMIT.modes.includes('online'));
    const form = g.forms[0];
    expect(form.blankForm ?? form.sample).toMatch(/^\/api\/v1\/items\/\d{12}\/materials\/.+\/(blank-form|sample)$/);
    const en = (await t.call('GET', `/api/v1/items/${FOOD_PERMIT.basicCode}`, { headers: { 'accept-language': 'en-US,en' } })).json();
    expect(en.typeName).toBe('Administrative licensing');
    expect(en.department.name).toMatch(/Market Regulation/);
  });

  it('answers unknown items with 404 and malformed codes with 400', async () => {
    expect((await t.call('GET', '/api/v1/items/123456789012')).json().code).toBe('ITEM_NOT_FOUND');
    expect((await t.call('GET', '/api/v1/items/123456789012')).statusCode).toBe(404);
    expect((await t.call('GET', "/api/v1/items/1'%20OR%201=1")).statusCode).toBe(400);
  });

  it('gives the process as a flowchart from application to completion', async () => {
    const res = await t.call('GET', `/api/v1/items/${FOOD_PERMIT.basicCode}/flowchart`);
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.nodes[0]).toMatchObject({ id: 'apply', kind: 'start' });
    expect(f.nodes.filter((n: { kind: string }) => n.kind === 'step')).toHaveLength(FOOD_PERMIT.steps.length);
    expect(f.nodes.some((n: { id: string }) => n.id === 'correction')).toBe(true);
    const ids = new Set(f.nodes.map((n: { id: string }) => n.id));
    for (const e of f.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    expect(f.edges.some((e: { to: string }) => e.to === 'done')).toBe(true);
  });

  it('generates the blank form and the filled sample of a material as PDF documents', async () => {
    const m = FOOD_PERMIT.materials.find((x) => x.hasBlankForm && x.hasSample)!;
    for (const kind of ['blank-form', 'sample']) {
      const res = await t.call('GET', `/api/v1/items/${FOOD_PERMIT.basicCode}/materials/${m.code}/${kind}`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      const type = res.headers['content-type'] as string;
      if (type.startsWith('application/pdf')) expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      else expect(res.body).toContain(m.name);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+"; filename\*=UTF-8''/);
    }
    const none = FOOD_PERMIT.materials.find((x) => !x.hasBlankForm);
    if (none)
      expect((await t.call('GET', `/api/v1/items/${FOOD_PERMIT.basicCode}/materials/${none.code}/blank-form`)).json().code).toBe('MATERIAL_HAS_NO_FORM');
    expect((await t.call('GET', `/api/v1/items/${FOOD_PERMIT.basicCode}/materials/NOPE/sample`)).json().code).toBe('MATERIAL_NOT_FOUND');
  });
});

describe('bundles', () => {
  it('lists the enterprise-opening bundle and the 15 "一件事" bundles, each with its items', async () => {
    const list = (await t.call('GET', '/api/v1/bundles')).json().bundles;
    expect(list.length).toBeGreaterThanOrEqual(16);
    const restaurant = list.find((b: { name: string }) => b.name === '开办饭店');
    const detail = (await t.call('GET', `/api/v1/bundles/${restaurant.code}`)).json();
    expect(detail.items.map((i: { name: string }) => i.name)).toContain('食品经营许可证核发');
    expect(detail.itemCount).toBeGreaterThanOrEqual(detail.items.length);
    expect((await t.call('GET', '/api/v1/bundles/nope')).statusCode).toBe(404);
  });
});

describe('the four lists and the online rate', () => {
  it('lists each handling mode, filtered by department and paged', async () => {
    for (const list of ['immediate', 'online', 'nearby', 'one_visit']) {
      const r = (await t.call('GET', `/api/v1/lists/${list}?pageSize=100`)).json();
      expect(r.total, list).toBeGreaterThan(0);
      expect(r.items.every((i: { modes: string[] }) => i.modes.includes(list))).toBe(true);
    }
    const immediate = (await t.call('GET', '/api/v1/lists/immediate?department=public-security&pageSize=100')).json();
    expect(immediate.name).toBe('马上办');
    expect(immediate.items.every((i: { departmentCode: string }) => i.departmentCode === 'public-security')).toBe(true);
    expect((await t.call('GET', '/api/v1/lists/someday')).statusCode).toBe(400);
    expect((await t.call('GET', '/api/v1/lists/online?department=nobody')).json().code).toBe('UNKNOWN_FILTER_VALUE');
  });

  it('exports a list as xlsx', async () => {
    const res = await t.call('GET', '/api/v1/lists/one_visit/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('computes the online rate per department and overall, and the 全市通办 share', async () => {
    const r = (await t.call('GET', '/api/v1/stats/online-rate')).json();
    expect(r.overall.total).toBe(demoItems.length);
    expect(r.overall.online).toBe(demoItems.filter((i) => i.modes.includes('online')).length);
    expect(r.overall.onlineRate).toBeGreaterThanOrEqual(0.8);
    expect(r.departments.reduce((s: number, d: { total: number }) => s + d.total, 0)).toBe(r.overall.total);
    expect(r.cityWide.categories.map((c: { key: string }) => c.key)).toEqual(['household', 'exit_entry', 'housing_fund', 'property_trading', 'real_estate']);
    expect(r.cityWide.total).toBeGreaterThan(0);
    expect(r.cityWide.rate).toBeGreaterThan(0);
    expect(r.cityWide.target).toBe(1);
  });
});

describe('the OpenAPI document', () => {
  it('documents every catalog and places endpoint', async () => {
    const res = await t.call('GET', '/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      '/api/v1/items',
      '/api/v1/items/suggest',
      '/api/v1/items/{code}',
      '/api/v1/items/{code}/flowchart',
      '/api/v1/bundles',
      '/api/v1/lists/{list}',
      '/api/v1/stats/online-rate',
      '/api/v1/places',
      '/api/v1/places/{code}',
      '/api/v1/admin/items/{code}/publish',
      '/api/v1/admin/items/{code}/diff',
      '/api/v1/admin/catalog/import',
      '/api/v1/admin/places/{code}/items',
    ]) {
      expect(paths, p).toContain(p);
    }
  });
});
