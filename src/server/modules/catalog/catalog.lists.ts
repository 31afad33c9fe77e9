import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Lang } from '../../platform/errors';
import { searchCatalog } from './catalog.search';
import { countOnlineByDepartment, findCityWideCandidates, type ItemSummaryRow } from './catalog.search.repository';

/**
 * The four public lists (马上办 / 网上办 / 就近办 / 一次办), the online-availability rate (网上可办率)
 * and the 全市通办 share, all computed from the published catalog.
 */
export const LISTS = ['immediate', 'online', 'nearby', 'one_visit'] as const;
export type ListName = (typeof LISTS)[number];

export const LIST_NAMES: Readonly<Record<ListName, { zh: string; en: string }>> = {
  immediate: { zh: '马上办', en: 'Done on the spot' },
  online: { zh: '网上办', en: 'Done online' },
  nearby: { zh: '就近办', en: 'Done nearby' },
  one_visit: { zh: '一次办', en: 'Done in one visit' },
};

/** Target of the online-availability rate (docs/domain.md S2). */
export const ONLINE_RATE_TARGET = 0.8;

/** A page of one list, optionally for one department. */
export async function findListItems(
  db: Kysely<DB>,
  list: ListName,
  opts: { department?: string; page: number; pageSize: number },
): Promise<{ rows: ItemSummaryRow[]; total: number }> {
  return searchCatalog(db, { mode: list, department: opts.department, page: opts.page, pageSize: opts.pageSize });
}

const UNIT = { workday: ['工作日', 'working days'], natural_day: ['自然日', 'natural days'] } as const;

function limitText(l: ItemSummaryRow['promised'], lang: Lang): string {
  const u = UNIT[l.unit];
  return `${l.value} ${lang === 'en-US' ? u[1] : u[0]}`;
}

/** The whole list as an xlsx workbook, in the request's language. */
export async function exportListXlsx(db: Kysely<DB>, list: ListName, department: string | undefined, lang: Lang): Promise<Buffer> {
  const { rows } = await searchCatalog(db, { mode: list, department, page: 1, pageSize: null });
  const en = lang === 'en-US';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban 通办';
  const ws = wb.addWorksheet(en ? LIST_NAMES[list].en : LIST_NAMES[list].zh);
  ws.columns = [
    { header: en ? 'No.' : '序号', key: 'n', width: 6 },
    { header: en ? 'Item code' : '事项编码', key: 'code', width: 16 },
    { header: en ? 'Item' : '事项名称', key: 'name', width: 40 },
    { header: en ? 'Department' : '实施部门', key: 'dept', width: 28 },
    { header: en ? 'Type' : '事项类型', key: 'type', width: 8 },
    { header: en ? 'Statutory limit' : '法定时限', key: 'statutory', width: 14 },
    { header: en ? 'Promised limit' : '承诺时限', key: 'promised', width: 14 },
    { header: en ? 'Visits' : '到现场次数', key: 'visits', width: 10 },
    { header: en ? 'Handling modes' : '办理方式', key: 'modes', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  rows.forEach((r, i) =>
    ws.addRow({
      n: i + 1,
      code: r.code,
      name: en ? r.nameEn : r.nameZh,
      dept: en ? r.departmentEn : r.departmentZh,
      type: r.type,
      statutory: limitText(r.statutory, lang),
      promised: limitText(r.promised, lang),
      visits: r.visits,
      modes: r.modes.map((m) => (en ? LIST_NAMES[m as ListName]?.en : LIST_NAMES[m as ListName]?.zh) ?? m).join(en ? ', ' : '、'),
    }),
  );
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The 全市通办 categories of the plan and how an item is recognised as one. */
const CITY_WIDE_CATEGORIES = [
  { key: 'household', zh: '户政', en: 'Household registration', topic: '户籍', hall: null },
  { key: 'exit_entry', zh: '出入境', en: 'Exit and entry', topic: '出入境', hall: null },
  { key: 'housing_fund', zh: '公积金', en: 'Housing provident fund', topic: '公积金', hall: 'housing_fund' },
  { key: 'property_trading', zh: '房产交易', en: 'Housing transactions', topic: null, hall: 'property_trading' },
  { key: 'real_estate', zh: '不动产登记', en: 'Real-estate registration', topic: '不动产', hall: 'real_estate' },
] as const;

function rate(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 10_000) / 10_000;
}

/**
 * 网上可办率 overall and per department (items that can be applied for online ÷ all published
 * items; 全程网办 as a second figure), and the share of 全市通办 items of the five categories.
 */
export async function computeOnlineRate(db: Kysely<DB>) {
  const byDept = await countOnlineByDepartment(db);
  const total = byDept.reduce((s, d) => s + d.total, 0);
  const online = byDept.reduce((s, d) => s + d.online, 0);
  const fullyOnline = byDept.reduce((s, d) => s + d.fullyOnline, 0);
  const candidates = await findCityWideCandidates(
    db,
    CITY_WIDE_CATEGORIES.flatMap((c) => (c.topic ? [c.topic] : [])),
    CITY_WIDE_CATEGORIES.flatMap((c) => (c.hall ? [c.hall] : [])),
  );
  const categories = CITY_WIDE_CATEGORIES.map((c) => ({ key: c.key, zh: c.zh, en: c.en, total: 0, cityWide: 0 }));
  for (const item of candidates) {
    // The first category that claims the item counts it, so none is counted twice.
    const i = CITY_WIDE_CATEGORIES.findIndex((c) => (c.hall && item.branch_hall === c.hall) || (c.topic && item.topics.includes(c.topic)));
    if (i < 0) continue;
    categories[i].total += 1;
    if (item.city_wide && item.in_hall) categories[i].cityWide += 1;
  }
  const cwTotal = categories.reduce((s, c) => s + c.total, 0);
  const cwDone = categories.reduce((s, c) => s + c.cityWide, 0);
  return {
    overall: { total, online, onlineRate: rate(online, total), fullyOnline, fullyOnlineRate: rate(fullyOnline, total), target: ONLINE_RATE_TARGET },
    departments: byDept.map((d) => ({ ...d, onlineRate: rate(d.online, d.total), fullyOnlineRate: rate(d.fullyOnline, d.total) })),
    cityWide: {
      total: cwTotal,
      cityWide: cwDone,
      rate: rate(cwDone, cwTotal),
      target: 1,
      categories: categories.map((c) => ({ ...c, rate: rate(c.cityWide, c.total) })),
    },
  };
}
