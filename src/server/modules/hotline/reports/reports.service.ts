import type { Kysely } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/types';
import { authorize, regionFilter } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import { addDays, dayOfWeek, startOfShanghaiDay, toShanghaiDate } from '../../../platform/calendar/shanghai-date';
import { categoryMap } from '../kb/categories.service';
import { hotlinePolicy } from '../hotline.policy';
import * as q from './reports.repository';
import { findDepartmentNames } from '../tickets/tickets.repository';

/**
 * 定期通报 of the hotline: daily, weekly and monthly figures — volume by channel and category,
 * connection and first-contact answer rates, on-time signing and completion, satisfaction and
 * resolution, repeat calls — per department and region, hot spots, and a department ranking.
 * `getHotlineSummary` is the hook the supervision reports include.
 */

export type Period = 'day' | 'week' | 'month';

/** A share, or null when nothing was counted. */
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** The Beijing-time range of a period containing `date`: the day, its ISO week (Mon–Sun), or its month. */
export function periodRange(period: Period, date: string): { from: Date; to: Date; fromDate: string; toDate: string } {
  let first = date;
  let next = addDays(date, 1);
  if (period === 'week') {
    first = addDays(date, -((dayOfWeek(date) + 6) % 7));
    next = addDays(first, 7);
  } else if (period === 'month') {
    first = `${date.slice(0, 7)}-01`;
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return { from: startOfShanghaiDay(first), to: startOfShanghaiDay(next), fromDate: first, toDate: addDays(next, -1) };
}

/** The headline figures of [from, to), optionally for one region. */
export interface HotlineSummary {
  from: Date;
  to: Date;
  tickets: number;
  calls: { total: number; answered: number; abandoned: number };
  connectionRate: number | null;
  firstContactRate: number | null;
  repeatCallRate: number | null;
  signOnTimeRate: number | null;
  completionOnTimeRate: number | null;
  satisfactionRate: number | null;
  resolutionRate: number | null;
  replied: number;
  visits: number;
  overdueOpen: number;
}

const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

/** The hotline's headline figures for [from, to): the hook for the supervision reports. */
export async function getHotlineSummary(db: Kysely<DB>, from: Date, to: Date, opts: { regionCode?: string | null; now?: Date } = {}): Promise<HotlineSummary> {
  const r = { from, to, region: opts.regionCode ?? null };
  const now = opts.now ?? new Date();
  const [intake, calls, signing, completion, visits, overdue] = await Promise.all([
    q.countIntake(db, r),
    q.countCalls(db, r),
    q.countSigning(db, r, now),
    q.countCompletion(db, r),
    q.countVisits(db, r),
    q.countOverdue(db, r, now),
  ]);
  const replied = sum(completion, (x) => x.replied);
  const visitCount = sum(visits, (x) => x.visits);
  return {
    from,
    to,
    tickets: intake.total,
    calls: { total: calls.total, answered: calls.answered, abandoned: calls.total - calls.answered },
    connectionRate: rate(calls.answered, calls.total),
    firstContactRate: rate(intake.answered, intake.total),
    repeatCallRate: rate(intake.repeat, intake.total),
    signOnTimeRate: rate(
      sum(signing, (x) => x.onTime),
      sum(signing, (x) => x.due),
    ),
    completionOnTimeRate: rate(
      sum(completion, (x) => x.onTime),
      replied,
    ),
    satisfactionRate: rate(
      sum(visits, (x) => x.satisfied),
      visitCount,
    ),
    resolutionRate: rate(
      sum(visits, (x) => x.resolved),
      visitCount,
    ),
    replied,
    visits: visitCount,
    overdueOpen: sum(overdue, (x) => x.count),
  };
}

/** Ranking weights: timeliness first, then what callers said (documented in the report). */
export const RANKING_WEIGHTS = { completionOnTime: 0.4, satisfaction: 0.3, resolution: 0.2, signOnTime: 0.1 } as const;

type Rates = { completionOnTimeRate: number | null; satisfactionRate: number | null; resolutionRate: number | null; signOnTimeRate: number | null };

/**
 * A department's score, 0–100: the weighted mean of the rates it has, weights renormalised over
 * them. A missing rate is not scored (no visits is not perfect satisfaction), and a department
 * with nothing finished and nothing overdue — no timeliness to judge — gets no score at all.
 */
export function scoreDepartment(x: Rates): number | null {
  if (x.completionOnTimeRate === null) return null;
  const w = RANKING_WEIGHTS;
  const parts = [
    [w.completionOnTime, x.completionOnTimeRate],
    [w.satisfaction, x.satisfactionRate],
    [w.resolution, x.resolutionRate],
    [w.signOnTime, x.signOnTimeRate],
  ].filter((p): p is [number, number] => p[1] !== null);
  const weight = parts.reduce((a, [wi]) => a + wi, 0);
  return Math.round((parts.reduce((a, [wi, r]) => a + wi * r, 0) / weight) * 1000) / 10;
}

/** Scored departments first, best first; unscored ones after them, unranked. */
function rankDepartments<T extends { score: number | null; replied: number; departmentCode: string }>(rows: T[]): Array<T & { rank: number | null }> {
  const scored = rows
    .filter((d) => d.score !== null)
    .sort((a, b) => b.score! - a.score! || b.replied - a.replied || a.departmentCode.localeCompare(b.departmentCode));
  const unscored = rows.filter((d) => d.score === null).sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));
  return [...scored.map((d, i) => ({ ...d, rank: i + 1 })), ...unscored.map((d) => ({ ...d, rank: null }))];
}

/** The full report of a period for the actor's reach (district viewers: their district). */
export async function buildReport(ctx: AppContext, actor: Actor, period: Period, date: string | undefined, now: Date) {
  authorize(actor, hotlinePolicy, 'reports.view');
  date ??= toShanghaiDate(now);
  const range = periodRange(period, date);
  const r = { from: range.from, to: range.to, region: regionFilter(actor) };
  const [summary, channels, categories, regions, signing, completion, visits, overdue, hotSpots, cats] = await Promise.all([
    getHotlineSummary(ctx.db, r.from, r.to, { regionCode: r.region, now }),
    q.countBy(ctx.db, r, 'channel'),
    q.countBy(ctx.db, r, 'category_code'),
    q.countBy(ctx.db, r, 'region_code'),
    q.countSigning(ctx.db, r, now),
    q.countCompletion(ctx.db, r),
    q.countVisits(ctx.db, r),
    q.countOverdue(ctx.db, r, now),
    q.findHotSpots(ctx.db, r, 10),
    categoryMap(ctx.db),
  ]);
  const deptCodes = [
    ...new Set([
      ...signing.map((x) => x.department),
      ...completion.map((x) => x.department),
      ...visits.map((x) => x.department),
      ...overdue.map((x) => x.department),
    ]),
  ].filter((d) => d !== '-');
  const names = await findDepartmentNames(ctx.db, deptCodes);
  const departments = rankDepartments(
    deptCodes
      .map((code) => {
        const s = signing.filter((x) => x.department === code);
        const c = completion.filter((x) => x.department === code);
        const v = visits.filter((x) => x.department === code);
        const overdueOpen = overdue.find((x) => x.department === code)?.count ?? 0;
        const row = {
          departmentCode: code,
          nameZh: names.get(code)?.zh ?? code,
          nameEn: names.get(code)?.en ?? code,
          assigned: sum(s, (x) => x.due),
          signOnTimeRate: rate(
            sum(s, (x) => x.onTime),
            sum(s, (x) => x.due),
          ),
          replied: sum(c, (x) => x.replied),
          // Open tickets already past their deadline count as late: doing nothing is not on time.
          completionOnTimeRate: rate(
            sum(c, (x) => x.onTime),
            sum(c, (x) => x.replied) + overdueOpen,
          ),
          visits: sum(v, (x) => x.visits),
          satisfactionRate: rate(
            sum(v, (x) => x.satisfied),
            sum(v, (x) => x.visits),
          ),
          resolutionRate: rate(
            sum(v, (x) => x.resolved),
            sum(v, (x) => x.visits),
          ),
          overdueOpen,
        };
        return { ...row, score: scoreDepartment(row) };
      })
      .filter((d) => d.assigned + d.replied + d.visits + d.overdueOpen > 0),
  );
  const regionRows = regions.map(({ key, count }) => {
    const c = completion.filter((x) => x.region === key);
    const v = visits.filter((x) => x.region === key);
    return {
      regionCode: key,
      tickets: count,
      completionOnTimeRate: rate(
        sum(c, (x) => x.onTime),
        sum(c, (x) => x.replied),
      ),
      satisfactionRate: rate(
        sum(v, (x) => x.satisfied),
        sum(v, (x) => x.visits),
      ),
    };
  });
  const catName = (code: string) => ({ nameZh: cats.get(code)?.nameZh ?? code, nameEn: cats.get(code)?.nameEn ?? code });
  return {
    period,
    date,
    fromDate: range.fromDate,
    toDate: range.toDate,
    regionCode: r.region,
    summary,
    byChannel: channels.map(({ key, count }) => ({ channel: key, count })),
    byCategory: categories.map(({ key, count }) => ({ categoryCode: key, ...catName(key), count })),
    byRegion: regionRows,
    departments,
    hotSpots: {
      places: hotSpots.map((h) => ({ place: h.place, count: h.count, topCategory: h.topCategory, ...catName(h.topCategory) })),
      categories: categories.slice(0, 10).map(({ key, count }) => ({ categoryCode: key, ...catName(key), count })),
    },
    rankingWeights: RANKING_WEIGHTS,
  };
}

export type HotlineReport = Awaited<ReturnType<typeof buildReport>>;
