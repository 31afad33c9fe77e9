import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { BundleDefinition } from '../../../shared/bundles/bundles.schemas';
import { AppError, type Lang } from '../../platform/errors';
import { readDefinition } from '../../../shared/bundles/bundles.definition';
import { checkAnswers, planBundle, type Answers, type BundlePlan } from './catalog.bundle-plan';
import { CATALOG_ERR } from './catalog.errors';
import { getPublishedItem } from './catalog.service';
import type { PublishedItem } from './catalog.types';
import { findItemFacts } from './catalog.repository';
import { findBundles, type BundleRecord } from './catalog.reference.repository';
import { departmentCache } from './catalog.search';

/** The "办成一件事" bundles as the public portal lists and shows them. */

async function names(db: Kysely<DB>, lang: Lang) {
  const departments = await departmentCache.get(db);
  return (code: string | null) => {
    if (!code) return null;
    const d = departments.get(code);
    const zh = d?.zh ?? code;
    const en = d?.en ?? code;
    return { code, name: lang === 'en-US' ? en : zh, nameZh: zh, nameEn: en };
  };
}

function summary(b: BundleRecord, lang: Lang, dept: Awaited<ReturnType<typeof names>>) {
  return {
    code: b.code,
    name: b.nameZh,
    nameEn: b.nameEn,
    audience: b.audience,
    leadDepartment: dept(b.leadDepartmentCode),
    itemCount: b.itemCodes.length,
  };
}

/** Every bundle, in the order the portal shows them. */
export async function listBundles(db: Kysely<DB>, lang: Lang) {
  const [bundles, dept] = await Promise.all([findBundles(db), names(db, lang)]);
  return bundles.map((b) => summary(b, lang, dept));
}

/** One bundle with its items, its questions and the plan before any answer; BUNDLE_NOT_FOUND when there is none. */
export async function getBundle(db: Kysely<DB>, code: string, lang: Lang) {
  const [[b], dept] = await Promise.all([findBundles(db, code), names(db, lang)]);
  if (!b) throw new AppError(CATALOG_ERR.BUNDLE_NOT_FOUND, { code });
  const facts = new Map((await findItemFacts(db, b.itemCodes)).map((f) => [f.code, f]));
  const items = b.itemCodes
    .map((c) => facts.get(c))
    .filter((f) => f?.published)
    .map((f) => ({ code: f!.code, name: f!.nameZh, nameEn: f!.nameEn, departmentCode: f!.departmentCode, departmentName: dept(f!.departmentCode)!.name }));
  const loaded = await loadBundle(db, code, {}, lang);
  return { ...summary(b, lang, dept), items, definition: b.definition, questions: questionsOf(loaded.definition), plan: loaded.plan };
}

function questionsOf(def: BundleDefinition) {
  return def.questions.map((q) => ({
    key: q.key,
    text: q.textZh,
    textEn: q.textEn,
    kind: q.kind,
    ...(q.options ? { options: q.options } : {}),
    ...(q.unitZh ? { unitZh: q.unitZh, unitEn: q.unitEn ?? q.unitZh } : {}),
  }));
}

/** A bundle as applying needs it: its definition, the member items' published versions and the plan for the answers. */
export interface LoadedBundle {
  code: string;
  nameZh: string;
  nameEn: string;
  leadDepartmentCode: string | null;
  definition: BundleDefinition;
  items: ReadonlyMap<string, PublishedItem>;
  plan: BundlePlan;
}

/** Loads a bundle and plans it for `answers` (not checked: `planFor` checks them). */
export async function loadBundle(db: Kysely<DB>, code: string, answers: Answers, lang: Lang): Promise<LoadedBundle> {
  const [[b], dept] = await Promise.all([findBundles(db, code), names(db, lang)]);
  if (!b) throw new AppError(CATALOG_ERR.BUNDLE_NOT_FOUND, { code });
  const definition = readDefinition(b.definition, b.itemCodes);
  const items = new Map<string, PublishedItem>();
  for (const m of definition.members) {
    try {
      items.set(m.itemCode, await getPublishedItem(db, m.itemCode));
    } catch (err) {
      // A member withdrawn from the catalog is left out of the plan, not an error for the applicant.
      if (!(err instanceof AppError) || err.def !== CATALOG_ERR.ITEM_NOT_FOUND) throw err;
    }
  }
  const plan = planBundle(code, definition, items, answers, lang, (c) => dept(c)?.name ?? c);
  return { code: b.code, nameZh: b.nameZh, nameEn: b.nameEn, leadDepartmentCode: b.leadDepartmentCode, definition, items, plan };
}

/**
 * The plan for an applicant's answers: every question answered as its kind says
 * (BUNDLE_ANSWERS_INVALID lists each problem), and at least one member selected (BUNDLE_NO_ITEMS).
 */
export async function planFor(db: Kysely<DB>, code: string, answers: Answers, lang: Lang): Promise<LoadedBundle> {
  const loaded = await loadBundle(db, code, answers, lang);
  const problems = checkAnswers(loaded.definition, answers);
  if (problems.length) throw new AppError(CATALOG_ERR.BUNDLE_ANSWERS_INVALID, { count: problems.length }, problems);
  if (!loaded.plan.items.some((i) => i.selected)) throw new AppError(CATALOG_ERR.BUNDLE_NO_ITEMS, { name: loaded.nameZh });
  return loaded;
}
