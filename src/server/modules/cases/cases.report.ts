import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { computeOnlineRate } from '../catalog';
import { meanOf, percentileOf, rateOf, type ReportSource, type SourceInput, type SourceRow, type Values } from '../reports';
import { getCaseItem } from './cases.items';

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
 * - materials saved: materials of the received cases' items that come from shared data or
 *   e-licences (共享获取, 电子证照), so the applicant did not bring them.
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

function caseRows(db: Kysely<DB>) {
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
      decider.as('decided_by'),
      sql<string | null>`(SELECT u.display_name FROM users u WHERE u.id::text = ${decider})`.as('decided_by_name'),
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
function keyOf(r: CaseRow, by: SourceInput['by']): { key: string; nameZh?: string; nameEn?: string } {
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

interface Tally {
  received: CaseRow[];
  accepted: number;
  completed: CaseRow[];
  deficiency: number;
  correction: number;
  materialsSaved: number;
}

const newTally = (): Tally => ({ received: [], accepted: 0, completed: [], deficiency: 0, correction: 0, materialsSaved: 0 });
const within = (d: Date | null, from: Date, to: Date) => !!d && d.getTime() >= from.getTime() && d.getTime() < to.getTime();

function valuesOf(t: Tally, cal: WorkCalendar, onlineAvailability: number | null): Values {
  const used: number[] = [];
  const promised: number[] = [];
  let early = 0;
  let earlyBase = 0;
  let onTimePromised = 0;
  let withPromised = 0;
  let onTimeStatutory = 0;
  let withStatutory = 0;
  for (const c of t.completed) {
    const done = c.completed_at!.getTime();
    if (c.promised_due) {
      withPromised++;
      if (done <= c.promised_due.getTime()) onTimePromised++;
    }
    if (c.statutory_due) {
      withStatutory++;
      if (done <= c.statutory_due.getTime()) onTimeStatutory++;
    }
    if (c.accepted_at && c.promised_due) {
      const acceptedDate = toShanghaiDate(c.accepted_at);
      const u = Math.max(0, cal.countWorkdays(acceptedDate, toShanghaiDate(c.completed_at!)) - c.paused_workdays);
      const p = Math.max(0, cal.countWorkdays(acceptedDate, toShanghaiDate(c.promised_due)) - c.paused_workdays);
      used.push(u);
      promised.push(p);
      if (p > 0) {
        earlyBase++;
        if (u < p) early++;
      }
    }
  }
  const received = t.received.length;
  return {
    received,
    accepted: t.accepted,
    completed: t.completed.length,
    onTimePromisedRate: rateOf(onTimePromised, withPromised),
    onTimeStatutoryRate: rateOf(onTimeStatutory, withStatutory),
    usedDaysAvg: meanOf(used),
    usedDaysP90: percentileOf(used, 90),
    promisedDaysAvg: meanOf(promised),
    earlyRate: rateOf(early, earlyBase),
    instantRate: rateOf(t.received.filter((c) => c.case_kind === 'instant').length, received),
    onlineRate: rateOf(t.received.filter((c) => c.channel === 'web' || c.channel === 'mobile').length, received),
    onlineAvailability,
    deficiencyCount: t.deficiency,
    correctionCount: t.correction,
    materialsSaved: t.materialsSaved,
  };
}

async function compute(input: SourceInput) {
  const { db, cal, period, by, regionCode } = input;
  const { from, to } = period;
  let q = caseRows(db).where((eb) =>
    eb.or([
      eb.and([eb('c.submitted_at', '>=', from), eb('c.submitted_at', '<', to)]),
      eb.and([eb('c.accepted_at', '>=', from), eb('c.accepted_at', '<', to)]),
      eb.and([eb('c.completed_at', '>=', from), eb('c.completed_at', '<', to)]),
      eb.exists(
        eb
          .selectFrom('events as e')
          .select('e.id')
          .whereRef('e.subject_id', '=', sql<string>`c.id::text`)
          .where('e.subject_type', '=', 'case')
          .where('e.action', 'in', ['case.request_correction', 'case.accept_with_deficiency'])
          .where('e.created_at', '>=', from)
          .where('e.created_at', '<', to),
      ),
    ]),
  );
  if (regionCode) q = q.where('c.region_code', '=', regionCode);
  const [rows, steps] = await Promise.all([
    q.execute() as Promise<CaseRow[]>,
    db
      .selectFrom('events')
      .select(['subject_id', 'action', sql<number>`count(*)::int`.as('n')])
      .where('subject_type', '=', 'case')
      .where('action', 'in', ['case.request_correction', 'case.accept_with_deficiency'])
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .groupBy(['subject_id', 'action'])
      .execute(),
  ]);
  const stepsOf = new Map<string, { correction: number; deficiency: number }>();
  for (const s of steps) {
    const x = stepsOf.get(s.subject_id!) ?? { correction: 0, deficiency: 0 };
    if (s.action === 'case.request_correction') x.correction += Number(s.n);
    else x.deficiency += Number(s.n);
    stepsOf.set(s.subject_id!, x);
  }

  const groups = new Map<string, { row: Omit<SourceRow, 'values'>; tally: Tally }>();
  const total = newTally();
  const onlineItems = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r, by);
    let g = groups.get(k.key);
    if (!g) groups.set(k.key, (g = { row: k, tally: newTally() }));
    for (const t of [g.tally, total]) {
      if (within(r.submitted_at, from, to)) t.received.push(r);
      if (within(r.accepted_at, from, to)) t.accepted++;
      if (within(r.completed_at, from, to)) t.completed.push(r);
      const s = stepsOf.get(r.id);
      if (s) {
        t.correction += s.correction;
        t.deficiency += s.deficiency;
      }
    }
    if (within(r.submitted_at, from, to) || (by === 'item' && !onlineItems.has(r.item_code))) {
      const item = await getCaseItem(db, r.item_code, r.item_version);
      if (within(r.submitted_at, from, to)) {
        const saved = item.materials.filter((m) => m.source === 'shared' || m.source === 'e_license').length;
        g.tally.materialsSaved += saved;
        total.materialsSaved += saved;
      }
      if (!onlineItems.has(r.item_code)) onlineItems.set(r.item_code, item.onlineDepth >= 3 ? 1 : 0);
    }
  }

  const catalog = await computeOnlineRate(db);
  const byDepartment = new Map(catalog.departments.map((d) => [d.departmentCode, d.onlineRate]));
  const availability = (key: string): number | null => {
    if (by === 'department') return byDepartment.get(key) ?? null;
    if (by === 'item') return onlineItems.get(key) ?? null;
    return null;
  };
  return {
    rows: [...groups.values()].map((g) => ({ ...g.row, values: valuesOf(g.tally, cal, availability(g.row.key)) })),
    total: valuesOf(total, cal, catalog.overall.total ? catalog.overall.onlineRate : null),
  };
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
  compute,
};
