import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, WEB_DIST } from './paths';

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** True when dist/web is missing or older than any web source or the Vite config. */
export function webBuildIsStale(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  const sources = [path.join(REPO_ROOT, 'src', 'web'), path.join(REPO_ROOT, 'vite.config.ts'), path.join(REPO_ROOT, 'package-lock.json')];
  const newestSource = Math.max(...sources.filter((p) => fs.existsSync(p)).map(newestMtime));
  return newestSource > fs.statSync(index).mtimeMs;
}

/** Builds the web app with Vite when it is missing or stale (the first `npm start` after a checkout or an edit). */
export async function ensureWebBuilt(log: (msg: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  log('building the web app (first start or sources changed) / 正在构建前端…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
