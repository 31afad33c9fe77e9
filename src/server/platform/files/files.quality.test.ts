import { describe, expect, it } from 'vitest';
import { documentJpeg, documentPixels, documentPng, ONE_PAGE_PDF } from '../../../../test/factories/materials';
import { inspectMaterial, judgePicture } from './files.quality';

const judge = (opts: Parameters<typeof documentPixels>[0]) => {
  const p = documentPixels(opts);
  return judgePicture(p.data, p.width, p.height).map((c) => `${c.severity}:${c.code}`);
};

describe('材料智审 of pictures', () => {
  it('finds nothing to say about a sharp, well-lit scan of a page', () => {
    expect(judge({})).toEqual([]);
    expect(judge({ blur: 1 })).toEqual([]); // a slightly soft photo is still legible
  });

  it('refuses what nobody could read: a blank sheet, a thumbnail', () => {
    expect(judge({ blank: true })).toEqual(['refuse:blank']);
    expect(judge({ width: 200, height: 150 })).toEqual(['refuse:image_too_small']);
  });

  it('advises a retake of a blurred, a dark or a small picture, whatever its contrast', () => {
    expect(judge({ blur: 2 })).toEqual(['advise:blurred']);
    expect(judge({ blur: 3 })).toEqual(['advise:blurred']);
    expect(judge({ light: 0.18 })).toEqual(['advise:too_dark']);
    expect(judge({ width: 640, height: 480 })).toEqual(['advise:low_resolution']);
  });

  it('decodes PNG and JPEG files, and refuses one whose content cannot be decoded', async () => {
    expect(await inspectMaterial(documentPng({ width: 800, height: 1131, noise: 0 }), 'image/png')).toMatchObject({ width: 800, height: 1131, checks: [] });
    const blurred = await inspectMaterial(documentJpeg({ blur: 2 }), 'image/jpeg');
    expect(blurred.checks).toEqual([expect.objectContaining({ code: 'blurred', severity: 'advise' })]);
    const truncated = await inspectMaterial(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'image/jpeg');
    expect(truncated.checks).toEqual([{ code: 'image_unreadable', severity: 'refuse' }]);
  });
});

describe('材料智审 of PDFs', () => {
  const PAGES = ONE_PAGE_PDF.toString('latin1');

  it('counts the pages of a document that opens', async () => {
    expect(await inspectMaterial(ONE_PAGE_PDF, 'application/pdf')).toMatchObject({ pages: 1, checks: [] });
  });

  it('refuses an encrypted PDF and one without pages', async () => {
    const encrypted = Buffer.from(
      PAGES.replace('trailer<</Root 1 0 R>>', '4 0 obj<</Filter/Standard/V 1/R 2/O(x)/U(y)/P -4>>endobj\ntrailer<</Root 1 0 R/Encrypt 4 0 R>>'),
      'latin1',
    );
    expect((await inspectMaterial(encrypted, 'application/pdf')).checks).toEqual([{ code: 'pdf_encrypted', severity: 'refuse' }]);
    const empty = Buffer.from(PAGES.replace('/Kids[3 0 R]/Count 1', '/Kids[]/Count 0'), 'latin1');
    expect((await inspectMaterial(empty, 'application/pdf')).checks).toEqual([{ code: 'pdf_no_pages', severity: 'refuse' }]);
  });

  it('only advises on a PDF it cannot parse: the parser may be what falls short', async () => {
    const odd = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    expect((await inspectMaterial(odd, 'application/pdf')).checks).toEqual([{ code: 'pdf_unreadable', severity: 'advise' }]);
  });
});
