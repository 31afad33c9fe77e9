// The server and the CLI run as compiled JavaScript (docs/decisions.md, D13): esbuild bundles
// src/cli.ts (with the server behind its dynamic imports, one chunk per command), the classifier's
// training thread and the material-check thread into dist/server/, npm packages left as imports. Like the web app, the bundle is
// built on the first start after a checkout or an edit; tests and benchmarks run the sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_DIST = path.join(REPO_ROOT, 'dist', 'server');
export const CLI_ENTRY = path.join(SERVER_DIST, 'cli.js');

/** What the bundle is made of: the server, the shared contract, the CLI, the lock file and this script. */
const SOURCES = ['src/server', 'src/shared', 'src/cli.ts', 'package-lock.json', 'bin/server-build.js'].map((p) => path.join(REPO_ROOT, p));

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** True when dist/server is missing or older than any of its sources. */
export function serverBuildIsStale() {
  if (!fs.existsSync(CLI_ENTRY)) return true;
  const newest = Math.max(...SOURCES.filter((p) => fs.existsSync(p)).map(newestMtime));
  return newest > fs.statSync(CLI_ENTRY).mtimeMs;
}

/** npm packages stay imports, except JSON files (Node wants an import attribute esbuild does not keep): those are inlined. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * Builds dist/server when stale. The bundle is written to a private directory and renamed into
 * place, so two processes starting at once (tests spawning the CLI) never read a half-written file.
 */
export async function ensureServerBuilt(log = (msg) => process.stderr.write(`${msg}\n`)) {
  if (!serverBuildIsStale()) return false;
  const started = Date.now();
  const { build } = await import('esbuild');
  const tmp = `${SERVER_DIST}.tmp-${process.pid}-${Date.now()}`;
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: {
      cli: 'src/cli.ts',
      'train-worker': 'src/server/modules/hotline/classifier/train-worker.ts',
      'quality-worker': 'src/server/platform/files/files.quality-worker.ts',
    },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externalPackages],
    sourcemap: 'linked',
    // Flat: every file two levels below the repository, like src/server/*.ts (src/server/paths.ts).
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
  });
  fs.rmSync(`${SERVER_DIST}.old`, { recursive: true, force: true });
  if (fs.existsSync(SERVER_DIST)) {
    try {
      fs.renameSync(SERVER_DIST, `${SERVER_DIST}.old-${process.pid}`);
    } catch {
      // Another process moved it first.
    }
  }
  try {
    fs.renameSync(tmp, SERVER_DIST);
  } catch {
    // Another process put its (identical) bundle in place first.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const entry of fs.readdirSync(path.dirname(SERVER_DIST))) {
    if (entry.startsWith('server.old-')) fs.rmSync(path.join(path.dirname(SERVER_DIST), entry), { recursive: true, force: true });
  }
  log(`server built in ${((Date.now() - started) / 1000).toFixed(1)} s / 服务端已编译`);
  return true;
}
