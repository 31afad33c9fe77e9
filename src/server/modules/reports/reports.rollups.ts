import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { addDays, startOfShanghaiDay, toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import {
  addSums,
  type KeySums,
  type ReportSource,
  type RollupEntry,
  type SourceInput,
  type SourceResult,
  type SourceRollup,
  type Sums,
} from './reports.source';

/**
 * Report rollups (docs/decisions.md D16). A source with a `rollup` has its sums stored per Shanghai
 * day once the day has ended (plus a settling margin for transactions that began before midnight):
 * a report adds up the stored days of its period and collects the days still open live. A day is
 * rolled up the first time a report needs it (and by the nightly job), under the working-day
 * calendar's fingerprint; after a calendar edit every day is rolled up again when next needed.
 * Whatever writes into a day that has ended (the demo loader, the simulation) calls
 * `invalidateRollups` for the days it touched.
 */

/** A day is rolled up only this long after it ended. */
export const SETTLE_MS = 10 * 60_000;
/** Days rolled up per source read, so a year's first report holds a month of records per run in flight. */
const CHUNK_DAYS = 31;
const INSERT_BATCH = 500;
/** Runs of days rolled up at once (two months of records in memory at most). */
const RUNS_AT_ONCE = 2;

/** The first instant not yet settled at `now`: the start of the Shanghai day that includes now − margin. */
export function settledUntil(now: Date): Date {
  return startOfShanghaiDay(toShanghaiDate(new Date(now.getTime() - SETTLE_MS)));
}

/** One source's report: stored days plus the live rest for the cuts it rolls up; live otherwise. */
export async function computeSource(source: ReportSource, input: SourceInput & { calendarFingerprint: string }): Promise<SourceResult> {
  const rollup = source.rollup;
  if (!rollup || !rollup.cuts.includes(input.by)) return source.compute(input);
  const { db, cal, period, by, regionCode } = input;
  const split = new Date(Math.min(period.to.getTime(), Math.max(period.from.getTime(), settledUntil(input.now).getTime())));
  const keys = new Map<string, KeySums>();
  const add = (key: string, name: string | null | undefined, sums: Sums) => {
    const k = keys.get(key);
    if (k) {
      addSums(k.sums, sums);
      if (!k.name && name) k.name = name;
    } else keys.set(key, { key, ...(name ? { name } : {}), sums: addSums({}, sums) });
  };
  if (split > period.from) {
    const lastDay = addDays(toShanghaiDate(split), -1);
    await ensureRolledUp(db, source.key, rollup, cal, input.calendarFingerprint, period.fromDate, lastDay);
    let q = db
      .selectFrom('report_rollups')
      .select(['key', 'name', 'sums'])
      .where('source', '=', source.key)
      .where('cut', '=', by)
      .where('day', '>=', period.fromDate)
      .where('day', '<=', lastDay);
    if (regionCode) q = q.where('region_code', '=', regionCode);
    for (const r of await q.execute()) add(r.key, r.name, r.sums as Sums);
  }
  if (split < period.to) {
    for (const e of await rollup.collect({ db, cal, from: split, to: period.to, regionCode, cuts: [by] })) add(e.key, e.name, e.sums);
  }
  const total: Sums = {};
  for (const k of keys.values()) addSums(total, k.sums);
  return rollup.finish(input, [...keys.values()], total);
}

/** Consecutive days of `days` (sorted), in runs of at most CHUNK_DAYS. */
function runsOf(days: readonly string[]): Array<[string, string]> {
  const runs: Array<[string, string]> = [];
  let start: string | null = null;
  let prev: string | null = null;
  let length = 0;
  for (const d of days) {
    if (start && prev && addDays(prev, 1) === d && length < CHUNK_DAYS) {
      prev = d;
      length++;
      continue;
    }
    if (start && prev) runs.push([start, prev]);
    start = prev = d;
    length = 1;
  }
  if (start && prev) runs.push([start, prev]);
  return runs;
}

/** Rolls up the days of [firstDay, lastDay] that have no rollup under this calendar; returns how many were. */
export async function ensureRolledUp(
  db: Kysely<DB>,
  sourceKey: string,
  rollup: SourceRollup,
  cal: WorkCalendar,
  fingerprint: string,
  firstDay: string,
  lastDay: string,
): Promise<number> {
  // A day counts as built under this calendar and this meaning of the source's sums.
  const builtAs = rollup.version ? `${fingerprint}#v${rollup.version}` : fingerprint;
  const built = new Set(
    (
      await db
        .selectFrom('report_rollup_days')
        .select('day')
        .where('source', '=', sourceKey)
        .where('calendar', '=', builtAs)
        .where('day', '>=', firstDay)
        .where('day', '<=', lastDay)
        .execute()
    ).map((r) => r.day),
  );
  const missing: string[] = [];
  for (let d = firstDay; d <= lastDay; d = addDays(d, 1)) if (!built.has(d)) missing.push(d);
  const runs = runsOf(missing);
  const rollUpRuns = async () => {
    for (let run = runs.shift(); run; run = runs.shift()) {
      const [from, to] = run;
      try {
        const entries = await rollup.collect({
          db,
          cal,
          from: startOfShanghaiDay(from),
          to: startOfShanghaiDay(addDays(to, 1)),
          regionCode: null,
          cuts: rollup.cuts,
        });
        await storeRun(db, sourceKey, builtAs, from, to, entries);
      } catch (err) {
        runs.length = 0; // the other run in flight takes no more: the report fails as one
        throw err;
      }
    }
  };
  // RUNS_AT_ONCE runs in flight: the database reads one while this process sums another.
  await Promise.all(Array.from({ length: RUNS_AT_ONCE }, rollUpRuns));
  return missing.length;
}

/** Replaces the rollups of the days [from, to] and marks them built, in one transaction. */
async function storeRun(db: Kysely<DB>, sourceKey: string, fingerprint: string, from: string, to: string, entries: readonly RollupEntry[]): Promise<void> {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('report_rollups').where('source', '=', sourceKey).where('day', '>=', from).where('day', '<=', to).execute();
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      await trx
        .insertInto('report_rollups')
        .values(
          entries.slice(i, i + INSERT_BATCH).map((e) => ({
            source: sourceKey,
            day: e.day,
            cut: e.cut,
            region_code: e.regionCode,
            key: e.key,
            name: e.name ?? null,
            sums: JSON.stringify(e.sums),
          })),
        )
        // Two reports rolling up the same days at once write the same sums.
        .onConflict((oc) => oc.columns(['source', 'cut', 'day', 'region_code', 'key']).doUpdateSet({ sums: sql`excluded.sums`, name: sql`excluded.name` }))
        .execute();
    }
    await trx
      .insertInto('report_rollup_days')
      .values(days.map((day) => ({ source: sourceKey, day, calendar: fingerprint })))
      .onConflict((oc) => oc.columns(['source', 'day']).doUpdateSet({ calendar: fingerprint, built_at: sql`now()` }))
      .execute();
  });
}

/**
 * Forgets the rollups of the days from `fromDay` on (every day when omitted), so the next report
 * rolls them up again: for whatever writes records into days that have ended.
 */
export async function invalidateRollups(db: Kysely<DB>, fromDay?: string): Promise<void> {
  let days = db.deleteFrom('report_rollup_days');
  let rows = db.deleteFrom('report_rollups');
  if (fromDay) {
    days = days.where('day', '>=', fromDay);
    rows = rows.where('day', '>=', fromDay);
  }
  await days.execute();
  await rows.execute();
}

/** Rolls up every settled day from `fromDay` through yesterday for each source that has rollups. */
export async function rollUpSettledDays(
  db: Kysely<DB>,
  sources: readonly ReportSource[],
  versioned: { calendar: WorkCalendar; fingerprint: string },
  fromDay: string,
  now: Date,
): Promise<number> {
  const lastDay = addDays(toShanghaiDate(settledUntil(now)), -1);
  let n = 0;
  for (const s of sources)
    if (s.rollup && fromDay <= lastDay) n += await ensureRolledUp(db, s.key, s.rollup, versioned.calendar, versioned.fingerprint, fromDay, lastDay);
  return n;
}
