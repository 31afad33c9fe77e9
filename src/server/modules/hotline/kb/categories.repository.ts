import type { Selectable, Updateable } from 'kysely';
import type { HotlineCategoriesTable } from '../../../db/tables/hotline';
import { CATEGORY_GROUPS, LEAF_CATEGORIES } from '../data/taxonomy';
import type { Executor } from '../tickets/tickets.repository';

/** SQL of the category table (seeded from the taxonomy, edited by admins). */

export type CategoryRow = Selectable<HotlineCategoriesTable>;

/**
 * Inserts the taxonomy's groups and categories that are not in the table yet. Existing rows are
 * left alone: after the first start an admin's edits are the truth.
 */
export async function ensureCategories(db: Executor): Promise<number> {
  const have = await db.selectFrom('hotline_categories').select('code').execute();
  if (have.length >= LEAF_CATEGORIES.length) return 0;
  await db
    .insertInto('hotline_category_groups')
    .values(CATEGORY_GROUPS.map((g, i) => ({ code: g.code, name_zh: g.nameZh, name_en: g.nameEn, sort: i })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const inserted = await db
    .insertInto('hotline_categories')
    .values(
      LEAF_CATEGORIES.map((c, i) => ({
        code: c.code,
        group_code: c.parentCode,
        name_zh: c.nameZh,
        name_en: c.nameEn,
        description_zh: c.descriptionZh,
        description_en: c.descriptionEn,
        department_code: c.departmentCode,
        urgency: c.urgency,
        limit_value: c.limit.value,
        limit_unit: c.limit.unit,
        keywords: [...c.keywords],
        linked_hotline: c.linkedHotline ?? null,
        // Complex matters need a dispatcher's judgement; everything else an agent may send on.
        simple: c.urgency !== 'complex',
        sort: i,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  return inserted.length;
}

/** Every category, in display order. */
export async function findCategoryRows(db: Executor): Promise<CategoryRow[]> {
  return db.selectFrom('hotline_categories').selectAll().orderBy('sort').execute();
}

/** The first-level groups, in display order. */
export async function findGroupRows(db: Executor) {
  return db.selectFrom('hotline_category_groups').selectAll().orderBy('sort').execute();
}

/** One category by code. */
export async function getCategoryRow(db: Executor, code: string): Promise<CategoryRow | undefined> {
  return db.selectFrom('hotline_categories').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Updates a category if it still has the version the admin saw; false otherwise. */
export async function updateCategoryRow(
  db: Executor,
  code: string,
  version: number,
  patch: Updateable<HotlineCategoriesTable>,
): Promise<CategoryRow | undefined> {
  return db
    .updateTable('hotline_categories')
    .set({ ...patch, version: version + 1, updated_at: new Date() })
    .where('code', '=', code)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
