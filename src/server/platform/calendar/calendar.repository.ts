import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { CalendarRow } from './chinese-days-source';
import type { DayKind } from './work-calendar';

export interface StoredDay {
  date: string;
  workday: boolean;
  kind: DayKind;
  name: string | null;
  source: string;
}

export async function findAllDays(db: Kysely<DB>): Promise<StoredDay[]> {
  const rows = await db.selectFrom('calendar_days').select(['day', 'workday', 'kind', 'name', 'source']).orderBy('day').execute();
  return rows.map((r) => ({ date: r.day, workday: r.workday, kind: r.kind, name: r.name, source: r.source }));
}

export async function findDaysOfYear(db: Kysely<DB>, year: number): Promise<StoredDay[]> {
  const rows = await db
    .selectFrom('calendar_days')
    .select(['day', 'workday', 'kind', 'name', 'source'])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ date: r.day, workday: r.workday, kind: r.kind, name: r.name, source: r.source }));
}

export async function findYears(db: Kysely<DB>): Promise<Array<{ year: number; published: boolean; source: string; note: string | null }>> {
  return db.selectFrom('calendar_years').select(['year', 'published', 'source', 'note']).orderBy('year').execute();
}

/** Seeds rows the table does not have yet; an admin's edits are never overwritten. */
export async function insertMissingDays(db: Kysely<DB>, rows: CalendarRow[], years: number[]): Promise<number> {
  let inserted = 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500).map((r) => ({ day: r.date, workday: r.workday, kind: r.kind, name: r.name, source: 'chinese-days' }));
      const r = await trx
        .insertInto('calendar_days')
        .values(chunk)
        .onConflict((oc) => oc.column('day').doNothing())
        .executeTakeFirst();
      inserted += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    if (years.length) {
      await trx
        .insertInto('calendar_years')
        .values(years.map((year) => ({ year, published: true, source: 'chinese-days' })))
        .onConflict((oc) => oc.column('year').doNothing())
        .execute();
    }
  });
  return inserted;
}

export async function upsertDay(db: Kysely<DB>, d: { date: string; workday: boolean; kind: DayKind; name: string | null; updatedBy: string }): Promise<void> {
  const row = { day: d.date, workday: d.workday, kind: d.kind, name: d.name, source: 'admin', updated_by: d.updatedBy, updated_at: new Date() };
  await db
    .insertInto('calendar_days')
    .values(row)
    .onConflict((oc) => oc.column('day').doUpdateSet(row))
    .execute();
}

export async function deleteDay(db: Kysely<DB>, date: string): Promise<boolean> {
  const r = await db.deleteFrom('calendar_days').where('day', '=', date).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function upsertYear(db: Kysely<DB>, y: { year: number; published: boolean; note: string | null }): Promise<void> {
  const row = { year: y.year, published: y.published, note: y.note, source: 'admin', updated_at: new Date() };
  await db
    .insertInto('calendar_years')
    .values(row)
    .onConflict((oc) => oc.column('year').doUpdateSet(row))
    .execute();
}

/** A cheap fingerprint of the whole calendar, so nodes notice another node's edit. */
export async function calendarFingerprint(db: Kysely<DB>): Promise<string> {
  const r = await db
    .selectFrom('calendar_days')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('t')])
    .executeTakeFirstOrThrow();
  const y = await db
    .selectFrom('calendar_years')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('t')])
    .executeTakeFirstOrThrow();
  return `${r.n}|${r.t ? new Date(r.t).toISOString() : ''}|${y.n}|${y.t ? new Date(y.t).toISOString() : ''}`;
}
