import { defineConfig } from 'vitest/config';
import base from './vitest.config';
import { databaseTestFiles } from './test/helpers/database-tests';

// The suite's second run, on the PostgreSQL of DATABASE_URL (`npm run test:postgres`, .ci/run): only
// the files that reach a database; the rest already ran in `npm test` and would answer the same.
// (Not mergeConfig: it would append this list to the base's globs instead of replacing them.)
export default defineConfig({ ...base, test: { ...base.test, include: databaseTestFiles() } });
