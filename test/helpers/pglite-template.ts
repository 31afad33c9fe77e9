import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client';
import { migrate } from '../../src/server/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory, dumped: each test file starts from it (empty on PostgreSQL runs). */
    pgliteTemplate: string;
  }
}

const MIGRATIONS = path.resolve('src/server/db/migrations');
const CACHE = path.resolve('node_modules/.cache/tongban');

/**
 * Global setup of the unit and integration run: a fresh PGlite spends seconds in initdb, so the
 * run migrates one database once, dumps it, and every test file loads that dump. The dump is keyed
 * by the migrations' content, so a new or changed migration makes a new one.
 */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteTemplate', '');
    return;
  }
  const hash = createHash('sha256');
  for (const f of fs.readdirSync(MIGRATIONS).sort()) hash.update(f).update(fs.readFileSync(path.join(MIGRATIONS, f)));
  const file = path.join(CACHE, `pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (!fs.existsSync(file)) {
    const database = await openDatabase({});
    await migrate(database);
    const dump = await database.dumpDataDir!();
    await database.close();
    fs.mkdirSync(CACHE, { recursive: true });
    // Write then rename: a run killed half-way never leaves a truncated template behind.
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  }
  project.provide('pgliteTemplate', file);
}
