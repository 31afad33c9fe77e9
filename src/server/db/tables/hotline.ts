/** Kysely table types of the hotline module (filled in by its migrations' author). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HotlineTables {}
