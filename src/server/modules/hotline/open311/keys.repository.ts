import type { Insertable, Selectable } from 'kysely';
import type { HotlineApiKeysTable } from '../../../db/tables/hotline';
import type { Executor } from '../tickets/tickets.repository';

/** SQL of the API keys of machine clients (Open311, the SMS platform). */

export type KeyRow = Selectable<HotlineApiKeysTable>;

/** Inserts the key unless its hash is known. */
export async function insertKeyIfMissing(db: Executor, values: Insertable<HotlineApiKeysTable>): Promise<void> {
  await db
    .insertInto('hotline_api_keys')
    .values(values)
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .execute();
}

/** Stores a new key (its hash). */
export async function insertKey(db: Executor, values: Insertable<HotlineApiKeysTable>): Promise<KeyRow> {
  return db.insertInto('hotline_api_keys').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Every key, newest first. */
export async function findKeys(db: Executor): Promise<KeyRow[]> {
  return db.selectFrom('hotline_api_keys').selectAll().orderBy('created_at', 'desc').execute();
}

/** One key by id. */
export async function getKey(db: Executor, id: string): Promise<KeyRow | undefined> {
  return db.selectFrom('hotline_api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One key by id. */
export async function getKeyByHash(db: Executor, hash: string): Promise<KeyRow | undefined> {
  return db.selectFrom('hotline_api_keys').selectAll().where('key_hash', '=', hash).executeTakeFirst();
}

/** Revokes an active key; undefined when it was already revoked or does not exist. */
export async function revokeKeyRow(db: Executor, id: string, actorId: string): Promise<KeyRow | undefined> {
  return db
    .updateTable('hotline_api_keys')
    .set({ revoked_at: new Date(), revoked_by: actorId })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Records that the key was just used. */
export async function touchKey(db: Executor, id: string): Promise<void> {
  await db.updateTable('hotline_api_keys').set({ last_used_at: new Date() }).where('id', '=', id).execute();
}
