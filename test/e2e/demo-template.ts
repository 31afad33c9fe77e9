import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchServer } from './harness';

/**
 * Loads the demo once for the whole browser suite: a server on a fresh data directory runs the
 * migrations, the seed and every demo job, then stops (a graceful stop finishes the jobs already
 * queued: ratings, supervision orders, periodic reports); each spec's server starts on a copy of
 * that directory. Runs after the server build (the last global setup).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const server = await launchServer();
  await server.halt(120_000);
  console.log(`[e2e] demo data directory ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('e2eTemplate', server.dataDir);
  return () => rmSync(server.dataDir, { recursive: true, force: true });
}
