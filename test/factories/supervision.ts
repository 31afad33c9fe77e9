import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { seedCatalogDemo } from '../../src/server/modules/catalog';
import { seedHotlineDemo } from '../../src/server/modules/hotline/hotline.seed';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';
import { FOOD_FORM, FOOD_PERMIT, materials, uploadPdf } from './cases';

/** Set-up shared by the supervision-order tests (not a test file itself). */

/** The API with the demo accounts, the catalog and the hotline's reference data, and a file store of its own. */
export async function createSupervisionTestApp(config: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-supervision-'));
  const t = await createTestApp({
    demoSeeders: [seedCatalogDemo, (ctx) => seedHotlineDemo(ctx, { history: false, workload: false, inline: true })],
    config: { TONGBAN_DATA_DIR: dataDir, TONGBAN_TRUST_PROXY: '127.0.0.1', ...config },
  });
  return {
    ...t,
    async close() {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A citizen's food-permit application: a case held by market regulation. */
export async function submittedCase(t: TestApp, citizen: Session): Promise<{ id: string; regionCode: string; version: number }> {
  const fileId = await uploadPdf(t, citizen);
  const res = await t.call('POST', '/api/v1/cases', {
    session: citizen,
    body: { itemCode: FOOD_PERMIT, channel: 'web', form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId) },
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = await t.ctx.db.selectFrom('cases').select(['id', 'region_code']).where('id', '=', res.json().id).executeTakeFirstOrThrow();
  return { id: c.id, regionCode: c.region_code, version: res.json().version };
}

export const ORDER = { problem: '办件超过承诺时限仍未办结', demand: '三个工作日内办结并说明原因' };

/** Opens an order; returns the raw response. */
export function openOrder(t: TestApp, s: Session, body: Record<string, unknown>, lang = 'zh-CN') {
  return t.call('POST', '/api/v1/supervision/orders', { session: s, body: { ...ORDER, workdays: 5, ...body }, headers: { 'accept-language': lang } });
}

/** Takes an order action; returns the raw response. */
export function orderAction(t: TestApp, s: Session, id: string, action: string, body: Record<string, unknown>, lang = 'zh-CN') {
  return t.call('POST', `/api/v1/supervision/orders/${id}/actions/${action}`, { session: s, body, headers: { 'accept-language': lang } });
}
