import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths';
import type { Database } from './client';

// From the repository root, so the compiled server (dist/server) reads the same files.
const MIGRATIONS_DIR = path.join(REPO_ROOT, 'src', 'server', 'db', 'migrations') + path.sep;
/** Any constant works; every node takes the same one so migrations never run twice at once. */
const MIGRATION_LOCK_KEY = 7_261_001;

export interface Migration {
  version: string;
  sql: string;
}

/** The numbered .sql files, in order. File names are `NNNN_name.sql`; never edit one once landed. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), sql: fs.readFileSync(`${dir}${f}`, 'utf8') }));
}

/**
 * Applies every pending migration, each in its own transaction with its bookkeeping row.
 * Several nodes may start at once: the advisory lock serialises them and the primary key on
 * schema_migrations turns a second application into a harmless duplicate that is skipped.
 */
export async function migrate(database: Database, migrations = listMigrations()): Promise<string[]> {
  await database.execScript(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version text PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const done = new Set((await database.db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    const script = `BEGIN;
SET LOCAL statement_timeout = 0;
SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY});
INSERT INTO schema_migrations (version) VALUES ('${m.version}');
${m.sql}
;COMMIT;`;
    try {
      await database.execScript(script);
      applied.push(m.version);
    } catch (err) {
      await database.execScript('ROLLBACK').catch(() => undefined);
      if (isDuplicateMigration(err)) continue;
      throw new Error(`migration ${m.version} failed: ${(err as Error).message}`, { cause: err });
    }
  }
  return applied;
}

function isDuplicateMigration(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' && /schema_migrations/.test(e.message ?? '');
}
