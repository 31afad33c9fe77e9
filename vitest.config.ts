import { defineConfig } from 'vitest/config';

// Unit + integration tests. Each test file gets its own database (see test/helpers/test-db.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files share a worker's module cache: importing the server (~7 s of transform and load) once
    // per worker instead of once per file. Test files hold no module-level state of their own
    // that another file could see (each opens its own database and app).
    isolate: false,
    globalSetup: ['test/helpers/pglite-template.ts', 'test/helpers/server-build.ts'],
  },
});
