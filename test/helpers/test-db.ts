import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/client';
import { migrate } from '../../src/server/db/migrate';

let loaded: { file: string; blob: Blob } | undefined;

/**
 * The run's migrated PGlite template (pglite-template.ts) as a blob to load, or null on PostgreSQL
 * runs. Read once per worker (files share a worker's modules: vitest.config.ts): reading the 45 MB
 * dump into a blob took a third of a second, every time a test opened a database.
 */
function pgliteTemplate(): Blob | null {
  const template = inject('pgliteTemplate');
  if (!template) return null;
  if (loaded?.file !== template) loaded = { file: template, blob: new Blob([fs.readFileSync(template)]) };
  return loaded.blob;
}

/**
 * Writes the run's migrated template into the PGlite data directory `pgliteDir`, for a test that
 * starts a process (the CLI, a server) on it without paying for initdb and the migrations; false
 * when there is no template (PostgreSQL runs), the directory then left alone.
 */
export async function migratedPgliteDir(pgliteDir: string): Promise<boolean> {
  const loadDataDir = pgliteTemplate();
  if (!loadDataDir) return false;
  await (await openDatabase({ pgliteDir, loadDataDir })).close();
  return true;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new schema on
 * the PostgreSQL of DATABASE_URL (dropped again by `drop`).
 */
export async function openTestDatabase(opts: { statementTimeoutMs?: number } = {}): Promise<Database & { drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // Loading the run's migrated template skips PGlite's initdb (seconds per file); see pglite-template.ts.
    const loadDataDir = pgliteTemplate();
    const database = await openDatabase(loadDataDir ? { loadDataDir } : {});
    await migrate(database);
    return { ...database, drop: () => database.close() };
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ databaseUrl: url, schema, poolSize: 5, statementTimeoutMs: opts.statementTimeoutMs });
  await migrate(database);
  return {
    ...database,
    drop: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
