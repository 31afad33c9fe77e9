import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hotFolderPrinter } from './printer';

const spool = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-spool-'));
afterAll(() => fs.rmSync(spool, { recursive: true, force: true }));

describe('the hot-folder printer', () => {
  it('puts each job whole in its printer folder, with what it is beside it', async () => {
    const printer = hotFolderPrinter(spool);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const a = await printer.print({ printer: 'kiosk-1', title: '受理通知书 SF2026', pdf, requestedBy: 'user-1' });
    const b = await printer.print({ printer: 'kiosk-1', title: 'again', pdf, copies: 2, requestedBy: 'user-1' });
    expect(a.jobId).not.toBe(b.jobId);
    const files = fs.readdirSync(path.join(spool, 'kiosk-1')).sort();
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    expect(files.some((f) => f.endsWith('.part'))).toBe(false);
    expect(fs.readFileSync(a.location)).toEqual(pdf);
    expect(JSON.parse(fs.readFileSync(b.location.replace(/\.pdf$/, '.json'), 'utf8'))).toMatchObject({ title: 'again', copies: 2, bytes: pdf.length });
  });

  it('refuses a printer name that could leave the spool folder', async () => {
    await expect(hotFolderPrinter(spool).print({ printer: '../etc', title: 'x', pdf: Buffer.from('x'), requestedBy: 'u' })).rejects.toThrow(/bad printer/);
  });
});
