import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import smCrypto from 'sm-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { createTestApp } from '../../../../test/helpers/test-app';
import { makeUscc } from '../../platform/ids/generate';
import { checkUscc } from '../../platform/ids/uscc';
import { licencesDemoSeeder } from './licences.demo';
import { sealKeyOf, sealPrivateKeyOf, findSealRow } from './licences.seals';
import { canonicalOf, signCanonical } from './licences.signature';

/** E-seals (docs/domain.md S17): made and revoked by admins, published to anyone, private keys sealed at rest. */

let t: TestApp;
let admin: Session, supervisor: Session;
const MARKET_USCC = makeUscc('11150200011505920');
const body = {
  departmentCode: 'market-regulation',
  holderUscc: MARKET_USCC,
  name: '电子证照专用章',
  kind: 'licence',
  validFrom: '2026-01-01',
  validTo: '2030-12-31',
  maker: '包头市公安局印章治安管理备案',
};

beforeAll(async () => {
  t = await createTestApp({ config: { TONGBAN_SEAL_KEY: 'a seal key of at least thirty-two characters' } });
  [admin, supervisor] = await Promise.all([t.login('admin'), t.login('supervisor')]);
});
afterAll(() => t?.close());

describe('e-seals', () => {
  it('an admin makes one; anyone reads its public key, and it signs what sm-crypto then verifies', async () => {
    const res = await t.call('POST', '/api/v1/seals', { session: admin, body });
    expect(res.statusCode, res.body).toBe(201);
    const seal = res.json();
    expect(seal).toMatchObject({
      departmentCode: 'market-regulation',
      departmentNameZh: '市市场监管局',
      kind: 'licence',
      status: 'active',
      algorithm: 'SM2-SM3',
    });
    expect(seal.sealId).toMatch(/^150200\d{8}$/);
    expect(seal.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(JSON.stringify(seal)).not.toMatch(/private/i);

    const list = await t.call('GET', '/api/v1/seals', { session: null });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((s: { sealId: string }) => s.sealId)).toContain(seal.sealId);
    expect((await t.call('GET', `/api/v1/seals/${seal.sealId}`, { session: null })).json().publicKey).toBe(seal.publicKey);
    const image = await t.call('GET', `/api/v1/seals/${seal.sealId}/image.svg`, { session: null });
    expect(image.headers['content-type']).toContain('image/svg+xml');
    expect(image.body).toContain('市市场监管局');

    // The stored key is sealed; opened on the server it signs, and the published key verifies.
    const row = await findSealRow(t.ctx, seal.sealId);
    const privateKey = sealPrivateKeyOf(t.ctx, row);
    expect(row.private_key_sealed).not.toContain(privateKey);
    const canonical = canonicalOf({ licence: 'test' });
    expect(smCrypto.sm2.doVerifySignature(canonical, signCanonical(canonical, privateKey, seal.publicKey), seal.publicKey, { hash: true })).toBe(true);

    // A second seal of the region takes the next code.
    const second = (await t.call('POST', '/api/v1/seals', { session: admin, body: { ...body, name: '行政审批专用章', kind: 'approval' } })).json();
    expect(Number(second.sealId.slice(6))).toBe(Number(seal.sealId.slice(6)) + 1);
  });

  it('refuses others, a bad credit code, a wrong validity and an unknown department, in both languages', async () => {
    expect((await t.call('POST', '/api/v1/seals', { session: supervisor, body })).statusCode).toBe(403);
    expect((await t.call('POST', '/api/v1/seals', { session: null, body })).statusCode).toBe(401);
    const badUscc = await t.call('POST', '/api/v1/seals', {
      session: admin,
      body: { ...body, holderUscc: MARKET_USCC.slice(0, 17) + (MARKET_USCC[17] === '0' ? '1' : '0') },
    });
    expect(badUscc.statusCode).toBe(400);
    expect(badUscc.json().message).toContain('统一社会信用代码');
    const en = await t.call('POST', '/api/v1/seals', { session: admin, body: { ...body, validFrom: '2031-01-01' }, headers: { 'accept-language': 'en-US' } });
    expect(en.statusCode).toBe(400);
    expect(en.json().message).toContain('validity');
    expect((await t.call('POST', '/api/v1/seals', { session: admin, body: { ...body, departmentCode: 'no-such' } })).statusCode).toBe(400);
    expect((await t.call('GET', '/api/v1/seals/15020099999999', { session: null })).statusCode).toBe(404);
  });

  it('an admin revokes a seal once, with the reason; the record stays and says so', async () => {
    const seal = (await t.call('POST', '/api/v1/seals', { session: admin, body })).json();
    const res = await t.call('POST', `/api/v1/seals/${seal.sealId}/revoke`, { session: admin, body: { reason: '印章遗失，重新制发' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', revokedReason: '印章遗失，重新制发' });
    expect((await t.call('POST', `/api/v1/seals/${seal.sealId}/revoke`, { session: admin, body: { reason: '再次注销' } })).statusCode).toBe(409);
    expect((await t.call('POST', `/api/v1/seals/${seal.sealId}/revoke`, { session: supervisor, body: { reason: '越权' } })).statusCode).toBe(403);
    const events = await t.ctx.db.selectFrom('events').select('action').where('subject_type', '=', 'seal').where('subject_id', '=', seal.sealId).execute();
    expect(events.map((e) => e.action).sort()).toEqual(['seal.create', 'seal.revoke']);
  });

  it('keeps the seal key in a file under the data dir when none is configured', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-seal-'));
    const key = sealKeyOf({ ...t.ctx.config, sealKey: undefined, dataDir });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(sealKeyOf({ ...t.ctx.config, sealKey: undefined, dataDir })).toBe(key);
    expect(fs.statSync(path.join(dataDir, 'keys', 'seal.key')).mode & 0o777).toBe(0o600);
  });

  it('the demo gives every department a licence seal with a valid credit code, once', async () => {
    await licencesDemoSeeder(t.ctx);
    await licencesDemoSeeder(t.ctx);
    const departments = await t.ctx.db.selectFrom('departments').select('code').execute();
    const seals = (await t.call('GET', '/api/v1/seals', { session: null })).json().items as Array<{ departmentCode: string; holderUscc: string; kind: string }>;
    for (const d of departments) expect(seals.filter((s) => s.departmentCode === d.code).length, d.code).toBeGreaterThan(0);
    const demo = seals.filter((s) => s.departmentCode !== 'market-regulation');
    expect(demo.length).toBe(departments.length - 1);
    for (const s of seals) expect(checkUscc(s.holderUscc).ok, s.holderUscc).toBe(true);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/seals', '/api/v1/seals/{sealId}', '/api/v1/seals/{sealId}/revoke']));
  });
});
