import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { seedCatalogDemo } from '../../src/server/modules/catalog';
import { hashPassword } from '../../src/server/platform/auth/passwords';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';
import { documentJpeg, documentPng, ONE_PAGE_PDF } from './materials';

/** Test helpers for the cases module: files of each type, applying, walking a case through actions. */

/** The demo item used for the full flow: 食品经营许可证核发 (market-regulation, 5 working days, one required 辅件). */
export const FOOD_PERMIT = '000101019000';
/** A 即办件 (promised 0): 个体工商户设立登记. */
export const SOLE_TRADER = '000101007000';
/** A valid unified social credit code for forms. */
export const SAMPLE_USCC = '91350100M000100Y43';

/** Materials that pass 材料智审 (a one-page PDF, a legible scan as PNG and as JPEG), small enough to be checked in the request's thread. */
export const PDF = ONE_PAGE_PDF;
export const PNG = documentPng({ width: 800, height: 1131, noise: 0 });
export const JPEG = documentJpeg({ width: 800, height: 1131, noise: 0 }, 60);

/** A test app with the demo catalog and its own data directory for uploaded files. */
export async function createCasesTestApp(): Promise<TestApp & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-cases-'));
  const t = await createTestApp({ demoSeeders: [seedCatalogDemo], config: { TONGBAN_DATA_DIR: dataDir } });
  return {
    ...t,
    dataDir,
    async close() {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A multipart body with one file part. */
export function multipart(name: string, content: Buffer, type: string): { payload: Buffer; contentType: string } {
  const boundary = `----tongban${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a file and returns the raw response. */
export function upload(t: TestApp, s: Session, name = 'material.pdf', content: Buffer = PDF, type = 'application/pdf') {
  const { payload, contentType } = multipart(name, content, type);
  return t.app.inject({ method: 'POST', url: '/api/v1/files', payload, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': contentType } });
}

/** Uploads a PDF and returns its id. */
export async function uploadPdf(t: TestApp, s: Session, name = 'material.pdf'): Promise<string> {
  const res = await upload(t, s, name);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().fileId;
}

/** The food-permit form a citizen fills in (name, ID and mobile come from the account). */
export const FOOD_FORM = { entityName: '包头市鹿城小吃店', uscc: SAMPLE_USCC, businessAddress: '昆都仑区钢铁大街 88 号', area: 60, mainBusiness: 'catering' };

/** Material references: one uploaded file for each listed material number (01, 02 …) of the item. */
export function materials(itemCode: string, numbers: number[], fileId: string) {
  return numbers.map((n) => ({ materialCode: `${itemCode}M${String(n).padStart(2, '0')}`, fileId }));
}

export interface Ref {
  id: string;
  version: number;
  status?: string;
  caseNo?: string | null;
}

/** The citizen applies online for a food permit with every material; returns the submitted case. */
export async function applyFoodPermitOnline(t: TestApp, citizen: Session): Promise<Ref> {
  const fileId = await uploadPdf(t, citizen);
  const res = await t.call('POST', '/api/v1/cases', {
    session: citizen,
    body: { itemCode: FOOD_PERMIT, channel: 'web', form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Takes an action and expects success; returns the new reference. */
export async function act(t: TestApp, s: Session, ref: Ref, action: string, body: Record<string, unknown> = {}): Promise<Ref> {
  const res = await t.call('POST', `/api/v1/cases/${ref.id}/actions/${action}`, { session: s, body: { version: ref.version, ...body } });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json();
}

/** Takes an action expecting a refusal; returns status and code. */
export async function refuse(
  t: TestApp,
  s: Session,
  ref: Ref,
  action: string,
  body: Record<string, unknown> = {},
): Promise<{ status: number; code: string; body: Record<string, unknown> }> {
  const res = await t.call('POST', `/api/v1/cases/${ref.id}/actions/${action}`, { session: s, body: { version: ref.version, ...body } });
  return { status: res.statusCode, code: res.json().code, body: res.json() };
}

/** Counts the events of a case's chain (to show that a refused request changed nothing). */
export async function eventCount(t: TestApp, caseId: string): Promise<number> {
  const r = await t.ctx.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chain', '=', `case:${caseId}`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Fixes the test app's clock at an Asia/Shanghai local time (tests with fixed dates); null lets it run again. */
export function setCaseTime(t: TestApp, local: string | null): void {
  t.ctx.clock.now = local ? () => new Date(`${local}+08:00`) : () => new Date();
}

/** A staff account beyond the demo ones (e.g. a reviewer of another department), signed in. */
export async function createStaff(t: TestApp, username: string, roles: string[], departmentCode: string, regionCode = '150200'): Promise<Session> {
  await t.ctx.db
    .insertInto('users')
    .values({
      username,
      password_hash: await hashPassword(DEMO_PASSWORD),
      display_name: username,
      roles,
      department_code: departmentCode,
      region_code: regionCode,
    })
    .execute();
  return t.login(username);
}

/**
 * Files and moves food permits at given Asia/Shanghai local times, for datasets whose figures are
 * computed by hand (the reports' tests): each step sets the test clock first.
 */
export function timedCases(t: TestApp, s: { citizen: Session; dispatcher: Session; reviewer: Session; approver: Session }) {
  const apply = async (at: string, numbers = [1, 2, 3, 4, 5]): Promise<Ref> => {
    setCaseTime(t, at);
    const fileId = await uploadPdf(t, s.citizen);
    const res = await t.call('POST', '/api/v1/cases', {
      session: s.citizen,
      body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: materials(FOOD_PERMIT, numbers, fileId) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const step = async (at: string, who: Session, ref: Ref, action: string, body: Record<string, unknown> = {}): Promise<Ref> => {
    setCaseTime(t, at);
    return act(t, who, ref, action, body);
  };
  /** Routed, reviewed, approved and completed on one day. */
  const decideAndComplete = async (ref: Ref, day: string): Promise<Ref> => {
    ref = await step(`${day}T09:00:00`, s.dispatcher, ref, 'route');
    ref = await step(`${day}T10:00:00`, s.reviewer, ref, 'review', { opinion: '符合条件', recommendation: 'approve' });
    ref = await step(`${day}T11:00:00`, s.approver, ref, 'approve', { opinion: '准予许可', resultCode: 'JY11502030001234' });
    return step(`${day}T15:00:00`, s.approver, ref, 'complete');
  };
  return { apply, step, decideAndComplete };
}
