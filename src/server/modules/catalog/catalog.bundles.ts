import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, type Lang } from '../../platform/errors';
import { CATALOG_ERR } from './catalog.errors';
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

/** One bundle with its items; BUNDLE_NOT_FOUND when there is none. */
export async function getBundle(db: Kysely<DB>, code: string, lang: Lang) {
  const [[b], dept] = await Promise.all([findBundles(db, code), names(db, lang)]);
  if (!b) throw new AppError(CATALOG_ERR.BUNDLE_NOT_FOUND, { code });
  const facts = new Map((await findItemFacts(db, b.itemCodes)).map((f) => [f.code, f]));
  const items = b.itemCodes
    .map((c) => facts.get(c))
    .filter((f) => f?.published)
    .map((f) => ({ code: f!.code, name: f!.nameZh, nameEn: f!.nameEn, departmentCode: f!.departmentCode, departmentName: dept(f!.departmentCode)!.name }));
  return { ...summary(b, lang, dept), items, definition: b.definition };
}
