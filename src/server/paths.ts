import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above src/server). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where `vite build` puts the web app. */
export const WEB_DIST = path.join(REPO_ROOT, 'dist', 'web');
