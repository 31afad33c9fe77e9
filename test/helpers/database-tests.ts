import fs from 'node:fs';
import path from 'node:path';

/**
 * What reaches a database in a test file: the test database and app helpers, the factories and kits
 * built on them, or `DATABASE_URL` read directly (a file that starts its own processes on it).
 */
const OPENS_DATABASE = /helpers\/(test-db|test-app|hotline|workflow-oracle)|factories\/|DATABASE_URL/;

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.split(path.sep).includes('e2e'))
    .map((f) => path.join(dir, f));
}

/**
 * The unit and integration files that run on a database, for the suite's second run on PostgreSQL
 * (`vitest.postgres.config.ts`): a file that opens none (pure rules, the classifier, web helpers)
 * or always opens its own PGlite (`main.test.ts`) gives the same answer on either run, so it runs
 * once, in `npm test`.
 */
export function databaseTestFiles(roots: string[] = ['src', 'test']): string[] {
  return roots
    .flatMap(testFiles)
    .filter((f) => OPENS_DATABASE.test(fs.readFileSync(f, 'utf8')))
    .sort();
}
