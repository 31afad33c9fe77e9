import { sql } from 'kysely';
import type { MaterialCheck } from '../../../shared/files/files.schemas';
import type { FileMime } from './files.detect';
import type { Executor } from '../../db/executor';

export interface FileRecord {
  id: string;
  ownerId: string;
  regionCode: string;
  name: string;
  mime: FileMime;
  size: number;
  sha256: string;
  /** 材料智审 advice kept with the file (docs/decisions.md D33). */
  checks: MaterialCheck[];
  pages: number | null;
  createdAt: Date;
}

/** Records an upload and returns its id. */
export async function insertFile(
  db: Executor,
  input: Omit<FileRecord, 'id' | 'createdAt' | 'checks' | 'pages'> & Partial<Pick<FileRecord, 'checks' | 'pages'>>,
): Promise<FileRecord> {
  const f = { ...input, checks: input.checks ?? [], pages: input.pages ?? null };
  const r = await db
    .insertInto('files')
    .values({
      owner_id: f.ownerId,
      region_code: f.regionCode,
      name: f.name,
      mime: f.mime,
      size_bytes: f.size,
      sha256: f.sha256,
      checks: JSON.stringify(f.checks),
      pages: f.pages,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  return { ...f, id: r.id, createdAt: r.created_at };
}

/** One file's record, or undefined. */
export async function findFile(db: Executor, id: string): Promise<FileRecord | undefined> {
  const r = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    r && {
      id: r.id,
      ownerId: r.owner_id,
      regionCode: r.region_code,
      name: r.name,
      mime: r.mime,
      size: Number(r.size_bytes),
      sha256: r.sha256,
      checks: r.checks,
      pages: r.pages,
      createdAt: r.created_at,
    }
  );
}

/** Of the given ids, those that exist and belong to `ownerId`. */
export async function findOwnedFileIds(db: Executor, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('files')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** What one user uploaded since `since`: how many files and how many bytes. */
export async function sumUploadsSince(db: Executor, ownerId: string, since: Date): Promise<{ count: number; bytes: number }> {
  const r = await db
    .selectFrom('files')
    .select([sql<number>`count(*)::int`.as('n'), sql<string>`coalesce(sum(size_bytes), 0)::text`.as('bytes')])
    .where('owner_id', '=', ownerId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return { count: r.n, bytes: Number(r.bytes) };
}

/**
 * Deletes file rows older than `before` that nothing refers to. "Refers to" is every foreign key
 * on files(id) in the database (today case_materials.file_id), read from the catalog, so a module
 * that attaches files with a foreign key is covered without changing this code. Returns the
 * content hashes of the deleted rows.
 */
export async function deleteUnattachedFiles(db: Executor, before: Date): Promise<string[]> {
  const refs = await sql<{ tbl: string; col: string }>`
    SELECT c.conrelid::regclass::text AS tbl, quote_ident(a.attname) AS col
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'f' AND c.confrelid = 'files'::regclass`.execute(db);
  const unattached = refs.rows.map((r) => sql`NOT EXISTS (SELECT 1 FROM ${sql.raw(r.tbl)} x WHERE x.${sql.raw(r.col)} = f.id)`);
  const r = await sql<{ sha256: string }>`
    DELETE FROM files f WHERE f.created_at < ${before} ${unattached.length ? sql`AND ${sql.join(unattached, sql` AND `)}` : sql``}
    RETURNING f.sha256`.execute(db);
  return r.rows.map((x) => x.sha256);
}

/** Of the given content hashes, those no file row uses any more. */
export async function findUnusedBlobs(db: Executor, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const used = await db
    .selectFrom('files')
    .select('sha256')
    .where('sha256', 'in', [...new Set(hashes)])
    .execute();
  const usedSet = new Set(used.map((u) => u.sha256));
  return [...new Set(hashes)].filter((h) => !usedSet.has(h));
}
