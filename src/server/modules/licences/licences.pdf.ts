import { degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { z } from 'zod';
import type { Lang } from '../../platform/errors';
import { embedCjkFont, findCjkFont } from '../../platform/pdf/cjk-font';
import { drawQr } from '../../platform/pdf/qr';
import { savePdf } from '../../platform/pdf/save';
import { sealArc } from './licences.seal-image';
import type { licenceSchema } from '../../../shared/licences/licences.schemas';

/**
 * An e-licence as a printable PDF (docs/decisions.md D17): A4 portrait, a certificate frame, the
 * licence's fields with the holder's ID number masked but for its last four characters, the
 * issuing department's seal drawn as its image is (ring, name round the upper arc, star, seal
 * name, code), the verification QR code drawn module by module from the same payload as
 * `qr.svg`, and the identifier. The PDF is a rendering for people; what verifies is the QR code's
 * signed text. Chinese needs a CJK font on the machine (platform/pdf/cjk-font.ts); without one the
 * labels are English and other characters become '?', as the reports do.
 */

type Licence = z.output<typeof licenceSchema>;

const W = 595.28;
const H = 841.89;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);
const GOLD = rgb(0.72, 0.47, 0.12);
const RED = rgb(0.82, 0.01, 0.11);

const LABELS = {
  'zh-CN': {
    title: '电子证照',
    number: '证照编号',
    holder: '持证人',
    id: '证件号码',
    issuer: '发证机关',
    issued: '发证日期',
    valid: '有效期至',
    longTerm: '长期有效',
    caseNo: '办件编号',
    identifier: '证照标识',
    revoked: '已注销',
    qr: '扫描二维码或在 /verify 粘贴二维码内容核验真伪',
  },
  'en-US': {
    title: 'E-licence',
    number: 'Number',
    holder: 'Holder',
    id: 'ID number',
    issuer: 'Issued by',
    issued: 'Issued on',
    valid: 'Valid until',
    longTerm: 'No expiry',
    caseNo: 'Case number',
    identifier: 'Identifier',
    revoked: 'REVOKED',
    qr: 'Scan the QR code, or paste its content at /verify, to check it is genuine',
  },
} as const;

/** Every character but the last four hidden. */
const masked = (id: string) => (id.length <= 4 ? '*'.repeat(id.length) : '*'.repeat(id.length - 4) + id.slice(-4));

function starPath(r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(radius * Math.cos(angle)).toFixed(2)} ${(radius * Math.sin(angle)).toFixed(2)}`);
  }
  return `M ${points.join(' L ')} Z`;
}

/** The seal as its SVG image draws it, centred on (cx, cy) with radius r. */
function drawSeal(
  page: PDFPage,
  font: PDFFont,
  safe: (s: string) => string,
  seal: { department: string; name: string; sealId: string },
  cx: number,
  cy: number,
  r: number,
) {
  page.drawCircle({ x: cx, y: cy, size: r, borderColor: RED, borderWidth: r * 0.055, opacity: 0, borderOpacity: 0.9 });
  // The department's name round the upper arc as the seal's image lays it out, each glyph's baseline tangent to the circle.
  const arc = sealArc(safe(seal.department));
  const size = arc.size * r;
  for (const { ch, angle } of arc.glyphs) {
    const w = font.widthOfTextAtSize(ch, size);
    // Offset by half the glyph's width back along the tangent, so the glyph is centred on its point.
    const tx = Math.cos(angle - Math.PI / 2);
    const ty = Math.sin(angle - Math.PI / 2);
    page.drawText(ch, {
      x: cx + arc.radius * r * Math.cos(angle) - (w / 2) * tx,
      y: cy + arc.radius * r * Math.sin(angle) - (w / 2) * ty,
      size,
      font,
      color: RED,
      rotate: degrees(((angle - Math.PI / 2) * 180) / Math.PI),
    });
  }
  page.drawSvgPath(starPath(r * 0.28), { x: cx, y: cy + r * 0.03, color: RED, borderWidth: 0 });
  const name = safe(seal.name);
  const nameSize = r * 0.15;
  page.drawText(name, { x: cx - font.widthOfTextAtSize(name, nameSize) / 2, y: cy - r * 0.5, size: nameSize, font, color: RED });
  const codeSize = r * 0.09;
  page.drawText(seal.sealId, { x: cx - font.widthOfTextAtSize(seal.sealId, codeSize) / 2, y: cy - r * 0.7, size: codeSize, font, color: RED });
}

export async function licencePdf(l: Licence, seal: { department: string; name: string }, requested: Lang): Promise<Buffer> {
  const doc = await PDFDocument.create();
  // Names and the issuer are Chinese whatever the labels' language, so the CJK font is wanted for both.
  const cjk = findCjkFont();
  const lang: Lang = cjk ? requested : 'en-US';
  const font: PDFFont = cjk ? await embedCjkFont(doc, cjk) : await doc.embedFont(StandardFonts.Helvetica);
  // Helvetica encodes WinAnsi only: anything else becomes '?'.
  const safe = (s: string) => (cjk ? s : s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'));
  const L = LABELS[lang];
  doc.setTitle(safe(`${l.type.name} ${l.number}`));
  doc.setProducer('Tongban 通办');
  doc.setSubject(l.identifier);

  const page = doc.addPage([W, H]);
  const text = (s: string, x: number, y: number, size = 11, color = INK) => page.drawText(safe(s), { x, y, size, font, color });
  const centred = (s: string, y: number, size: number, color = INK) => text(s, (W - font.widthOfTextAtSize(safe(s), size)) / 2, y, size, color);

  // The frame: a heavy and a fine gold rule.
  page.drawRectangle({ x: 28, y: 28, width: W - 56, height: H - 56, borderColor: GOLD, borderWidth: 3 });
  page.drawRectangle({ x: 36, y: 36, width: W - 72, height: H - 72, borderColor: GOLD, borderWidth: 0.8 });

  centred(L.title, H - 100, 14, GREY);
  centred(l.type.name, H - 140, 26);
  if (l.status === 'revoked') centred(l.revokedReason ? `${L.revoked}: ${l.revokedReason}` : L.revoked, H - 172, 12, RED);
  page.drawLine({ start: { x: 70, y: H - 190 }, end: { x: W - 70, y: H - 190 }, thickness: 0.6, color: GOLD });

  const caseNo = typeof l.data.caseNo === 'string' ? l.data.caseNo : null;
  const rows: Array<[string, string]> = [
    [L.number, l.number],
    [L.holder, l.holder.name],
    [L.id, masked(l.holder.idNumber)],
    [L.issuer, l.issuer.name],
    [L.issued, l.issuedAt],
    [L.valid, l.validUntil ?? L.longTerm],
    ...(caseNo ? ([[L.caseNo, caseNo]] as Array<[string, string]>) : []),
  ];
  rows.forEach(([label, value], i) => {
    const y = H - 240 - i * 34;
    text(label, 90, y, 12, GREY);
    text(value, 200, y, 14);
  });

  // The seal over the issuer, lower right; the QR code lower left.
  drawSeal(page, font, safe, { department: seal.department, name: seal.name, sealId: l.signature.sealId }, W - 160, 250, 70);
  drawQr(page, l.qr, 80, 150, 170);
  const hint = safe(L.qr);
  let line = '';
  const lines: string[] = [];
  for (const ch of hint) {
    if (font.widthOfTextAtSize(line + ch, 8) > 200) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  lines.push(line);
  lines.forEach((s, i) => text(s, 80, 136 - i * 11, 8, GREY));

  page.drawLine({ start: { x: 70, y: 100 }, end: { x: W - 70, y: 100 }, thickness: 0.6, color: GOLD });
  text(`${L.identifier}  ${l.identifier}`, 70, 82, 8.5);
  text(`${l.signature.algorithm} · ${l.signature.sealId}`, 70, 68, 7.5, GREY);
  return Buffer.from(await savePdf(doc));
}
