import zlib from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedCjkFont, findCjkFont } from './cjk-font';
import { savePdf } from './save';

/** Saving a generated PDF (docs/decisions.md D17): every stream Flate-compressed by zlib, readable back. */

/** The inflated contents of every stream in the saved file, each checked to be marked FlateDecode. */
async function streams(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.context
    .enumerateIndirectObjects()
    .filter((entry): entry is [never, PDFRawStream] => entry[1] instanceof PDFRawStream)
    .map(([, s]) => {
      expect(s.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
      return zlib.inflateSync(s.contents).toString('latin1');
    });
}

describe('savePdf', () => {
  it('writes the drawn page as a Flate stream that inflates to its operators', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([200, 100]).drawRectangle({ x: 10, y: 20, width: 30, height: 40, color: rgb(1, 0, 0) });
    const found = await streams(await savePdf(doc));
    expect(found.some((s) => s.includes('1 0 0 rg') && s.includes('1 0 0 1 10 20 cm'))).toBe(true);
  });

  it.skipIf(!findCjkFont())('embeds the CJK font subset as a Flate stream holding a CFF font', async () => {
    const doc = await PDFDocument.create();
    const font = await embedCjkFont(doc, findCjkFont()!);
    doc.addPage([200, 100]).drawText('包头市政务服务局', { x: 10, y: 50, size: 12, font });
    const found = await streams(await savePdf(doc));
    // CFF 1.0's header: major 1, minor 0, header size 4.
    expect(found.some((s) => s.charCodeAt(0) === 1 && s.charCodeAt(1) === 0 && s.charCodeAt(2) === 4)).toBe(true);
    expect(found.some((s) => s.includes('begincmap'))).toBe(true);
  });
});
