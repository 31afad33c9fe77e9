import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Lang } from '../../platform/errors';
import { embedCjkFont, findCjkFont } from '../../platform/pdf/cjk-font';
import type { Report } from '../../../shared/reports/reports.schemas';
import { CUT_NAMES, formatValue, reportTitle } from './reports.labels';
import { savePdf } from '../../platform/pdf/save';

/**
 * The report as a PDF for people (docs/domain.md S10): landscape A4, a first page with bar charts
 * drawn with pdf-lib (cases completed and on-time rate per row, ratings per level), then the
 * table, a few indicators per band so every column stays legible, then each source's own table
 * (the halls' figures per hall) the same way. Chinese needs a CJK font on the
 * machine (platform/pdf/cjk-font.ts); without one the PDF is written in English with the standard
 * Helvetica font rather than failing.
 */

const W = 841.89;
const H = 595.28;
const M = 40;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.55, 0.55, 0.55);
const BAR = rgb(0.09, 0.4, 0.75);
const BAR2 = rgb(0.2, 0.62, 0.35);
const COLS_PER_BAND = 8;
const ROW_H = 15;

export async function reportPdf(r: Report, requested: Lang): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const cjk = requested === 'zh-CN' ? findCjkFont() : null;
  const lang: Lang = cjk ? 'zh-CN' : 'en-US';
  const font: PDFFont = cjk ? await embedCjkFont(doc, cjk) : await doc.embedFont(StandardFonts.Helvetica);
  // Helvetica encodes WinAnsi only: anything else (a Chinese item or person name) becomes '?'.
  const safe = (s: string) => (cjk ? s : s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'));
  const zh = lang === 'zh-CN';
  const name = (x: { nameZh: string; nameEn: string }) => safe(zh ? x.nameZh : x.nameEn);
  const title = safe(reportTitle(r, lang));
  doc.setTitle(title);
  doc.setProducer('Tongban 通办');
  doc.setCreationDate(r.generatedAt);

  const text = (page: PDFPage, s: string, x: number, y: number, size = 9, color = INK) => page.drawText(safe(s), { x, y, size, font, color });
  const fit = (s: string, size: number, width: number) => {
    let out = safe(s);
    while (out.length > 1 && font.widthOfTextAtSize(out, size) > width) out = out.slice(0, -1);
    return out;
  };
  const header = (page: PDFPage) => {
    text(page, title, M, H - M - 6, 15);
    const scope = r.regionCode ?? (zh ? '全市' : 'city-wide');
    text(
      page,
      `${r.fromDate} – ${r.toDate} · ${zh ? '范围' : 'scope'} ${scope} · ${zh ? '生成于' : 'generated'} ${r.generatedAt.toISOString().slice(0, 16)}Z`,
      M,
      H - M - 24,
      9,
      GREY,
    );
  };

  // Page 1: charts.
  const first = doc.addPage([W, H]);
  header(first);
  const byKey = new Map(r.indicators.map((i) => [i.key, i]));
  const bars = (page: PDFPage, key: string, x: number, top: number, width: number, color: typeof BAR) => {
    const ind = byKey.get(key);
    if (!ind) return;
    text(page, zh ? ind.zh : ind.en, x, top, 11);
    const rows = r.rows.filter((row) => row.values[key] !== null).slice(0, 18);
    const max = Math.max(...rows.map((row) => row.values[key] ?? 0), ind.kind === 'rate' ? 1 : 1);
    const labelW = 150;
    rows.forEach((row, n) => {
      const y = top - 20 - n * 16;
      const v = row.values[key] ?? 0;
      text(page, fit(name(row), 8, labelW - 6), x, y + 2, 8);
      const len = ((width - labelW - 50) * v) / max;
      page.drawRectangle({ x: x + labelW, y, width: Math.max(len, 0.5), height: 10, color });
      text(page, formatValue(v, ind.kind, lang), x + labelW + len + 4, y + 2, 8, GREY);
    });
    if (!rows.length) text(page, zh ? '暂无数据' : 'no data', x, top - 20, 9, GREY);
  };
  const half = (W - 2 * M - 20) / 2;
  bars(first, 'completed', M, H - M - 56, half, BAR);
  bars(first, 'onTimePromisedRate', M + half + 20, H - M - 56, half, BAR2);
  // Rating distribution of the whole period, one bar per level.
  const levels = ['level5', 'level4', 'level3', 'level2', 'level1'].filter((k) => byKey.has(k));
  if (levels.length) {
    const top = 190;
    text(first, zh ? '评价分布（合计）' : 'Ratings by level (total)', M, top, 11);
    const max = Math.max(1, ...levels.map((k) => r.total.values[k] ?? 0));
    levels.forEach((k, n) => {
      const v = r.total.values[k] ?? 0;
      const x = M + n * 90;
      const h = (120 * v) / max;
      first.drawRectangle({ x: x + 20, y: 40, width: 40, height: Math.max(h, 0.5), color: n < 2 ? BAR2 : n === 2 ? GREY : rgb(0.8, 0.25, 0.2) });
      text(first, String(v), x + 30, 44 + h, 8, GREY);
      const ind = byKey.get(k)!;
      text(first, fit(zh ? ind.zh : ind.en, 8, 85), x + 10, 28, 8);
    });
  }

  // A table, in bands of a few indicators: the report's own, then each source's (the halls).
  type Line = { label: string; values: Report['total']['values']; bold: boolean };
  const nameW = 170;
  const colW = (W - 2 * M - nameW) / COLS_PER_BAND;
  const table = (caption: string | null, first: string, indicators: Report['indicators'], lines: Line[]) => {
    for (let i = 0; i < indicators.length; i += COLS_PER_BAND) {
      const band = indicators.slice(i, i + COLS_PER_BAND);
      let page = doc.addPage([W, H]);
      let y = 0;
      const head = () => {
        header(page);
        y = H - M - 50;
        if (caption) {
          text(page, caption, M, y, 11);
          y -= 18;
        }
        text(page, first, M, y, 8);
        band.forEach((ind, n) => text(page, fit(zh ? ind.zh : ind.en, 7.5, colW - 4), M + nameW + n * colW, y, 7.5));
        page.drawLine({ start: { x: M, y: y - 4 }, end: { x: W - M, y: y - 4 }, thickness: 0.6, color: GREY });
        y -= ROW_H + 2;
      };
      head();
      for (const line of lines) {
        if (y < M) {
          page = doc.addPage([W, H]);
          head();
        }
        if (line.bold) page.drawLine({ start: { x: M, y: y + ROW_H - 4 }, end: { x: W - M, y: y + ROW_H - 4 }, thickness: 0.6, color: GREY });
        text(page, fit(line.label, 8, nameW - 6), M, y, 8);
        band.forEach((ind, n) => {
          const v = line.values[ind.key] ?? null;
          text(page, formatValue(v, ind.kind, lang), M + nameW + n * colW, y, 8, v === null ? GREY : INK);
        });
        y -= ROW_H;
      }
    }
  };
  table(null, zh ? CUT_NAMES[r.by].zh : CUT_NAMES[r.by].en, r.indicators, [
    ...r.rows.map((row) => ({ label: name(row), values: row.values, bold: false })),
    { label: zh ? '合计' : 'Total', values: r.total.values, bold: true },
  ]);
  for (const sec of r.sections) {
    const rows = sec.rows.map((row) => ({ label: name(row), values: row.values, bold: false }));
    table(zh ? sec.zh : sec.en, zh ? sec.keyZh : sec.keyEn, sec.indicators, rows);
  }
  return Buffer.from(await savePdf(doc));
}
