import type { ReportSource, SourceInput, SourceRow, Values } from '../reports';
import { hallFiguresOfPeriod, type HallPeriodFigures } from './queue.stats';

/**
 * The halls' figures for the reports (docs/decisions.md D15, D29): tickets taken, served and
 * missed, the median wait and service time, as indicators cut by the item's department, the
 * region, the item or the clerk who called, and as a table of their own per hall. Read live from
 * the tickets of the period's hall days (a hall issues hundreds a day, not the cases' millions).
 */

const INDICATORS = [
  { key: 'hallTaken', zh: '大厅取号数', en: 'Hall tickets taken', kind: 'count' },
  { key: 'hallServed', zh: '大厅办理数', en: 'Hall tickets served', kind: 'count' },
  { key: 'hallMissed', zh: '大厅过号及未办理数', en: 'Hall tickets missed or unserved', kind: 'count' },
  { key: 'hallWaitMedianMinutes', zh: '大厅等候时间中位数（分钟）', en: 'Hall median wait (minutes)', kind: 'minutes' },
  { key: 'hallServiceMedianMinutes', zh: '大厅办理时间中位数（分钟）', en: 'Hall median service time (minutes)', kind: 'minutes' },
] as const;

function valuesOf(f: HallPeriodFigures): Values {
  return {
    hallTaken: f.taken,
    hallServed: f.served,
    hallMissed: f.missed,
    hallWaitMedianMinutes: f.waitMedianMinutes,
    hallServiceMedianMinutes: f.serviceMedianMinutes,
  };
}

const rowOf = (f: HallPeriodFigures): SourceRow => ({
  key: f.key,
  ...(f.nameZh ? { nameZh: f.nameZh, nameEn: f.nameEn ?? f.nameZh } : {}),
  values: valuesOf(f),
});

const figures = (i: SourceInput, by: Parameters<typeof hallFiguresOfPeriod>[4]) =>
  hallFiguresOfPeriod(i.db, i.period.fromDate, i.period.toDate, i.regionCode, by);

/** The halls' source of the reports (plugged in by src/server/modules.ts). */
export const hallsReportSource: ReportSource = {
  key: 'halls',
  cuts: ['department', 'region', 'item', 'window'],
  indicators: INDICATORS,
  async compute(input) {
    const [rows, total] = await Promise.all([figures(input, input.by === 'person' ? 'total' : input.by), figures(input, 'total')]);
    const empty: HallPeriodFigures = {
      key: 'total',
      nameZh: null,
      nameEn: null,
      taken: 0,
      served: 0,
      missed: 0,
      waitMedianMinutes: null,
      serviceMedianMinutes: null,
    };
    return { rows: rows.map(rowOf), total: valuesOf(total[0] ?? empty) };
  },
  section: {
    key: 'halls',
    zh: '各大厅取号与办理',
    en: 'Halls: tickets and service',
    keyZh: '大厅',
    keyEn: 'Hall',
    indicators: INDICATORS,
    async compute(input) {
      return (await figures(input, 'place')).map(rowOf);
    },
  },
};
