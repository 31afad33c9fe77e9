import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { authorize, regionFilter } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { startOfShanghaiDay } from '../../platform/calendar/shanghai-date';
import { findDepartmentNames } from '../../platform/org/org.repository';
import { getCaseItem } from './cases.items';
import { casePolicy } from './cases.policy';
import type { Executor } from './cases.repository';

/**
 * 减材料 (docs/decisions.md D21, D22): per department or item, over the cases submitted in a period,
 * how many required materials the applicants did not bring — satisfied by their real-name account,
 * an e-licence or the exchange — out of all the required materials those cases' items list, and
 * how many cases 秒批 decided.
 */

export type SavedCut = 'department' | 'item';

interface Row {
  department_code: string;
  item_code: string;
  item_version: number;
  item_name: string;
  cases: number;
  identity: number;
  e_licence: number;
  exchange: number;
  instant: number;
}

async function findSavedCounts(db: Executor, from: Date, to: Date, region: string | null): Promise<Row[]> {
  const r = await sql<Row>`
    SELECT c.department_code, c.item_code, c.item_version, c.item_name,
           count(*)::int AS cases,
           coalesce(sum(s.identity), 0)::int AS identity,
           coalesce(sum(s.e_licence), 0)::int AS e_licence,
           coalesce(sum(s.exchange), 0)::int AS exchange,
           count(d.case_id) FILTER (WHERE d.outcome = 'approved')::int AS instant
    FROM cases c
    LEFT JOIN (
      SELECT case_id,
             count(*) FILTER (WHERE source = 'identity') AS identity,
             count(*) FILTER (WHERE source = 'e_licence') AS e_licence,
             count(*) FILTER (WHERE source = 'exchange') AS exchange
      FROM case_material_sources GROUP BY case_id
    ) s ON s.case_id = c.id
    LEFT JOIN case_instant_decisions d ON d.case_id = c.id
    WHERE c.submitted_at >= ${from} AND c.submitted_at < ${to}
      ${region ? sql`AND c.region_code = ${region}` : sql``}
    GROUP BY c.department_code, c.item_code, c.item_version, c.item_name`.execute(db);
  return r.rows;
}

export interface SavedRow {
  key: string;
  nameZh: string;
  nameEn: string;
  cases: number;
  /** Required materials the cases' items list. */
  required: number;
  saved: { identity: number; eLicence: number; exchange: number; total: number };
  /** Saved materials per case; null when there were no cases. */
  savedPerCase: number | null;
  /** Share of the required materials not brought; null when none were required. */
  savedShare: number | null;
  /** Cases 秒批 decided. */
  instant: number;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

/** The figures per department or item, over the cases submitted from `from` to `to` (dates, Shanghai days, inclusive). */
export async function getMaterialsSaved(ctx: AppContext, actor: Actor, q: { by: SavedCut; from: string; to: string }) {
  authorize(actor, casePolicy, 'case.stats');
  const region = regionFilter(actor);
  const end = new Date(startOfShanghaiDay(q.to).getTime() + 86_400_000);
  const rows = await findSavedCounts(ctx.db, startOfShanghaiDay(q.from), end, region);
  const out = new Map<string, SavedRow>();
  const names =
    q.by === 'department'
      ? await findDepartmentNames(
          ctx.db,
          rows.map((r) => r.department_code),
        )
      : new Map<string, { zh: string; en: string }>();
  for (const r of rows) {
    const item = await getCaseItem(ctx.db, r.item_code, r.item_version);
    const key = q.by === 'department' ? r.department_code : r.item_code;
    const name = q.by === 'department' ? (names.get(key) ?? { zh: key, en: key }) : { zh: item.name, en: item.nameEn };
    const acc = out.get(key) ?? {
      key,
      nameZh: name.zh,
      nameEn: name.en,
      cases: 0,
      required: 0,
      saved: { identity: 0, eLicence: 0, exchange: 0, total: 0 },
      savedPerCase: null,
      savedShare: null,
      instant: 0,
    };
    acc.cases += r.cases;
    acc.required += r.cases * item.materials.filter((m) => m.required).length;
    acc.saved.identity += r.identity;
    acc.saved.eLicence += r.e_licence;
    acc.saved.exchange += r.exchange;
    acc.saved.total += r.identity + r.e_licence + r.exchange;
    acc.instant += r.instant;
    out.set(key, acc);
  }
  const list = [...out.values()].map((x) => ({ ...x, savedPerCase: ratio(x.saved.total, x.cases), savedShare: ratio(x.saved.total, x.required) }));
  list.sort((a, b) => b.saved.total - a.saved.total || b.cases - a.cases || a.key.localeCompare(b.key));
  const total = list.reduce(
    (t, x) => ({
      cases: t.cases + x.cases,
      required: t.required + x.required,
      saved: t.saved + x.saved.total,
      instant: t.instant + x.instant,
    }),
    { cases: 0, required: 0, saved: 0, instant: 0 },
  );
  return {
    by: q.by,
    from: q.from,
    to: q.to,
    total: { ...total, savedPerCase: ratio(total.saved, total.cases), savedShare: ratio(total.saved, total.required) },
    rows: list,
  };
}
