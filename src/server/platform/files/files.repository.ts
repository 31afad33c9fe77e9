import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types';
import type { FileMime } from './files.detect';

type Executor = Kysely<DB> | Transaction<DB>;

export interface FileRecord {
  id: string;
  ownerId: string;
  regionCode: string;
  name: string;
  mime: FileMime;
  size: number;
  sha256: string;
  createdAt: Date;
}

/** Records an upload and returns its id. */
export async function insertFile(db: Executor, f: Omit<FileRecord, 'id' | 'createdAt'>): Promise<FileRecord> {
  const r = await db
    .insertInto('files')
    .values({ owner_id: f.ownerId, region_code: f.regionCode, name: f.name, mime: f.mime, size_bytes: f.size, sha256: f.sha256 })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  return { ...f, id: r.id, createdAt: r.created_at };
}

/** One file's record, or undefined. */
export async function findFile(db: Executor, id: string): Promise<FileRecord | undefined> {
  const r = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, ownerId: r.owner_id, regionCode: r.region_code, name: r.name, mime: r.mime, size: Number(r.size_bytes), sha256: r.sha256, createdAt: r.created_at };
}

/** Of the given ids, those that exist and belong to `ownerId`. */
export async function findOwnedFileIds(db: Executor, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('files').select('id').where('owner_id', '=', ownerId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}
