import { bundleDefinitionSchema, type BundleDefinition } from './bundles.schemas';

/**
 * Reading a bundle's stored definition (the catalog's `bundles.definition` column, docs/decisions.md
 * D24): the server plans from it and the admin editor starts from it, so both read it here.
 */

/**
 * The stored definition; a bundle stored before D24 (items only) reads as every item required in
 * one stage, so no running database is left with bundles that cannot be applied for.
 */
export function readDefinition(stored: Record<string, unknown>, itemCodes: readonly string[]): BundleDefinition {
  const parsed = bundleDefinitionSchema.safeParse(stored.plan ?? stored);
  if (parsed.success) return parsed.data;
  const promised = typeof stored.promisedWorkdays === 'number' ? stored.promisedWorkdays : 0;
  return { questions: [], members: itemCodes.map((itemCode) => ({ itemCode, stage: 1 })), aliases: [], promisedWorkdays: promised, milestones: [] };
}

/** The stored definition's version: an edit must name it, and is stored as the next one. */
export function definitionVersion(stored: Record<string, unknown>): number {
  return typeof stored.version === 'number' ? stored.version : 1;
}
