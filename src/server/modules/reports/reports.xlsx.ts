import ExcelJS from 'exceljs';
import type { Lang } from '../../platform/errors';
import type { Report } from '../../../shared/reports/reports.schemas';
import { CUT_NAMES, NO_DATA, reportTitle } from './reports.labels';

/**
 * The report as an xlsx workbook for people (docs/domain.md S10 export), written with exceljs as
 * the hotline's report is: one sheet of figures (shares as percentages, no data as 暂无数据) with
 * a totals row, one sheet per source's own table (the halls), and one naming the period and the indicators.
 */
export async function reportWorkbook(r: Report, lang: Lang): Promise<Buffer> {
  const zh = lang !== 'en-US';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban 通办';
  wb.created = r.generatedAt;
  const ws = wb.addWorksheet(zh ? '指标' : 'Indicators', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  ws.addRow([reportTitle(r, lang), `${r.fromDate} – ${r.toDate}`]).font = { bold: true };
  ws.addRow([zh ? CUT_NAMES[r.by].zh : CUT_NAMES[r.by].en, ...r.indicators.map((i) => (zh ? i.zh : i.en))]).font = { bold: true };
  const line = (name: string, values: Report['total']['values']) =>
    ws.addRow([name, ...r.indicators.map((i) => values[i.key] ?? (zh ? NO_DATA.zh : NO_DATA.en))]);
  for (const row of r.rows) line(zh ? row.nameZh : row.nameEn, row.values);
  line(zh ? '合计' : 'Total', r.total.values).font = { bold: true };
  r.indicators.forEach((i, n) => {
    const col = ws.getColumn(n + 2);
    col.width = 14;
    if (i.kind === 'rate') col.numFmt = '0.0%';
  });
  ws.getColumn(1).width = 30;

  // A source's own table (the halls' figures per hall), one sheet each, laid out like the first.
  for (const s of r.sections) {
    const sheet = wb.addWorksheet((zh ? s.zh : s.en).slice(0, 31), { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
    sheet.addRow([zh ? s.zh : s.en, `${r.fromDate} – ${r.toDate}`]).font = { bold: true };
    sheet.addRow([zh ? s.keyZh : s.keyEn, ...s.indicators.map((i) => (zh ? i.zh : i.en))]).font = { bold: true };
    for (const row of s.rows) sheet.addRow([zh ? row.nameZh : row.nameEn, ...s.indicators.map((i) => row.values[i.key] ?? (zh ? NO_DATA.zh : NO_DATA.en))]);
    sheet.getColumn(1).width = 30;
    s.indicators.forEach((_, n) => (sheet.getColumn(n + 2).width = 14));
  }

  const about = wb.addWorksheet(zh ? '说明' : 'About');
  about.columns = [{ width: 30 }, { width: 60 }];
  about.addRows([
    [zh ? '周期' : 'Period', `${r.periodKey} (${r.fromDate} – ${r.toDate}, Asia/Shanghai)`],
    [zh ? '范围' : 'Scope', r.regionCode ?? (zh ? '全市' : 'City-wide')],
    [zh ? '生成时间' : 'Generated', r.generatedAt.toISOString()],
    [zh ? '说明' : 'Note', zh ? '“暂无数据”表示该项没有可计算的数据，不等于满分。' : '“no data” means nothing could be counted; it is not a perfect score.'],
    [],
    [zh ? '指标' : 'Indicator', zh ? '来源' : 'Source'],
    ...[...r.indicators, ...r.sections.flatMap((s) => s.indicators)].map((i) => [zh ? i.zh : i.en, i.source]),
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
