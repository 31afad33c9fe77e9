import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createCasesTestApp, FOOD_FORM, FOOD_PERMIT, JPEG, materials, PDF, PNG, upload, uploadPdf } from '../../../../test/factories/cases';
import { documentJpeg, documentPng } from '../../../../test/factories/materials';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { INLINE_BYTES } from './files.quality-run';

let t: TestApp & { dataDir: string };
let citizen: Session, enterprise: Session, reviewer: Session;
beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, enterprise, reviewer] = await Promise.all(['citizen', 'enterprise', 'reviewer'].map((u) => t.login(u)));
});
afterAll(() => t?.close());

const countFiles = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('files')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const tmpLeft = () => (fs.existsSync(path.join(t.dataDir, 'files', 'tmp')) ? fs.readdirSync(path.join(t.dataDir, 'files', 'tmp')).length : 0);

describe('uploads', () => {
  it('stores PDF, PNG and JPEG under their SHA-256, once per content', async () => {
    for (const [name, content, type] of [
      ['申请书.pdf', PDF, 'application/pdf'],
      ['scan.png', PNG, 'image/png'],
      ['photo.jpg', JPEG, 'image/jpeg'],
    ] as const) {
      const res = await upload(t, citizen, name, content, type);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ name, mime: type, size: content.length });
      expect(fs.existsSync(path.join(t.dataDir, 'files', res.json().sha256.slice(0, 2), res.json().sha256))).toBe(true);
    }
    const again = await upload(t, citizen, 'copy.pdf', PDF, 'application/pdf');
    expect(again.statusCode).toBe(201);
    const down = await t.call('GET', `/api/v1/files/${again.json().fileId}`, { session: citizen });
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect(tmpLeft()).toBe(0);
  });

  it('refuses files whose name or declared type lies, unknown types, empty and oversized files, storing nothing', async () => {
    const before = await countFiles();
    const lyingName = await upload(t, citizen, '营业执照.pdf', PNG, 'application/pdf');
    expect(lyingName.statusCode).toBe(415);
    expect(lyingName.json()).toMatchObject({
      code: 'FILE_NAME_LIES',
      message: '文件内容是 PNG，但文件名“营业执照.pdf”的扩展名是“pdf”；请使用正确的文件或扩展名',
    });
    const lyingType = await upload(t, citizen, 'form.pdf', PDF, 'image/png');
    expect([lyingType.statusCode, lyingType.json().code]).toEqual([415, 'FILE_TYPE_LIES']);
    const exe = await upload(t, citizen, 'virus.pdf', Buffer.from('MZ\x90\x00not a pdf'), 'application/pdf');
    expect([exe.statusCode, exe.json().code]).toEqual([415, 'FILE_TYPE_UNSUPPORTED']);
    const empty = await upload(t, citizen, 'empty.pdf', Buffer.alloc(0), 'application/pdf');
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'FILE_EMPTY']);
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(t, citizen, 'big.pdf', big, 'application/pdf');
    expect([tooBig.statusCode, tooBig.json().code]).toEqual([413, 'FILE_TOO_LARGE']);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      payload: 'x',
      headers: { cookie: citizen.cookie, 'x-csrf-token': citizen.csrf, 'content-type': 'text/plain', 'accept-language': 'en-US' },
    });
    expect(en.statusCode).toBe(415);
    expect(await countFiles()).toBe(before);
    expect(tmpLeft()).toBe(0);
  });

  it('checks each material (材料智审): refuses a blank page in words, keeps advice on a blurred photo checked off the request thread', async () => {
    const before = await countFiles();
    const blank = await upload(t, citizen, '身份证正面.png', documentPng({ blank: true, width: 800, height: 600, noise: 0 }), 'image/png');
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ code: 'MATERIAL_REFUSED', message: '材料未通过自动检查：页面几乎是空白的，请确认拍摄或扫描的是材料本身' });
    expect(await countFiles()).toBe(before);

    const photo = documentJpeg({ blur: 2 }, 95);
    expect(photo.length).toBeGreaterThan(INLINE_BYTES); // so the worker thread does the decoding
    const res = await upload(t, citizen, '营业执照.jpg', photo, 'image/jpeg');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ pages: null, checks: [{ code: 'blurred', severity: 'advise' }] });
    const stored = await t.ctx.db.selectFrom('files').select(['checks', 'pages']).where('id', '=', res.json().fileId).executeTakeFirstOrThrow();
    expect(stored.checks).toEqual(res.json().checks);
    expect((await upload(t, citizen, '申请书.pdf', PDF, 'application/pdf')).json()).toMatchObject({ pages: 1, checks: [] });
    expect(tmpLeft()).toBe(0);
  });

  it('needs a session to upload', async () => {
    const res = await upload(t, { cookie: '', csrf: '', me: {} });
    expect(res.statusCode).toBe(401);
  });
});

describe('downloads', () => {
  it('lets the owner and the staff of a case using the file read it, nobody else', async () => {
    const fileId = await uploadPdf(t, citizen);
    expect((await t.call('GET', `/api/v1/files/${fileId}`, { session: enterprise })).statusCode).toBe(404);
    const res = await t.call('POST', '/api/v1/cases', {
      session: citizen,
      body: { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: materials(FOOD_PERMIT, [1, 2, 3, 4, 5], fileId) },
    });
    expect((await t.call('GET', `/api/v1/files/${fileId}`, { session: reviewer })).statusCode).toBe(404);
    const ref = await act(t, await t.login('clerk'), res.json(), 'accept');
    await act(t, await t.login('dispatcher'), ref, 'route');
    const read = await t.call('GET', `/api/v1/files/${fileId}`, { session: reviewer });
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-disposition']).toContain("filename*=UTF-8''");
    const audit = await t.ctx.db.selectFrom('events').select('actor_id').where('action', '=', 'file.read').where('subject_id', '=', fileId).execute();
    expect(audit.map((a) => a.actor_id)).toEqual([reviewer.me.id]);
  });
});
