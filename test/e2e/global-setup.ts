import { execFileSync } from 'node:child_process';
import { webBuildIsStale } from '../../src/server/web-build';
import { REPO_ROOT } from './harness';

/**
 * The specs test the built app. Build it here when missing or older than its sources, so that
 * the server under test never builds it itself, and build it for production whatever NODE_ENV
 * vitest has set.
 */
export default function setup(): void {
  if (!webBuildIsStale()) return;
  console.log('[e2e] dist/web is missing or stale: running vite build');
  execFileSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
