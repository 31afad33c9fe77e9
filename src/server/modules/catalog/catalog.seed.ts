import type { AppContext } from '../../context';
import { seedPlacesDemo, type SelectableItem } from '../places';
import { bundleIndexFields, itemIndexFields } from './catalog.index';
import { findDepartments, findExistingCodes, findItemFacts, insertPublishedItems, type Executor, type ItemFacts } from './catalog.repository';
import { findBundles, insertMissingBundles, insertMissingSynonyms } from './catalog.reference.repository';
import { invalidateSearch } from './catalog.search';
import type { ItemDefinition } from './catalog.types';
import { demoBundles } from './demo/bundles';
import { demoItems } from './demo/index';
import { searchSynonyms } from './demo/synonyms';
import type { DemoItem } from './demo/types';

/** Who the seed's versions are attributed to. */
const SEED_AUTHOR = { id: null, name: '系统初始化 / seed' };

/** A demo item as the stored definition (the basic code becomes the item's key). */
export function demoDefinition(item: DemoItem): { code: string; definition: ItemDefinition } {
  const { basicCode, ...definition } = item;
  return { code: basicCode, definition };
}

/**
 * Loads the demo catalog: every demo item as published version 1, the search synonyms, the
 * "一件事" bundles and the "1+N+X" places, each only when missing, in a few batched statements so
 * that tests can call it freely.
 */
export async function seedCatalogDemo(ctx: AppContext): Promise<void> {
  const db = ctx.db;
  const [existing, departments] = await Promise.all([findExistingCodes(db), findDepartments(db)]);
  const missing = demoItems.filter((i) => !existing.has(i.basicCode));
  if (missing.length) {
    const rows = missing.map((i) => {
      const { code, definition } = demoDefinition(i);
      const dep = departments.get(definition.departmentCode);
      if (!dep) throw new Error(`demo item ${code} names the unknown department ${definition.departmentCode}`);
      return { code, definition, fields: itemIndexFields(definition, dep) };
    });
    await db.transaction().execute((trx) => insertPublishedItems(trx, rows, SEED_AUTHOR, new Date()));
  }
  await insertMissingSynonyms(
    db,
    Object.entries(searchSynonyms).map(([term, expansions]) => ({ term, expansions: [...expansions] })),
  );
  const facts = (await findItemFacts(db)).filter((i) => i.published);
  await seedBundles(db, departments, facts);
  await seedPlacesDemo(db, facts.map(selectable));
  invalidateSearch(db);
}

function selectable(i: ItemFacts): SelectableItem {
  return {
    basicCode: i.code,
    type: i.type,
    departmentCode: i.departmentCode,
    level: i.level as SelectableItem['level'],
    cityWide: i.cityWide,
    ...(i.branchHall ? { branchHall: i.branchHall as NonNullable<SelectableItem['branchHall']> } : {}),
    modes: i.modes as SelectableItem['modes'],
    topics: i.topics,
    audience: i.audience as SelectableItem['audience'],
    visits: i.visits,
  };
}

/** Inserts the demo bundles that are missing, indexed by their names and their items' names. */
async function seedBundles(db: Executor, departments: ReadonlyMap<string, unknown>, facts: readonly ItemFacts[]): Promise<void> {
  const have = new Set((await findBundles(db)).map((b) => b.code));
  const missing = demoBundles.filter((b) => !have.has(b.code));
  if (missing.length === 0) return;
  const items = new Map(facts.map((i) => [i.code, i]));
  await insertMissingBundles(
    db,
    missing.map((b) => {
      const codes = [...b.itemBasicCodes, ...b.optionalItemBasicCodes].filter((c) => items.has(c));
      return {
        code: b.code,
        nameZh: b.nameZh,
        nameEn: b.nameEn,
        audience: [...new Set(codes.flatMap((c) => items.get(c)!.audience))],
        leadDepartmentCode: departments.has(b.leadDepartment) ? b.leadDepartment : null,
        itemCodes: codes,
        definition: { ...b },
        sort: demoBundles.indexOf(b),
        fields: bundleIndexFields({
          nameZh: b.nameZh,
          nameEn: b.nameEn,
          keywords: [],
          description: `${b.descriptionZh} ${b.descriptionEn}`,
          itemNames: codes.map((c) => items.get(c)!.nameZh),
        }),
      };
    }),
  );
}
