/** Kysely table types of the cases module (filled in by its migrations' author). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CasesTables {}
