import { defineConfig } from 'vitest/config';

// Unit + integration tests. Each test file gets its own database (see test/helpers/test-db.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on CI's two cores that is one worker and a
    // serial suite. Most of a file's time is PGlite (in the worker) or PostgreSQL (another process)
    // working, so two workers keep both cores busy.
    maxWorkers: 2,
    // Files share a worker's module cache: importing the server (~7 s of transform and load) once
    // per worker instead of once per file. Test files hold no module-level state of their own
    // that another file could see (each opens its own database and app).
    isolate: false,
    globalSetup: ['test/helpers/pglite-template.ts', 'test/helpers/server-build.ts'],
  },
});
