import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { findPublishedDefinitions } from './catalog.repository';
import type { PublishedItem } from './catalog.types';

/**
 * Every item's current published version, for `tongban simulate` (the simulated cases spread over
 * the whole catalog, so over every department that publishes items).
 */
export async function findPublishedItems(db: Kysely<DB>): Promise<PublishedItem[]> {
  const rows = await findPublishedDefinitions(db);
  return rows.map((r) => ({ ...r.definition, code: r.code, version: r.version, publishedAt: r.publishedAt ?? new Date(0) }));
}
