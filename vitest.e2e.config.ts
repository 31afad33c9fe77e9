import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built web app served by the real server, driven by Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/global-setup.ts', 'test/helpers/server-build.ts', 'test/e2e/demo-template.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One spec at a time. Two at once (each with its own server and demo copy) halved the time
    // (1,052 → 571 s) but, with two browsers and two servers on two cores (load 8+), failed a test
    // in two of three CI runs (a sign-out navigation past 60 s, a poll past 1 s): not yet reliable.
    fileParallelism: false,
    pool: 'forks',
    // A page's answer, polled for: 1 s (Vitest's default) is too short when two specs, their servers
    // and two browsers share two cores; Playwright's own waits here are 60 s (harness.ts).
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
