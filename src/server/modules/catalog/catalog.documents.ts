import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { embedCjkFont, findCjkFont, type CjkFontFile } from '../../platform/pdf/cjk-font';
import { makeResidentId, makeUscc } from '../../platform/ids/generate';
import { AppError } from '../../platform/errors';
import { CATALOG_ERR } from './catalog.errors';
import type { FormField, ItemMaterial, PublishedItem } from './catalog.types';
import { savePdf } from '../../platform/pdf/save';

/**
 * Downloadable blank forms (空白表) and filled samples (样表) of an item's application materials,
 * generated from the item's form fields as A4 PDFs with an embedded subset of a CJK font found on
 * the machine (Noto Sans CJK, as Debian's fonts-noto-cjk installs it). Without such a font the same
 * content is produced as a printable HTML page, so a download never fails for want of a font.
 */
export type FormKind = 'blank' | 'sample';

export interface GeneratedDocument {
  contentType: string;
  fileName: string;
  body: Buffer;
}

/** Demo values that pass the platform's own identifier checks. */
const SAMPLE_ID = makeResidentId('150203', '1988-05-17', 123);
const SAMPLE_USCC = makeUscc('91150203MA0NB4KQ7');

function sampleValue(f: FormField): string {
  if (f.type === 'select') return f.options?.[0]?.labelZh ?? '';
  const byKey: Record<string, string> = {
    applicantName: '王晓明',
    entityName: '包头市鹿城餐饮管理有限公司',
    legalRepName: '王晓明',
    tradeName: '鹿城小馆',
    businessScope: '餐饮服务；食品销售',
    registeredCapital: '50',
    area: '120',
  };
  if (byKey[f.key]) return byKey[f.key];
  switch (f.type) {
    case 'idNumber':
      return SAMPLE_ID;
    case 'uscc':
      return SAMPLE_USCC;
    case 'mobile':
      return '13947201234';
    case 'address':
      return '内蒙古自治区包头市昆都仑区钢铁大街 66 号';
    case 'date':
      return '2026-03-02';
    case 'number':
      return '100';
    default:
      return `（示例）${f.labelZh}`;
  }
}

interface Content {
  title: string;
  lines: [string, string][];
  notes: string[];
}

function content(item: PublishedItem, m: ItemMaterial, kind: FormKind): Content {
  const title = `${m.name}（${kind === 'blank' ? '空白表' : '样表'}）`;
  const fields = item.formFields.length ? item.formFields : [];
  const lines: [string, string][] = fields.map((f) => [`${f.labelZh}${f.required ? ' *' : ''}`, kind === 'sample' ? sampleValue(f) : '']);
  lines.push(['申请事项', item.name], ['申请日期', kind === 'sample' ? '2026 年 3 月 2 日' : '      年    月    日']);
  const notes = [
    `事项：${item.name}（${item.code}，第 ${item.version} 版）`,
    `填写要求：${m.acceptanceStandard}`,
    `份数：${m.copies}；带 * 的为必填项。`,
    `咨询电话：${item.consultationPhone}；投诉电话：${item.complaintPhone}`,
  ];
  return { title, lines, notes };
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (font.widthOfTextAtSize(line + ch, size) > width) {
      out.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) out.push(line);
  return out;
}

async function renderPdf(c: Content, kind: FormKind, font: CjkFontFile): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const f = await embedCjkFont(doc, font);
  doc.setTitle(c.title);
  doc.setProducer('Tongban 通办');
  const page: PDFPage = doc.addPage([595.28, 841.89]);
  const left = 56;
  const width = 595.28 - 2 * left;
  let y = 780;
  const t = (s: string, x: number, size: number) => page.drawText(s, { x, y, size, font: f, color: rgb(0.1, 0.1, 0.1) });
  page.drawText(c.title, { x: left + (width - f.widthOfTextAtSize(c.title, 18)) / 2, y, size: 18, font: f });
  y -= 36;
  for (const [label, value] of c.lines) {
    const valueLines = wrap(value, f, 11, width - 150);
    const h = Math.max(1, valueLines.length) * 16 + 12;
    page.drawRectangle({ x: left, y: y - h + 16, width, height: h, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.8 });
    page.drawLine({ start: { x: left + 140, y: y + 16 }, end: { x: left + 140, y: y - h + 16 }, color: rgb(0.4, 0.4, 0.4), thickness: 0.8 });
    t(label, left + 8, 11);
    valueLines.forEach((v, i) => page.drawText(v, { x: left + 150, y: y - i * 16, size: 11, font: f, color: rgb(0.05, 0.2, 0.6) }));
    y -= h;
  }
  y -= 24;
  t('申请人（签字/盖章）：____________________      日期：______________', left, 11);
  y -= 36;
  for (const n of c.notes) {
    for (const l of wrap(n, f, 9.5, width)) {
      t(l, left, 9.5);
      y -= 14;
    }
  }
  if (kind === 'sample') {
    page.drawText('样 表  SAMPLE', { x: 150, y: 300, size: 64, font: f, color: rgb(0.85, 0.2, 0.2), opacity: 0.18, rotate: degrees(35) });
  }
  return Buffer.from(await savePdf(doc));
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function renderHtml(c: Content, kind: FormKind): Buffer {
  const rows = c.lines.map(([l, v]) => `<tr><th>${esc(l)}</th><td>${esc(v)}</td></tr>`).join('');
  const mark = kind === 'sample' ? '<div class="mark">样 表 SAMPLE</div>' : '';
  return Buffer.from(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(c.title)}</title><style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:180mm;margin:20mm auto;position:relative}
table{width:100%;border-collapse:collapse}th,td{border:1px solid #666;padding:8px;text-align:left}th{width:35%}td{color:#0b3a99}
.mark{position:fixed;top:40%;left:15%;font-size:64px;color:rgba(200,40,40,.18);transform:rotate(-35deg)}
</style></head><body><h1>${esc(c.title)}</h1><table>${rows}</table><p>申请人（签字/盖章）：________ 日期：________</p>${c.notes.map((n) => `<p><small>${esc(n)}</small></p>`).join('')}${mark}</body></html>`);
}

/** Small cache: a form only changes with a new item version, and generating one takes a moment. */
const generated = new Map<string, GeneratedDocument>();

/** The blank form or the filled sample of one material; MATERIAL_HAS_NO_FORM when it has none. */
export async function generateMaterialForm(item: PublishedItem, m: ItemMaterial, kind: FormKind): Promise<GeneratedDocument> {
  if (kind === 'blank' ? !m.hasBlankForm : !m.hasSample) {
    throw new AppError(CATALOG_ERR.MATERIAL_HAS_NO_FORM, {
      name: m.name,
      what: kind === 'blank' ? '空白表格' : '样表',
      whatEn: kind === 'blank' ? 'blank form' : 'sample',
    });
  }
  const key = `${item.code}/${item.version}/${m.code}/${kind}`;
  const hit = generated.get(key);
  if (hit) return hit;
  const c = content(item, m, kind);
  const font = findCjkFont();
  const base = `${item.code}-${m.code}-${kind}`;
  const doc: GeneratedDocument = font
    ? { contentType: 'application/pdf', fileName: `${base}.pdf`, body: await renderPdf(c, kind, font) }
    : { contentType: 'text/html; charset=utf-8', fileName: `${base}.html`, body: renderHtml(c, kind) };
  if (generated.size >= 100) generated.delete(generated.keys().next().value as string);
  generated.set(key, doc);
  return doc;
}
