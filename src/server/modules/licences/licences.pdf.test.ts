import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { licencePdf } from './licences.pdf';

/** The licence PDF (docs/decisions.md D17): one A4 page, its title and identifier, in either language. */

const licence = {
  id: '00000000-0000-4000-8000-000000000001',
  identifier: '1.2.156.3005.2.000101019000.11150200011505926J.JY11502030082242.001.X',
  type: { code: '000101019000', name: '食品经营许可证' },
  number: 'JY11502030082242',
  holder: { name: '王晓明', idType: 'resident_id', idNumber: '150203198805171237' },
  issuer: { name: '市市场监管局', uscc: '11150200011505926J', departmentCode: 'market-regulation' },
  issuedAt: '2026-12-03',
  validUntil: '2031-12-03',
  status: 'valid' as const,
  data: { caseNo: 'BT150203-20261203-000042' },
  signature: { sealId: '15020000000003', algorithm: 'SM2-SM3' as const, value: 'ab'.repeat(64) },
  canonical: '{}',
  qr: JSON.stringify({ v: 1, c: '{"number":"JY11502030082242"}', s: '15020000000003', g: 'ab'.repeat(64) }),
  caseId: null,
  revokedReason: null,
  suspendedReason: null,
  supersededBy: null,
};

describe('licencePdf', () => {
  it.each(['zh-CN', 'en-US'] as const)('draws one A4 page titled with the licence (%s)', async (lang) => {
    const bytes = await licencePdf(licence, { department: '市市场监管局', name: '电子证照专用章' }, lang);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize().height).toBeCloseTo(841.89);
    expect(doc.getSubject()).toBe(licence.identifier);
  });
});
