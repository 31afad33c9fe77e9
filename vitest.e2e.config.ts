import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built web app served by the real server, driven by Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/global-setup.ts', 'test/helpers/server-build.ts', 'test/e2e/demo-template.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
