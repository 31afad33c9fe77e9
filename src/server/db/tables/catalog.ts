/** Kysely table types of the catalog module (filled in by its migrations' author). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CatalogTables {}
