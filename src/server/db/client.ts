import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquirePgliteLock } from './pglite-lock';
import { PGlitePool } from './pglite-pool';
import type { DB } from './types';

const INT8_OID = 20;
const DATE_OID = 1082;

// Both drivers return the same JS shapes: int8 as number (ids and counts stay below 2^53) and
// `date` as the plain 'YYYY-MM-DD' string (a Date would shift it by the machine's time zone).
pg.types.setTypeParser(INT8_OID, (v) => Number(v));
pg.types.setTypeParser(DATE_OID, (v) => v);

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  kind: DbKind;
  db: Kysely<DB>;
  /** Runs a multi-statement SQL script (migrations); no parameters. */
  execScript(sqlText: string): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (tests start every file from a migrated one). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; unset = embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; unset = in memory (tests). */
  pgliteDir?: string;
  /** PostgreSQL schema to put first on the search_path (tests give each file its own). */
  schema?: string;
  /** PGlite data-dir dump to start from (tests start from a migrated template). */
  loadDataDir?: Blob;
  poolSize?: number;
  /** PostgreSQL: cancel statements running longer than this (0 or unset = never). */
  statementTimeoutMs?: number;
}

/** Opens PGlite or PostgreSQL behind the same Kysely interface. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.schema, opts.poolSize ?? 10, opts.statementTimeoutMs ?? 0);
  return openPglite(opts.pgliteDir, opts.loadDataDir);
}

async function openPglite(dir: string | undefined, loadDataDir: Blob | undefined): Promise<Database> {
  const release = dir ? acquirePgliteLock(dir) : () => undefined;
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lite = await PGlite.create({
    dataDir: dir,
    loadDataDir,
    extensions: { pg_trgm },
    // PostgreSQL's default 128 MB of shared buffers lives in the WebAssembly heap and stays resident
    // once touched; the embedded database serves one node and the OS caches its files anyway, so a
    // quarter of that keeps an idle server under 400 MB (docs/decisions.md, D13).
    postgresqlconf: ['shared_buffers = 32MB'],
    parsers: { [DATE_OID]: (v: string) => v },
  });
  const pool = new PGlitePool(lite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
  return {
    kind: 'pglite',
    db,
    execScript: (sqlText) => pool.withSession(async (p) => void (await p.exec(sqlText))),
    dumpDataDir: () => pool.withSession((p) => p.dumpDataDir('none')),
    close: async () => {
      await db.destroy();
      release();
    },
  };
}

async function openPostgres(url: string, schema: string | undefined, max: number, statementTimeoutMs: number): Promise<Database> {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    options: schema ? `-c search_path=${schema},public` : undefined,
    // A runaway query (an unindexed filter over a million rows) is cancelled instead of holding a
    // connection every other request needs; migrations lift it for their own transaction.
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    execScript: async (sqlText) => void (await pool.query(sqlText)),
    close: () => db.destroy(),
  };
}
