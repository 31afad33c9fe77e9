import { allow, definePolicy } from '../../platform/auth/policy';

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
