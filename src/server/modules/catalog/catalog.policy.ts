import { allow, authorize, definePolicy } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';

/**
 * Who may maintain the catalog. Reading published items, bundles and lists needs no sign-in, so
 * only the maintenance actions are listed; the platform operator (admin) holds them all.
 */
export const catalogPolicy = definePolicy({
  /** See drafts, version history and diffs. */
  'item.read_drafts': [allow(['admin'])],
  /** Create an item, edit or discard its draft. */
  'item.edit': [allow(['admin'])],
  'item.publish': [allow(['admin'])],
  'catalog.export': [allow(['admin'])],
  'catalog.import': [allow(['admin'])],
  'synonym.edit': [allow(['admin'])],
});

export type CatalogAction = keyof typeof catalogPolicy;

/**
 * Throws FORBIDDEN unless the actor may do the maintenance action. Every admin service calls it
 * first; the admin routes also call it before validating a body, so that a forbidden caller gets
 * 403, not field errors.
 */
export function authorizeCatalog(actor: Actor, action: CatalogAction): void {
  authorize(actor, catalogPolicy, action);
}
