import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

/**
 * What the places module needs to know about service items, and nothing more. Places link to
 * items, but the catalog owns them and itself shows the places of an item (its guide) and filters
 * by region: so places do not import the catalog. The catalog implements this interface and the
 * composition root (src/server/modules.ts) hands it to the places routes (docs/architecture.md,
 * module layout).
 */
export interface ItemDirectory {
  /** Throws the catalog's ITEM_NOT_FOUND (404) unless the item has a published version. */
  requirePublished(db: Kysely<DB>, code: string): Promise<void>;
  /** The items among `codes` that exist, in any state, with their names. */
  findItems(db: Kysely<DB>, codes: readonly string[]): Promise<PlaceItem[]>;
}

/** An item as a place lists it. */
export interface PlaceItem {
  code: string;
  nameZh: string;
  nameEn: string;
  published: boolean;
}
