import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/audit';
import { authorize, can } from '../../../platform/auth/policy';
import { cached } from '../../../platform/cache';
import type { Actor } from '../../../platform/auth/roles';
import { AppError, ERR } from '../../../platform/errors';
import * as repo from './categories.repository';
import { HOTLINE_ERR } from '../hotline.errors';
import { hotlinePolicy } from '../hotline.policy';
import type { Executor } from '../tickets/tickets.repository';
import { findExistingDepartments } from '../tickets/tickets.repository';

/** A category as the API shows it. */
export interface Category {
  code: string;
  groupCode: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  departmentCode: string;
  urgency: repo.CategoryRow['urgency'];
  limit: { value: number; unit: 'hours' | 'workdays' };
  keywords: string[];
  linkedHotline: '12315' | null;
  simple: boolean;
  active: boolean;
  version: number;
}

/** The API shape of a category row. */
export function toCategory(r: repo.CategoryRow): Category {
  return {
    code: r.code,
    groupCode: r.group_code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    descriptionZh: r.description_zh,
    descriptionEn: r.description_en,
    departmentCode: r.department_code,
    urgency: r.urgency,
    limit: { value: r.limit_value, unit: r.limit_unit },
    keywords: r.keywords,
    linkedHotline: r.linked_hotline,
    simple: r.simple,
    active: r.active,
    version: r.version,
  };
}

/** Every category by code, cached per database; an admin edit on another node shows within 30 s. */
const categories = cached({ ttlMs: 30_000, load: async (db) => new Map((await repo.findCategoryRows(db)).map((r) => [r.code, toCategory(r)])) });

/** Every category by code (lists, classification). */
export function categoryMap(db: Kysely<DB>): Promise<Map<string, Category>> {
  return categories.get(db);
}

/** Groups with their categories, in display order. */
/** The taxonomy as `reader` sees it: category editors see inactive categories too. */
export function categoryTreeAs(db: Executor, reader: Actor | null) {
  return findCategoryTree(db, { activeOnly: !(reader && can(reader, hotlinePolicy, 'category.edit')) });
}

export async function findCategoryTree(db: Executor, opts: { activeOnly: boolean }) {
  const [groups, rows] = await Promise.all([repo.findGroupRows(db), repo.findCategoryRows(db)]);
  const cats = rows.filter((r) => !opts.activeOnly || r.active).map(toCategory);
  return groups
    .map((g) => ({ code: g.code, nameZh: g.name_zh, nameEn: g.name_en, categories: cats.filter((c) => c.groupCode === g.code) }))
    .filter((g) => g.categories.length > 0);
}

/** An active category or CATEGORY_UNKNOWN. */
export async function getActiveCategory(db: Executor, code: string): Promise<Category> {
  const row = await repo.getCategoryRow(db, code);
  if (!row || !row.active) throw new AppError(HOTLINE_ERR.CATEGORY_UNKNOWN, { category: code });
  return toCategory(row);
}

/** A category, active or not (for existing tickets). */
export async function getCategory(db: Executor, code: string): Promise<Category | null> {
  const row = await repo.getCategoryRow(db, code);
  return row ? toCategory(row) : null;
}

export interface CategoryEdit {
  version: number;
  departmentCode?: string;
  urgency?: Category['urgency'];
  limit?: Category['limit'];
  simple?: boolean;
  active?: boolean;
  keywords?: string[];
}

/** An admin changes a category's routing or limit; tickets already taken keep their own limit. */
export async function updateCategory(db: Kysely<DB>, actor: Actor, code: string, edit: CategoryEdit): Promise<Category> {
  authorize(actor, hotlinePolicy, 'category.edit');
  const current = await repo.getCategoryRow(db, code);
  if (!current) throw new AppError(HOTLINE_ERR.CATEGORY_UNKNOWN, { category: code });
  if (edit.departmentCode && !(await findExistingDepartments(db, [edit.departmentCode])).has(edit.departmentCode)) {
    throw new AppError(HOTLINE_ERR.DEPARTMENT_UNKNOWN, { department: edit.departmentCode });
  }
  const updated = await repo.updateCategoryRow(db, code, edit.version, {
    ...(edit.departmentCode ? { department_code: edit.departmentCode } : {}),
    ...(edit.urgency ? { urgency: edit.urgency } : {}),
    ...(edit.limit ? { limit_value: edit.limit.value, limit_unit: edit.limit.unit } : {}),
    ...(edit.simple !== undefined ? { simple: edit.simple } : {}),
    ...(edit.active !== undefined ? { active: edit.active } : {}),
    ...(edit.keywords ? { keywords: edit.keywords } : {}),
    updated_by: actor.id,
  });
  if (!updated) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: current.version });
  categories.invalidate(db);
  const { version: _version, ...changes } = edit;
  await recordAudit(db, {
    action: 'hotline.category_updated',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'hotline_category',
    subjectId: code,
    data: changes,
  });
  return toCategory(updated);
}
