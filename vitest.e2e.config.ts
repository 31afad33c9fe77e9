import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built web app served by the real server, driven by Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/global-setup.ts', 'test/helpers/server-build.ts', 'test/e2e/demo-template.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two specs at a time, each with its own server and copy of the demo data: most of a spec's
    // time is a page or the server waiting on the other (whole suite 947 → about 700 s). Tried
    // before, it failed the sign-out of one account in most runs: a real race, since fixed
    // (web/app/auth.tsx logout), that two specs' load on two cores made likely.
    maxWorkers: 2,
    pool: 'forks',
    // A page's answer, polled for: 1 s (Vitest's default) is too short when two specs, their servers
    // and two browsers share two cores; Playwright's own waits here are 60 s (harness.ts).
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
