import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/client';
import { migrate } from '../../src/server/db/migrate';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new schema on
 * the PostgreSQL of DATABASE_URL (dropped again by `drop`).
 */
export async function openTestDatabase(opts: { statementTimeoutMs?: number } = {}): Promise<Database & { drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // Loading the run's migrated template skips PGlite's initdb (seconds per file); see pglite-template.ts.
    const template = inject('pgliteTemplate');
    const database = await openDatabase(template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {});
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
