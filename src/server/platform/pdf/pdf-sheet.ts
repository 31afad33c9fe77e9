import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { embedCjkFont, findCjkFont } from './cjk-font';

export const INK = rgb(0.1, 0.1, 0.1);
export const RED = rgb(0.75, 0.05, 0.1);
export const GREY = rgb(0.4, 0.4, 0.4);

/** One page of a generated document with the CJK font and the text helpers every layout needs. */
export interface Sheet {
  doc: PDFDocument;
  page: PDFPage;
  font: PDFFont;
  /** True when a CJK font is embedded; without one, labels are English and other characters '?'. */
  zh: boolean;
  /** The Chinese label, or the English one on a machine without a CJK font. */
  L: (zh: string, en: string) => string;
  text: (s: string, x: number, y: number, size?: number, color?: RGB) => void;
  right: (s: string, x: number, y: number, size?: number) => void;
  centred: (s: string, y: number, size: number, color?: RGB) => void;
  /** Lines of `s` no wider than `width` at `size`, broken between characters (Chinese has no spaces). */
  wrap: (s: string, width: number, size: number) => string[];
}

export async function openSheet(opts: { width: number; height: number; title: string; keywords?: string[] }): Promise<Sheet> {
  const doc = await PDFDocument.create();
  const cjk = findCjkFont();
  const font: PDFFont = cjk ? await embedCjkFont(doc, cjk) : await doc.embedFont(StandardFonts.Helvetica);
  const safe = (s: string) => (cjk ? s : s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'));
  const L = (a: string, b: string) => (cjk ? a : b);
  doc.setTitle(safe(opts.title));
  if (opts.keywords) doc.setKeywords(opts.keywords);
  doc.setProducer('Tongban 通办');
  const page = doc.addPage([opts.width, opts.height]);
  const text = (s: string, x: number, y: number, size = 10, color = INK) => page.drawText(safe(s), { x, y, size, font, color });
  const widthOf = (s: string, size: number) => font.widthOfTextAtSize(safe(s), size);
  const wrap = (s: string, width: number, size: number) => {
    const lines: string[] = [];
    let line = '';
    for (const ch of s) {
      if (line && widthOf(line + ch, size) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    if (line) lines.push(line);
    return lines;
  };
  return {
    doc,
    page,
    font,
    zh: !!cjk,
    L,
    text,
    right: (s, x, y, size = 10) => text(s, x - widthOf(s, size), y, size),
    centred: (s, y, size, color = INK) => text(s, (opts.width - widthOf(s, size)) / 2, y, size, color),
    wrap,
  };
}
