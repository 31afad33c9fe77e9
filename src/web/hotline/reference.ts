import { api, type ApiError } from '../shared/api';
import { useApiQuery } from '../shared/useApiQuery';
import type { Lang } from '../i18n/messages';
import type { Category, CategoryGroup } from '../../shared/hotline/hotline.wire';
import type { Department, Region } from '../../shared/org/org.wire';

/**
 * The lists every hotline page names things from: categories (two levels), departments and
 * regions. Loaded once per page load and shared; a failed load is retried on the next use.
 */
export interface Reference {
  groups: CategoryGroup[];
  categories: Map<string, Category>;
  departments: Map<string, Department>;
  regions: Map<string, Region>;
}

let pending: Promise<Reference> | null = null;

async function fetchReference(): Promise<Reference> {
  const [categories, departments, regions] = await Promise.all([
    api.get<{ groups: CategoryGroup[] }>('/api/v1/hotline/categories'),
    api.get<{ items: Department[] }>('/api/v1/departments'),
    api.get<{ items: Region[] }>('/api/v1/regions'),
  ]);
  const groups = categories.groups;
  return {
    groups,
    categories: new Map(groups.flatMap((g) => g.categories).map((c) => [c.code, c])),
    departments: new Map(departments.items.map((d) => [d.code, d])),
    regions: new Map(regions.items.map((r) => [r.code, r])),
  };
}

/** The shared reference lists (fetched at most once at a time). */
export function loadReference(): Promise<Reference> {
  pending ??= fetchReference().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

export type ReferenceState = { status: 'loading' } | { status: 'error'; error: ApiError; retry: () => void } | { status: 'done'; ref: Reference };

/** The reference lists for a component; re-renders once they arrive. */
export function useReference(): ReferenceState {
  const query = useApiQuery(() => loadReference(), []);
  if (query.status === 'error') return { status: 'error', error: query.error, retry: query.reload };
  return query.data ? { status: 'done', ref: query.data } : { status: 'loading' };
}

type Named = { nameZh: string; nameEn: string };

/** A bilingual record's name in the UI language. */
export function nameOf(item: Named | undefined, lang: Lang, fallback = ''): string {
  if (!item) return fallback;
  return lang === 'en-US' ? item.nameEn : item.nameZh;
}

export function categoryName(ref: Reference | null, code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  return nameOf(ref?.categories.get(code), lang, code);
}

/** "供热 › 室温不达标": the category under its group. */
export function categoryPath(ref: Reference | null, code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const category = ref?.categories.get(code);
  if (!category || !ref) return code;
  const group = ref.groups.find((g) => g.code === category.groupCode);
  return group ? `${nameOf(group, lang)} › ${nameOf(category, lang)}` : nameOf(category, lang);
}

export function departmentName(ref: Reference | null, code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  return nameOf(ref?.departments.get(code), lang, code);
}

export function regionName(ref: Reference | null, code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  return nameOf(ref?.regions.get(code), lang, code);
}
