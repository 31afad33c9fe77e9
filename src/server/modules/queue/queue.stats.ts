import type { AppContext } from '../../context';
import type { Executor } from '../../db/executor';
import type { Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError, type Lang } from '../../platform/errors';
import { getPlaceSchedule } from '../places';
import { QUEUE_ERR } from './queue.errors';
import { authorizeStats } from './queue.policy';
import { windowName } from './queue.read';
import * as repo from './queue.repository';
import type { QueueFigures, QueueStats } from './queue.schemas';

/**
 * A hall's day in figures for supervision (docs/domain.md S10, S20): tickets taken, served,
 * skipped and closed unserved when the day ended, waiting time (taken → called) and service time (called → finished) as average and
 * median, per window group, per window and per clerk.
 */

const EMPTY: QueueFigures = {
  taken: 0,
  served: 0,
  skipped: 0,
  closed: 0,
  waiting: 0,
  waitAvgSeconds: null,
  waitMedianSeconds: null,
  serviceAvgSeconds: null,
  serviceMedianSeconds: null,
};

const round = (v: number | null) => (v === null ? null : Math.round(Number(v)));

function figures(r: repo.FiguresRow): QueueFigures {
  return {
    taken: r.taken,
    served: r.served,
    skipped: r.skipped,
    closed: r.closed,
    waiting: r.waiting,
    waitAvgSeconds: round(r.wait_avg),
    waitMedianSeconds: round(r.wait_median),
    serviceAvgSeconds: round(r.service_avg),
    serviceMedianSeconds: round(r.service_median),
  };
}

export async function getQueueStats(ctx: AppContext, actor: Actor, placeCode: string, date: string | undefined, now: Date, lang: Lang): Promise<QueueStats> {
  const place = await getPlaceSchedule(ctx.db, placeCode);
  authorizeStats(actor, place.regionCode);
  const today = toShanghaiDate(now);
  const day = date ?? today;
  if (day > today) throw new AppError(QUEUE_ERR.STATS_DATE_FUTURE);
  const [total, groups, windows, clerks] = await Promise.all(
    (['total', 'group', 'window', 'clerk'] as const).map((by) => repo.dayFigures(ctx.db, place.code, day, by)),
  );
  return {
    place: { code: place.code, name: lang === 'en-US' ? place.nameEn : place.nameZh },
    date: day,
    total: total[0] ? figures(total[0]) : EMPTY,
    groups: groups.map((r) => ({ group: r.key, ...figures(r) })),
    windows: windows.map((r) => ({ window: r.key, name: windowName(place.windows, r.key, lang), group: r.group_code ?? '', ...figures(r) })),
    clerks: clerks.map((r) => ({ clerkId: r.key, name: r.name ?? '', ...figures(r) })),
  };
}

/** The halls' figures of a period for the reports: counts, and the median wait and service in minutes (one decimal). */
export interface HallPeriodFigures {
  key: string;
  nameZh: string | null;
  nameEn: string | null;
  taken: number;
  served: number;
  missed: number;
  waitMedianMinutes: number | null;
  serviceMedianMinutes: number | null;
}

const minutesOf = (seconds: number | null) => (seconds === null ? null : Math.round(Number(seconds) / 6) / 10);

/**
 * Tickets of the hall days `fromDate`..`toDate` in a region (null: everywhere), per hall or per a
 * report's cut (docs/decisions.md D15): taken, served, missed (skipped, or closed unserved at the
 * day's end), median wait (taken → called) and service (called → finished) in minutes. Rows whose
 * key the tickets do not carry (a ticket taken for a group has no item or department) only count in
 * the total.
 */
export async function hallFiguresOfPeriod(
  db: Executor,
  fromDate: string,
  toDate: string,
  regionCode: string | null,
  by: Parameters<typeof repo.periodFigures>[4],
): Promise<HallPeriodFigures[]> {
  const rows = await repo.periodFigures(db, fromDate, toDate, regionCode, by);
  return rows
    .filter((r): r is repo.PeriodFiguresRow & { key: string } => r.key !== null)
    .map((r) => ({
      key: r.key,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      taken: r.taken,
      served: r.served,
      missed: r.missed,
      waitMedianMinutes: minutesOf(r.wait_median),
      serviceMedianMinutes: minutesOf(r.service_median),
    }));
}
