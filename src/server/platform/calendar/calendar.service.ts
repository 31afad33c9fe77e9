import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../auth/roles';
import { AppError, defineErrors } from '../errors';
import * as repo from './calendar.repository';
import { calendarRowsFromChineseDays, publishedYearsFromChineseDays } from './chinese-days-source';
import { addDays, isIsoDate, yearOf } from './shanghai-date';
import { WorkCalendar, type CalendarDay, type DayKind } from './work-calendar';

export const CALENDAR_ERR = defineErrors({
  CALENDAR_DAY_INVALID: { kind: 'bad_input', zh: '日期 {date} 的设置不一致：{reason}', en: 'The setting for {date} is inconsistent: {reason}' },
  CALENDAR_YEAR_OUT_OF_RANGE: { kind: 'bad_input', zh: '年份须在 2000 至 2100 之间', en: 'The year must be between 2000 and 2100' },
});

/** How long a node trusts its cached calendar before checking the table for another node's edit. */
const RECHECK_MS = 30_000;

export interface CalendarService {
  /** The current calendar (cached; reloaded when the table changed). */
  get(): Promise<WorkCalendar>;
  /** The current calendar with the fingerprint of the table state it was loaded from (report rollups record it). */
  versioned(): Promise<{ calendar: WorkCalendar; fingerprint: string }>;
  /** Every day of a year with its kind, and whether the year's schedule is published. */
  describeYear(year: number): Promise<{ year: number; published: boolean; note: string | null; days: Array<CalendarDay & { date: string; source: string }> }>;
  setDay(actor: Actor, input: { date: string; workday: boolean; kind: DayKind; name: string | null }): Promise<void>;
  clearDay(actor: Actor, date: string): Promise<boolean>;
  setYear(actor: Actor, input: { year: number; published: boolean; note: string | null }): Promise<void>;
}

/**
 * Seeds the calendar table from `chinese-days` for the years it has not seen yet, and returns how
 * many rows were added. A year is seeded once: after that the admin's edits are the truth, so a
 * day an admin cleared does not come back at the next start.
 */
export async function seedCalendar(db: Kysely<DB>): Promise<number> {
  const known = new Set((await repo.findYears(db)).map((y) => y.year));
  const rows = calendarRowsFromChineseDays().filter((r) => !known.has(yearOf(r.date)));
  const years = [...publishedYearsFromChineseDays()].filter((y) => !known.has(y));
  return repo.insertMissingDays(db, rows, years);
}

async function loadCalendar(db: Kysely<DB>): Promise<WorkCalendar> {
  const [days, years] = await Promise.all([repo.findAllDays(db), repo.findYears(db)]);
  return new WorkCalendar({
    days: new Map(days.map((d) => [d.date, { workday: d.workday, kind: d.kind, name: d.name ?? undefined }])),
    publishedYears: new Set(years.filter((y) => y.published).map((y) => y.year)),
  });
}

function checkDay(input: { date: string; workday: boolean; kind: DayKind }): void {
  const bad = (reason: string) => new AppError(CALENDAR_ERR.CALENDAR_DAY_INVALID, { date: input.date, reason });
  if (!isIsoDate(input.date)) throw bad('not a real date / 不是有效日期');
  const expectWorkday = input.kind === 'makeup' || input.kind === 'workday';
  if (input.workday !== expectWorkday) throw bad(`kind ${input.kind} ${expectWorkday ? 'is' : 'is not'} a working day / 类型与是否工作日不符`);
}

/** The calendar backed by the calendar tables, shared by every module that computes a deadline. */
export function createCalendarService(db: Kysely<DB>): CalendarService {
  let cached: { calendar: WorkCalendar; fingerprint: string } | undefined;
  let checkedAt = 0;

  async function versioned(): Promise<{ calendar: WorkCalendar; fingerprint: string }> {
    if (cached && Date.now() - checkedAt < RECHECK_MS) return cached;
    const fp = await repo.calendarFingerprint(db);
    checkedAt = Date.now();
    if (!cached || fp !== cached.fingerprint) cached = { calendar: await loadCalendar(db), fingerprint: fp };
    return cached;
  }

  async function get(): Promise<WorkCalendar> {
    return (await versioned()).calendar;
  }

  function invalidate() {
    checkedAt = 0;
  }

  async function audit(actor: Actor, action: string, data: Record<string, unknown>) {
    await recordAudit(db, {
      action,
      actorId: actor.id,
      actorName: actor.displayName,
      regionCode: actor.regionCode,
      subjectType: 'calendar',
      subjectId: String(data.date ?? data.year),
      data,
    });
  }

  return {
    get,
    versioned,
    async describeYear(year) {
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError(CALENDAR_ERR.CALENDAR_YEAR_OUT_OF_RANGE);
      const [cal, stored, years] = await Promise.all([get(), repo.findDaysOfYear(db, year), repo.findYears(db)]);
      const sources = new Map(stored.map((d) => [d.date, d.source]));
      const y = years.find((r) => r.year === year);
      const days: Array<CalendarDay & { date: string; source: string }> = [];
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
        days.push({ date: d, ...cal.describeDay(d), source: sources.get(d) ?? 'default' });
      }
      return { year, published: y?.published ?? false, note: y?.note ?? null, days };
    },
    async setDay(actor, input) {
      checkDay(input);
      await repo.upsertDay(db, { ...input, updatedBy: actor.id });
      await audit(actor, 'calendar.day_set', { ...input });
      invalidate();
    },
    async clearDay(actor, date) {
      const removed = await repo.deleteDay(db, date);
      if (removed) await audit(actor, 'calendar.day_cleared', { date });
      invalidate();
      return removed;
    },
    async setYear(actor, input) {
      if (input.year < 2000 || input.year > 2100) throw new AppError(CALENDAR_ERR.CALENDAR_YEAR_OUT_OF_RANGE);
      await repo.upsertYear(db, input);
      await audit(actor, 'calendar.year_set', { ...input });
      invalidate();
    },
  };
}
