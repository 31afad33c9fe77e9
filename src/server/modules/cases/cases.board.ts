import { sql, type RawBuilder } from 'kysely';
import type { AppContext } from '../../context';
import { authorize, regionFilter } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { BOARD_STATUSES, type BoardCut } from '../../../shared/cases/board.enums';
import { casePolicy } from './cases.policy';
import type { Executor } from './cases.repository';

/**
 * The electronic-supervision live board (电子监察, docs/domain.md S8): the open cases whose limits
 * run, counted per light for each department, region, item or accepting window clerk.
 */

interface Counts {
  green: number;
  yellow: number;
  red: number;
  overdue: number;
  paused: number;
  total: number;
}

interface BoardRow extends Counts {
  /** Null on the grand-total row, and on the window row of cases with no accepting clerk recorded. */
  key: string | null;
  name_zh: string | null;
  name_en: string | null;
  /** 1 on the grand-total row (GROUPING of the key). */
  is_total: number;
}

/**
 * The key of each case for a cut, as a lateral subquery yielding `k(key)`. A department holds a
 * case through its lanes; a case not yet routed has none and counts for its item's department, the
 * rule the case list's `department` filter follows, so a drill-down finds the same cases.
 */
function keyOf(by: BoardCut): RawBuilder<unknown> {
  switch (by) {
    case 'department':
      return sql`unnest(CASE WHEN cardinality(c.departments) > 0 THEN c.departments ELSE ARRAY[c.department_code] END) AS k(key)`;
    case 'region':
      return sql`(SELECT c.region_code) AS k(key)`;
    case 'item':
      return sql`(SELECT c.item_code) AS k(key)`;
    case 'window':
      return sql`(SELECT c.accepted_by::text) AS k(key)`;
  }
}

/** Names of a key, joined after counting so that each name is read once per row. */
function namesOf(by: BoardCut): { join: RawBuilder<unknown>; zh: RawBuilder<unknown>; en: RawBuilder<unknown> } {
  switch (by) {
    case 'department':
      return { join: sql`LEFT JOIN departments n ON n.code = a.key`, zh: sql`n.name_zh`, en: sql`n.name_en` };
    case 'region':
      return { join: sql`LEFT JOIN regions n ON n.code = a.key`, zh: sql`n.name_zh`, en: sql`n.name_en` };
    case 'item':
      return { join: sql``, zh: sql`a.item_name`, en: sql`a.item_name` };
    case 'window':
      return { join: sql`LEFT JOIN users n ON n.id::text = a.key`, zh: sql`n.display_name`, en: sql`n.display_name` };
  }
}

/**
 * Counts per key and in total in one statement: GROUPING SETS give the rows and the grand total,
 * and the counts are of distinct cases, so a case that two departments hold counts once in the
 * total. Within a region unless `regionCode` is null (city-wide).
 */
export async function findLightCounts(db: Executor, by: BoardCut, regionCode: string | null): Promise<BoardRow[]> {
  const region = regionCode ? sql`AND c.region_code = ${regionCode}` : sql``;
  const statuses = sql.join(BOARD_STATUSES.map((s) => sql`${s}`));
  const n = namesOf(by);
  const r = await sql<BoardRow>`
    SELECT a.key, a.is_total, a.green, a.yellow, a.red, a.overdue, a.paused, a.total, ${n.zh} AS name_zh, ${n.en} AS name_en
    FROM (
      SELECT k.key, GROUPING(k.key) AS is_total, min(c.item_name) AS item_name,
        count(DISTINCT c.id) FILTER (WHERE c.light = 'green')::int AS green,
        count(DISTINCT c.id) FILTER (WHERE c.light = 'yellow')::int AS yellow,
        count(DISTINCT c.id) FILTER (WHERE c.light = 'red')::int AS red,
        count(DISTINCT c.id) FILTER (WHERE c.light = 'overdue')::int AS overdue,
        count(DISTINCT c.id) FILTER (WHERE c.paused_since IS NOT NULL)::int AS paused,
        count(DISTINCT c.id)::int AS total
      FROM cases c CROSS JOIN LATERAL ${keyOf(by)}
      WHERE c.status IN (${statuses}) AND c.light IS NOT NULL ${region}
      GROUP BY GROUPING SETS ((k.key), ())
    ) a ${n.join}
    ORDER BY a.is_total DESC, a.red + a.overdue DESC, a.yellow DESC, a.total DESC, a.key`.execute(db);
  return r.rows;
}

const ZERO: Counts = { green: 0, yellow: 0, red: 0, overdue: 0, paused: 0, total: 0 };
const countsOf = (r: Counts): Counts => ({ green: r.green, yellow: r.yellow, red: r.red, overdue: r.overdue, paused: r.paused, total: r.total });

/** The live board for a cut, within the actor's region (city staff: the whole city). */
export async function getLightStats(ctx: AppContext, actor: Actor, by: BoardCut, now: Date) {
  authorize(actor, casePolicy, 'case.stats');
  const regionCode = regionFilter(actor);
  const rows = await findLightCounts(ctx.db, by, regionCode);
  const total = rows.find((r) => r.is_total === 1);
  return {
    by,
    regionCode,
    at: now,
    total: total ? countsOf(total) : ZERO,
    rows: rows
      .filter((r) => r.is_total !== 1)
      .map((r) => {
        const unknown = r.key === null ? { zh: '未记录受理人', en: 'No clerk recorded' } : { zh: r.key, en: r.key };
        return { key: r.key, nameZh: r.name_zh ?? unknown.zh, nameEn: r.name_en ?? unknown.en, ...countsOf(r) };
      }),
  };
}
