import zlib from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQr } from './qr';
import { savePdf } from './save';

/** A QR code drawn into a PDF (docs/decisions.md D17): the form's rectangles are exactly the code's dark modules. */

describe('drawQr', () => {
  it.each([
    'https://zwfw.baotou.gov.cn/verify/R-20261204-0042',
    JSON.stringify({ v: 1, c: '{"number":"JY11502030082242","holder":"王晓明"}', s: '15020000000003', g: 'ab'.repeat(64) }),
  ])('draws every dark module of %s and nothing else', async (text) => {
    const doc = await PDFDocument.create();
    drawQr(doc.addPage([300, 300]), text, 20, 30, 170);
    const loaded = await PDFDocument.load(await savePdf(doc));
    const form = loaded.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .find((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))!;
    const content = zlib.inflateSync(form.contents).toString('latin1');

    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = modules.size;
    const drawn = new Uint8Array(n * n);
    for (const [, x, y, w] of content.matchAll(/^(\d+) (\d+) (\d+) 1 re$/gm)) {
      const row = n - 1 - (Number(y) - 2);
      for (let col = Number(x) - 2; col < Number(x) - 2 + Number(w); col++) drawn[row * n + col] += 1;
    }
    expect([...drawn]).toEqual([...modules.data]);
    expect(content.startsWith(`1 g 0 0 ${n + 4} ${n + 4} re f`)).toBe(true); // the white quiet zone under it
  });
});
