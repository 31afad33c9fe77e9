import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, PNG, upload } from '../../../../test/factories/cases';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { removeUnattachedUploads } from './files.cleanup';
import { blobPath } from './files.store';

let t: TestApp;
let dataDir: string;
let citizen: Session;
let enterprise: Session;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-quota-'));
  t = await createTestApp({ config: { TONGBAN_DATA_DIR: dataDir, TONGBAN_UPLOAD_DAILY_COUNT: '3', TONGBAN_UPLOAD_DAILY_MB: '0.2' } });
  citizen = await t.login('citizen');
  enterprise = await t.login('enterprise');
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('upload quota', () => {
  it('refuses uploads past the daily count, per user', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await upload(t, citizen, `a${i}.png`, PNG, 'image/png')).statusCode);
    expect(codes).toEqual([201, 201, 201, 429]);
    const over = await upload(t, citizen, 'b.png', PNG, 'image/png');
    expect(over.json()).toMatchObject({ code: 'UPLOAD_QUOTA_COUNT', message: '24 小时内最多上传 3 个文件，请稍后再试' });
    expect(over.headers['retry-after']).toBeDefined();
    // Another user has their own quota; an upload from yesterday no longer counts.
    expect((await upload(t, enterprise, 'c.png', PNG, 'image/png')).statusCode).toBe(201);
    await t.ctx.db
      .updateTable('files')
      .set({ created_at: new Date(Date.now() - 25 * 3600_000) })
      .where('owner_id', '=', citizen.me.id as string)
      .execute();
    expect((await upload(t, citizen, 'd.png', PNG, 'image/png')).statusCode).toBe(201);
  });

  it('refuses uploads past the daily size', async () => {
    // 0.2 MB ≈ 209,715 bytes: a scan of a few tens of KB fits, a PDF padded to 300 KB does not.
    const big = Buffer.concat([PDF, Buffer.alloc(300 * 1024, 0x20)]);
    const res = await upload(t, enterprise, 'big.pdf', big, 'application/pdf');
    expect(res.statusCode).toBe(429);
    expect(res.json().code).toBe('UPLOAD_QUOTA_SIZE');
  });
});

describe('unattached uploads', () => {
  it('removes uploads nothing refers to after 24 hours, rows and bytes, and keeps attached ones', async () => {
    await t.ctx.db.deleteFrom('files').execute();
    const kept = (await upload(t, enterprise, 'kept.png', PNG, 'image/png')).json();
    await t.ctx.db
      .updateTable('files')
      .set({ created_at: new Date(Date.now() - 48 * 3600_000) })
      .execute();
    const orphan = (await upload(t, citizen, 'orphan.pdf', PDF, 'application/pdf')).json();
    const fresh = (await upload(t, citizen, 'fresh.pdf', PDF, 'application/pdf')).json();
    await t.ctx.db
      .updateTable('files')
      .set({ created_at: new Date(Date.now() - 48 * 3600_000) })
      .where('id', '=', orphan.fileId)
      .execute();
    // Any table that attaches files with a foreign key counts, as case_materials does.
    await sql`CREATE TABLE test_attachments (file_id uuid REFERENCES files(id))`.execute(t.ctx.db);
    await sql`INSERT INTO test_attachments VALUES (${kept.fileId})`.execute(t.ctx.db);
    const old = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(blobPath(dataDir, orphan.sha256), old, old);
    fs.utimesSync(blobPath(dataDir, kept.sha256), old, old);

    expect(await removeUnattachedUploads(t.ctx)).toBe(1);
    const left = (await t.ctx.db.selectFrom('files').select('id').execute()).map((r) => r.id).sort();
    expect(left).toEqual([kept.fileId, fresh.fileId].sort());
    // The orphan's content is still used by the fresh upload, so its bytes stay.
    expect(fs.existsSync(blobPath(dataDir, orphan.sha256))).toBe(true);
    await t.ctx.db
      .updateTable('files')
      .set({ created_at: new Date(Date.now() - 48 * 3600_000) })
      .where('id', '=', fresh.fileId)
      .execute();
    expect(await removeUnattachedUploads(t.ctx)).toBe(1);
    expect(fs.existsSync(blobPath(dataDir, orphan.sha256))).toBe(false);
    expect(fs.existsSync(blobPath(dataDir, kept.sha256))).toBe(true);
    await sql`DROP TABLE test_attachments`.execute(t.ctx.db);
  });
});
