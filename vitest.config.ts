import { defineConfig } from 'vitest/config';

// Unit + integration tests. Each test file gets its own database (see test/helpers/test-db.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/helpers/pglite-template.ts'],
  },
});
