import { sql } from 'kysely';
import { findCaseReportKeys } from '../cases';
import { rateOf, type ReportSource, type SourceInput, type SourceRow, type Values } from '../reports';
import { BAD_LEVELS, GOOD_LEVELS, type RatingLevel } from './ratings.schemas';

/**
 * The ratings' indicators for the reports (docs/domain.md S9, S10; docs/decisions.md D15): the
 * ratings given in the period per level, 好评率 (levels 4–5 over all counted) and the share of
 * 差评 already rectified (rectified or closed). As in the public figures, ratings whose appeal a
 * supervisor upheld are left out. 12345 tickets' ratings count with the cases': under the
 * department that answers for the ticket, its region, and its category in the item cut; a
 * "一件事" rated as a whole under its lead department, its region and its own name (docs/decisions.md
 * D24). Window and person cuts follow the rated case (who accepted it, who decided it), read
 * through the cases module's door; a ticket's or a bundle's rating has no single window or decider
 * there and falls in the '-' row (its members' own ratings count in those cuts).
 */

interface RatingRow {
  case_id: string | null;
  level: number;
  department_code: string;
  region_code: string;
  item_code: string;
  item_name: string;
  item_name_en: string | null;
  rectified: boolean;
}

interface Tally {
  counts: Record<RatingLevel, number>;
  bad: number;
  rectified: number;
}

const newTally = (): Tally => ({ counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, bad: 0, rectified: 0 });

function valuesOf(t: Tally): Values {
  const total = Object.values(t.counts).reduce((a, b) => a + b, 0);
  const good = GOOD_LEVELS.reduce((s, l) => s + t.counts[l], 0);
  return {
    ratings: total,
    level5: t.counts[5],
    level4: t.counts[4],
    level3: t.counts[3],
    level2: t.counts[2],
    level1: t.counts[1],
    goodRate: rateOf(good, total),
    badCount: t.bad,
    rectifiedRate: rateOf(t.rectified, t.bad),
  };
}

/** Ratings counted per key of the cut and level: n given, of which rectified (for 差评). */
interface Counted {
  key: Omit<SourceRow, 'values'>;
  level: number;
  n: number;
  rectified: number;
}

const KEY_COLUMN = { department: sql`r.department_code`, region: sql`r.region_code`, item: sql`r.item_code` } as const;

/** Department, region and item are columns of the rating: counted by the database, a few rows back. */
async function countByColumn({ db, period, by, regionCode }: SourceInput & { by: keyof typeof KEY_COLUMN }): Promise<Counted[]> {
  const rows = (
    await sql<{ key: string; item_name: string; item_name_en: string | null; level: number; n: number; rectified: number }>`
      SELECT ${KEY_COLUMN[by]} AS key, max(r.item_name) AS item_name, max(r.item_name_en) AS item_name_en, r.level,
             count(*)::int AS n, count(*) FILTER (WHERE t.status IN ('rectified', 'closed'))::int AS rectified
      FROM ratings r LEFT JOIN rectifications t ON t.rating_id = r.id
      WHERE r.rated_at >= ${period.from} AND r.rated_at < ${period.to} AND NOT r.excluded
        ${regionCode ? sql`AND r.region_code = ${regionCode}` : sql``}
      GROUP BY 1, r.level`.execute(db)
  ).rows;
  return rows.map((r) => ({
    key: by === 'item' ? { key: r.key, nameZh: r.item_name, nameEn: r.item_name_en ?? r.item_name } : { key: r.key },
    level: Number(r.level),
    n: Number(r.n),
    rectified: Number(r.rectified),
  }));
}

/** Window and person follow the rated case, through the cases door: one row per rating. */
async function countByCasePeople({ db, period, by, regionCode }: SourceInput): Promise<Counted[]> {
  const rows = (
    await sql<RatingRow>`
      SELECT r.case_id, r.level, r.department_code, r.region_code, r.item_code, r.item_name, r.item_name_en,
             coalesce(t.status IN ('rectified', 'closed'), false) AS rectified
      FROM ratings r LEFT JOIN rectifications t ON t.rating_id = r.id
      WHERE r.rated_at >= ${period.from} AND r.rated_at < ${period.to} AND NOT r.excluded
        ${regionCode ? sql`AND r.region_code = ${regionCode}` : sql``}`.execute(db)
  ).rows;
  const people = await findCaseReportKeys(
    db,
    rows.flatMap((r) => (r.case_id ? [r.case_id] : [])),
  );
  return rows.map((r) => {
    const k = r.case_id ? people.get(r.case_id) : undefined;
    const id = by === 'window' ? k?.acceptedBy : k?.decidedBy;
    const name = by === 'window' ? k?.acceptedByName : k?.decidedByName;
    return { key: id ? { key: id, nameZh: name ?? id, nameEn: name ?? id } : { key: '-' }, level: Number(r.level), n: 1, rectified: r.rectified ? 1 : 0 };
  });
}

async function compute(input: SourceInput) {
  const counted = input.by === 'window' || input.by === 'person' ? await countByCasePeople(input) : await countByColumn({ ...input, by: input.by });
  const groups = new Map<string, { row: Omit<SourceRow, 'values'>; tally: Tally }>();
  const total = newTally();
  for (const c of counted) {
    let g = groups.get(c.key.key);
    if (!g) groups.set(c.key.key, (g = { row: c.key, tally: newTally() }));
    const level = c.level as RatingLevel;
    for (const t of [g.tally, total]) {
      t.counts[level] += c.n;
      if (BAD_LEVELS.includes(level)) {
        t.bad += c.n;
        t.rectified += c.rectified;
      }
    }
  }
  return { rows: [...groups.values()].map((g) => ({ ...g.row, values: valuesOf(g.tally) })), total: valuesOf(total) };
}

/** The ratings source of the reports (plugged in by src/server/modules.ts). */
export const ratingsReportSource: ReportSource = {
  key: 'ratings',
  cuts: ['department', 'region', 'item', 'window', 'person'],
  indicators: [
    { key: 'ratings', zh: '评价数', en: 'Ratings', kind: 'count' },
    { key: 'level5', zh: '非常满意', en: 'Very satisfied', kind: 'count' },
    { key: 'level4', zh: '满意', en: 'Satisfied', kind: 'count' },
    { key: 'level3', zh: '基本满意', en: 'Fairly satisfied', kind: 'count' },
    { key: 'level2', zh: '不满意', en: 'Dissatisfied', kind: 'count' },
    { key: 'level1', zh: '非常不满意', en: 'Very dissatisfied', kind: 'count' },
    { key: 'goodRate', zh: '好评率', en: 'Good-rating rate', kind: 'rate' },
    { key: 'badCount', zh: '差评数', en: 'Bad ratings', kind: 'count' },
    { key: 'rectifiedRate', zh: '差评整改率', en: 'Bad ratings rectified', kind: 'rate' },
  ],
  compute,
};
