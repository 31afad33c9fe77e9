import type { Kysely } from 'kysely';
import type { Executor } from '../../db/executor';
import type { DB } from '../../db/types';
import type { DepartmentSeed, RegionSeed } from './baotou';

type Names = { zh: string; en: string };

/** The names of a region and (optionally) a department, for display. */
export async function findOrgNames(
  db: Kysely<DB>,
  regionCode: string,
  departmentCode: string | null,
): Promise<{ region: Names | null; department: Names | null }> {
  const [region, department] = await Promise.all([
    db.selectFrom('regions').select(['name_zh as zh', 'name_en as en']).where('code', '=', regionCode).executeTakeFirst(),
    departmentCode
      ? db.selectFrom('departments').select(['name_zh as zh', 'name_en as en']).where('code', '=', departmentCode).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return { region: region ?? null, department: department ?? null };
}

export async function findRegions(db: Kysely<DB>) {
  return db.selectFrom('regions').selectAll().orderBy('sort').orderBy('code').execute();
}

export async function findDepartments(db: Kysely<DB>) {
  return db.selectFrom('departments').selectAll().orderBy('sort').orderBy('code').execute();
}

/** Inserts or refreshes regions and departments (idempotent: seeds run at every start). */
export async function upsertOrg(db: Kysely<DB>, regions: readonly RegionSeed[], departments: readonly DepartmentSeed[], cityCode: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [i, r] of regions.entries()) {
      const row = { code: r.code, name_zh: r.nameZh, name_en: r.nameEn, level: r.level, sort: i, parent_code: r.code === cityCode ? null : cityCode };
      await trx
        .insertInto('regions')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet({ name_zh: row.name_zh, name_en: row.name_en, level: row.level, sort: i }))
        .execute();
    }
    for (const [i, d] of departments.entries()) {
      const row = { code: d.code, name_zh: d.nameZh, name_en: d.nameEn, kind: d.kind, sort: i, region_code: cityCode };
      await trx
        .insertInto('departments')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet({ name_zh: row.name_zh, name_en: row.name_en, kind: row.kind, sort: i }))
        .execute();
    }
  });
}

/** The display names of departments, by code. */
export async function findDepartmentNames(db: Executor, codes: readonly string[]): Promise<Map<string, { zh: string; en: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('departments')
    .select(['code', 'name_zh', 'name_en'])
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((r) => [r.code, { zh: r.name_zh, en: r.name_en }]));
}
