import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { ReportCut } from '../../../shared/reports/reports.schemas';
import { computeOnlineRate, getPublishedItem } from '../catalog';
import {
  addSums,
  countInto,
  histogramMean,
  histogramPercentile,
  rateOf,
  type KeySums,
  type ReportSource,
  type RollupEntry,
  type RollupInput,
  type SourceInput,
  type SourceResult,
  type SourceRollup,
  type SourceRow,
  type Sums,
  type Values,
} from '../reports';

/**
 * The cases' indicators for the reports (docs/domain.md S8, S10; docs/decisions.md D15), read
 * from the cases' stored clock columns and their event log in this module, so no other module
 * queries the cases table. Definitions:
 * - received: submitted in the period; accepted: accepted in it; completed: 办结 in it;
 * - on time: of the cases completed in the period, those completed by the promised (or the
 *   statutory) due instant, pauses already added to it;
 * - working days used: working days from the acceptance date to the completion date less the
 *   working days paused (补正, 特别程序), as the case's clock counts them; promised days the same
 *   up to the promised due date; the 90th percentile is the nearest rank;
 * - early: completed with fewer working days used than promised (即办件, promised 0, left out);
 * - 即办 rate and online rate: shares of the received cases that are 即办件, or were applied for
 *   on the web or the mobile app;
 * - online availability (网上可办率): the catalog's share of published items that can be applied
 *   for online — per department, per item (1 or 0), and null for cuts the catalog does not have;
 * - 容缺 and 补正: acceptances with missing secondary materials and correction requests in the period;
 * - materials saved: required materials of the received cases that the applicants did not bring —
 *   their real-name account, an e-licence or the exchange stood in (docs/decisions.md D21).
 */

const PERSONLESS = '-';

interface CaseRow {
  id: string;
  department_code: string;
  region_code: string;
  item_code: string;
  item_version: number;
  item_name: string;
  channel: string;
  case_kind: string;
  submitted_at: Date | null;
  accepted_at: Date | null;
  completed_at: Date | null;
  promised_due: Date | null;
  statutory_due: Date | null;
  paused_workdays: number;
  accepted_by: string | null;
  accepted_by_name: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
}

/** Who accepted a case at the window and who decided it: the window and person cuts (docs/decisions.md D15). */
export interface CaseReportKeys {
  id: string;
  acceptedBy: string | null;
  acceptedByName: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
}

/** The cases' report columns; the decider (a subquery per case) only for the person cut. */
function caseRows(db: Kysely<DB>, withDecider = true) {
  // The decider: the last approve/deny of the case's chain, else the clerk who completed a 即办件.
  const decider = sql<string | null>`(SELECT e.actor_id::text FROM events e WHERE e.chain = 'case:' || c.id::text
      AND e.action IN ('case.approve', 'case.deny', 'case.complete')
      ORDER BY CASE WHEN e.action = 'case.complete' THEN 1 ELSE 0 END, e.seq DESC LIMIT 1)`;
  return db
    .selectFrom('cases as c')
    .leftJoin('users as a', 'a.id', 'c.accepted_by')
    .select([
      'c.id',
      'c.department_code',
      'c.region_code',
      'c.item_code',
      'c.item_version',
      'c.item_name',
      'c.channel',
      'c.case_kind',
      'c.submitted_at',
      'c.accepted_at',
      'c.completed_at',
      'c.promised_due',
      'c.statutory_due',
      'c.paused_workdays',
      'c.accepted_by',
      'a.display_name as accepted_by_name',
      (withDecider ? decider : sql<string | null>`null::text`).as('decided_by'),
      (withDecider ? sql<string | null>`(SELECT u.display_name FROM users u WHERE u.id::text = ${decider})` : sql<string | null>`null::text`).as(
        'decided_by_name',
      ),
    ]);
}

/** The window and person keys of the given cases (the ratings source cuts by them). */
export async function findCaseReportKeys(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, CaseReportKeys>> {
  if (!ids.length) return new Map();
  const rows = await caseRows(db)
    .where('c.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, acceptedBy: r.accepted_by, acceptedByName: r.accepted_by_name, decidedBy: r.decided_by, decidedByName: r.decided_by_name },
    ]),
  );
}

/** The key and names of a case's row for a cut. */
function keyOf(r: CaseRow, by: ReportCut): { key: string; nameZh?: string; nameEn?: string } {
  switch (by) {
    case 'department':
      return { key: r.department_code };
    case 'region':
      return { key: r.region_code };
    case 'item':
      return { key: r.item_code, nameZh: r.item_name, nameEn: r.item_name };
    case 'window':
      return r.accepted_by
        ? { key: r.accepted_by, nameZh: r.accepted_by_name ?? r.accepted_by, nameEn: r.accepted_by_name ?? r.accepted_by }
        : { key: PERSONLESS, nameZh: '未受理', nameEn: 'Not accepted' };
    case 'person':
      return r.decided_by
        ? { key: r.decided_by, nameZh: r.decided_by_name ?? r.decided_by, nameEn: r.decided_by_name ?? r.decided_by }
        : { key: PERSONLESS, nameZh: '尚未决定', nameEn: 'Not decided yet' };
  }
}

/**
 * A case's additive sums (docs/decisions.md D16): each attributed to the day it happened on —
 * received, 即办, online and materials saved on the submission day; accepted on the acceptance
 * day; completed, on time, working days used and promised, early on the completion day; 补正 and
 * 容缺 on the day of their event.
 */
interface CaseSums extends Sums {
  received: number;
  accepted: number;
  completed: number;
  onTimePromised: number;
  withPromised: number;
  onTimeStatutory: number;
  withStatutory: number;
  /** Working days used → count. */
  used: Sums;
  promisedSum: number;
  promisedN: number;
  early: number;
  earlyBase: number;
  instant: number;
  online: number;
  deficiency: number;
  correction: number;
  materialsSaved: number;
}

const within = (d: Date | null, from: Date, to: Date) => !!d && d.getTime() >= from.getTime() && d.getTime() < to.getTime();
const num = (s: Sums, k: string): number => (typeof s[k] === 'number' ? (s[k] as number) : 0);

async function collect(input: RollupInput): Promise<RollupEntry[]> {
  const { db, cal, from, to, regionCode, cuts } = input;
  // The cases something happened to in [from, to): submitted, accepted or completed in it — one
  // pass over cases, or the three time indexes (migration 0046) when the range is a small share —
  // and, apart, the few whose only event in it is a correction or deficiency step. Four branches
  // united by id read the cases table four times and sorted the ids to drop duplicates: 4.3 s a
  // month on a city-year, against 1.3 s now (docs/decisions.md D16).
  const timed = (eb: ExpressionBuilder<DB & { c: DB['cases'] }, 'c'>) =>
    eb.or((['c.submitted_at', 'c.accepted_at', 'c.completed_at'] as const).map((column) => eb.and([eb(column, '>=', from), eb(column, '<', to)])));
  const stepped = db
    .selectFrom('events')
    .select(sql<string>`subject_id::uuid`.as('id'))
    .where('subject_type', '=', 'case')
    .where('action', 'in', ['case.request_correction', 'case.accept_with_deficiency'])
    .where('created_at', '>=', from)
    .where('created_at', '<', to);
  let byTime = caseRows(db, cuts.includes('person')).where(timed);
  // IS NOT TRUE: a case whose times are all null is not in the first branch either.
  let byStep = caseRows(db, cuts.includes('person'))
    .where('c.id', 'in', stepped)
    .where((eb) => sql<boolean>`(${timed(eb)}) IS NOT TRUE`);
  if (regionCode) {
    byTime = byTime.where('c.region_code', '=', regionCode);
    byStep = byStep.where('c.region_code', '=', regionCode);
  }
  const q = byTime.unionAll(byStep);
  const submittedIn = db.selectFrom('cases').select('id').where('submitted_at', '>=', from).where('submitted_at', '<', to);
  const [rows, steps, sourced] = await Promise.all([
    q.execute() as Promise<CaseRow[]>,
    db
      .selectFrom('events')
      .select(['subject_id', 'action', 'created_at'])
      .where('subject_type', '=', 'case')
      .where('action', 'in', ['case.request_correction', 'case.accept_with_deficiency'])
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .execute(),
    db
      .selectFrom('case_material_sources')
      .select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('case_id', 'in', submittedIn)
      .groupBy('case_id')
      .execute(),
  ]);
  const savedOf = new Map(sourced.map((s) => [s.case_id, Number(s.n)]));
  const stepsOf = new Map<string, Array<{ day: string; correction: boolean }>>();
  for (const s of steps) {
    const list = stepsOf.get(s.subject_id!) ?? [];
    list.push({ day: toShanghaiDate(new Date(s.created_at)), correction: s.action === 'case.request_correction' });
    stepsOf.set(s.subject_id!, list);
  }

  const entries = new Map<string, RollupEntry>();
  const sumsAt = (r: CaseRow, day: string, cut: ReportCut): CaseSums => {
    const k = keyOf(r, cut);
    const id = `${day}|${cut}|${r.region_code}|${k.key}`;
    let e = entries.get(id);
    if (!e) entries.set(id, (e = { day, cut, regionCode: r.region_code, key: k.key, ...(k.nameZh ? { name: k.nameZh } : {}), sums: { used: {} } }));
    return e.sums as CaseSums;
  };
  const bump = (r: CaseRow, at: Date, fn: (s: CaseSums) => void) => {
    const day = toShanghaiDate(at);
    for (const cut of cuts) fn(sumsAt(r, day, cut));
  };
  const inc = (s: Sums, k: string, n = 1) => (s[k] = num(s, k) + n);

  for (const r of rows) {
    if (within(r.submitted_at, from, to)) {
      const saved = savedOf.get(r.id) ?? 0;
      bump(r, r.submitted_at!, (s) => {
        inc(s, 'received');
        if (r.case_kind === 'instant') inc(s, 'instant');
        if (r.channel === 'web' || r.channel === 'mobile') inc(s, 'online');
        if (saved) inc(s, 'materialsSaved', saved);
      });
    }
    if (within(r.accepted_at, from, to)) bump(r, r.accepted_at!, (s) => inc(s, 'accepted'));
    if (within(r.completed_at, from, to)) {
      const done = r.completed_at!.getTime();
      let timing: { used: number; promised: number } | null = null;
      if (r.accepted_at && r.promised_due) {
        const acceptedDate = toShanghaiDate(r.accepted_at);
        timing = {
          used: Math.max(0, cal.countWorkdays(acceptedDate, toShanghaiDate(r.completed_at!)) - r.paused_workdays),
          promised: Math.max(0, cal.countWorkdays(acceptedDate, toShanghaiDate(r.promised_due)) - r.paused_workdays),
        };
      }
      bump(r, r.completed_at!, (s) => {
        inc(s, 'completed');
        if (r.promised_due) {
          inc(s, 'withPromised');
          if (done <= r.promised_due.getTime()) inc(s, 'onTimePromised');
        }
        if (r.statutory_due) {
          inc(s, 'withStatutory');
          if (done <= r.statutory_due.getTime()) inc(s, 'onTimeStatutory');
        }
        if (timing) {
          countInto(s.used, timing.used);
          inc(s, 'promisedSum', timing.promised);
          inc(s, 'promisedN');
          if (timing.promised > 0) {
            inc(s, 'earlyBase');
            if (timing.used < timing.promised) inc(s, 'early');
          }
        }
      });
    }
    for (const step of stepsOf.get(r.id) ?? []) {
      for (const cut of cuts) inc(sumsAt(r, step.day, cut), step.correction ? 'correction' : 'deficiency');
    }
  }
  return [...entries.values()];
}

function valuesOf(s: Sums, onlineAvailability: number | null): Values {
  const received = num(s, 'received');
  const promisedN = num(s, 'promisedN');
  return {
    received,
    accepted: num(s, 'accepted'),
    completed: num(s, 'completed'),
    onTimePromisedRate: rateOf(num(s, 'onTimePromised'), num(s, 'withPromised')),
    onTimeStatutoryRate: rateOf(num(s, 'onTimeStatutory'), num(s, 'withStatutory')),
    usedDaysAvg: histogramMean(s.used as Sums | undefined),
    usedDaysP90: histogramPercentile(s.used as Sums | undefined, 90),
    promisedDaysAvg: promisedN ? Math.round((num(s, 'promisedSum') / promisedN) * 100) / 100 : null,
    earlyRate: rateOf(num(s, 'early'), num(s, 'earlyBase')),
    instantRate: rateOf(num(s, 'instant'), received),
    onlineRate: rateOf(num(s, 'online'), received),
    onlineAvailability,
    deficiencyCount: num(s, 'deficiency'),
    correctionCount: num(s, 'correction'),
    materialsSaved: num(s, 'materialsSaved'),
  };
}

async function finish(input: SourceInput, rows: readonly KeySums[], total: Sums): Promise<SourceResult> {
  const { db, by } = input;
  const catalog = await computeOnlineRate(db);
  const byDepartment = new Map(catalog.departments.map((d) => [d.departmentCode, d.onlineRate]));
  const itemOnline = async (code: string): Promise<number | null> => {
    try {
      return (await getPublishedItem(db, code)).onlineDepth >= 3 ? 1 : 0;
    } catch {
      return null; // withdrawn from the catalog: no figure
    }
  };
  const out: SourceRow[] = [];
  for (const r of rows) {
    const availability = by === 'department' ? (byDepartment.get(r.key) ?? null) : by === 'item' ? await itemOnline(r.key) : null;
    const named =
      (by === 'window' || by === 'person') && r.key === PERSONLESS
        ? keyOf({ accepted_by: null, decided_by: null } as CaseRow, by)
        : by === 'item' || by === 'window' || by === 'person'
          ? { nameZh: r.name ?? r.key, nameEn: r.name ?? r.key }
          : {};
    out.push({ key: r.key, ...named, values: valuesOf(r.sums, availability) });
  }
  return { rows: out, total: valuesOf(total, catalog.overall.total ? catalog.overall.onlineRate : null) };
}

// Version 2: materials saved are the ones a source actually stood in for, no longer the item's 共享/电子证照 count.
const rollup: SourceRollup = { cuts: ['department', 'region', 'item'], version: 2, collect, finish };

/** Any cut over the whole period, live (the window and person cuts; tests compare it with the rollups). */
export async function computeCasesLive(input: SourceInput): Promise<SourceResult> {
  const keys = new Map<string, KeySums>();
  for (const e of await collect({ ...input, from: input.period.from, to: input.period.to, cuts: [input.by] })) {
    const k = keys.get(e.key);
    if (k) addSums(k.sums, e.sums);
    else keys.set(e.key, { key: e.key, ...(e.name ? { name: e.name } : {}), sums: addSums({}, e.sums) });
  }
  const total: Sums = {};
  for (const k of keys.values()) addSums(total, k.sums);
  return finish(input, [...keys.values()], total);
}

/** The cases source of the reports (plugged in by src/server/modules.ts). */
export const casesReportSource: ReportSource = {
  key: 'cases',
  cuts: ['department', 'region', 'item', 'window', 'person'],
  indicators: [
    { key: 'received', zh: '收件', en: 'Received', kind: 'count' },
    { key: 'accepted', zh: '受理', en: 'Accepted', kind: 'count' },
    { key: 'completed', zh: '办结', en: 'Completed', kind: 'count' },
    { key: 'onTimePromisedRate', zh: '承诺时限内办结率', en: 'On time (promised)', kind: 'rate' },
    { key: 'onTimeStatutoryRate', zh: '法定时限内办结率', en: 'On time (statutory)', kind: 'rate' },
    { key: 'usedDaysAvg', zh: '平均用时（工作日）', en: 'Working days used (mean)', kind: 'days' },
    { key: 'usedDaysP90', zh: '90% 用时（工作日）', en: 'Working days used (p90)', kind: 'days' },
    { key: 'promisedDaysAvg', zh: '平均承诺时限（工作日）', en: 'Promised working days (mean)', kind: 'days' },
    { key: 'earlyRate', zh: '提前办结率', en: 'Early completion', kind: 'rate' },
    { key: 'instantRate', zh: '即办率', en: 'Instant (即办) share', kind: 'rate' },
    { key: 'onlineRate', zh: '网上申请率', en: 'Applied online', kind: 'rate' },
    { key: 'onlineAvailability', zh: '网上可办率', en: 'Online availability', kind: 'rate' },
    { key: 'deficiencyCount', zh: '容缺受理', en: '容缺 acceptances', kind: 'count' },
    { key: 'correctionCount', zh: '补正告知', en: '补正 requests', kind: 'count' },
    { key: 'materialsSaved', zh: '减免材料', en: 'Materials saved', kind: 'count' },
  ],
  compute: computeCasesLive,
  rollup,
};
