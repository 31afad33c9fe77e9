import ExcelJS from 'exceljs';
import type { Lang } from '../../../platform/errors';
import type { HotlineReport } from './reports.service';

/** The report as an xlsx workbook for people (S10 export): one sheet per table, in the request's language. */

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** The workbook of a report. */
export async function reportWorkbook(r: HotlineReport, lang: Lang): Promise<Buffer> {
  const zh = lang !== 'en-US';
  const t = (a: string, b: string) => (zh ? a : b);
  const name = (x: { nameZh: string; nameEn: string }) => (zh ? x.nameZh : x.nameEn);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban 通办';
  wb.created = new Date();

  const s = r.summary;
  const overview = wb.addWorksheet(t('概览', 'Overview'));
  overview.columns = [{ width: 28 }, { width: 20 }];
  overview.addRows([
    [t('12345 热线通报', '12345 hotline report'), `${r.fromDate} – ${r.toDate}`],
    [t('工单量', 'Tickets'), s.tickets],
    [t('来电 / 接通 / 放弃', 'Calls / answered / abandoned'), `${s.calls.total} / ${s.calls.answered} / ${s.calls.abandoned}`],
    [t('接通率', 'Connection rate'), pct(s.connectionRate)],
    [t('直接答复率', 'First-contact answer rate'), pct(s.firstContactRate)],
    [t('签收及时率', 'On-time signing'), pct(s.signOnTimeRate)],
    [t('按时办结率', 'On-time completion'), pct(s.completionOnTimeRate)],
    [t('满意率', 'Satisfaction rate'), pct(s.satisfactionRate)],
    [t('解决率', 'Resolution rate'), pct(s.resolutionRate)],
    [t('重复来电率', 'Repeat-call rate'), pct(s.repeatCallRate)],
    [t('当前超期未办结', 'Open and overdue now'), s.overdueOpen],
  ]);
  overview.getRow(1).font = { bold: true };

  const table = (title: string, header: string[], rows: Array<Array<string | number>>) => {
    const ws = wb.addWorksheet(title);
    ws.addRow(header).font = { bold: true };
    ws.addRows(rows);
    ws.columns.forEach((c) => (c.width = 18));
  };
  table(
    t('部门排名', 'Departments'),
    [
      t('名次', 'Rank'),
      t('部门', 'Department'),
      t('派单', 'Assigned'),
      t('签收及时率', 'On-time signing'),
      t('答复', 'Replied'),
      t('按时办结率', 'On-time completion'),
      t('满意率', 'Satisfaction'),
      t('解决率', 'Resolution'),
      t('超期', 'Overdue'),
      t('得分', 'Score'),
    ],
    r.departments.map((d) => [
      d.rank ?? t('未排名', 'Not ranked'),
      name(d),
      d.assigned,
      pct(d.signOnTimeRate),
      d.replied,
      pct(d.completionOnTimeRate),
      pct(d.satisfactionRate),
      pct(d.resolutionRate),
      d.overdueOpen,
      d.score ?? '—',
    ]),
  );
  table(
    t('渠道', 'Channels'),
    [t('渠道', 'Channel'), t('工单量', 'Tickets')],
    r.byChannel.map((c) => [c.channel, c.count]),
  );
  table(
    t('分类', 'Categories'),
    [t('分类', 'Category'), t('编码', 'Code'), t('工单量', 'Tickets')],
    r.byCategory.map((c) => [name(c), c.categoryCode, c.count]),
  );
  table(
    t('区域', 'Regions'),
    [t('区域代码', 'Region'), t('工单量', 'Tickets'), t('按时办结率', 'On-time completion'), t('满意率', 'Satisfaction')],
    r.byRegion.map((x) => [x.regionCode, x.tickets, pct(x.completionOnTimeRate), pct(x.satisfactionRate)]),
  );
  table(
    t('热点', 'Hot spots'),
    [t('地点', 'Place'), t('工单量', 'Tickets'), t('主要诉求', 'Main category')],
    r.hotSpots.places.map((p) => [p.place, p.count, name(p)]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
