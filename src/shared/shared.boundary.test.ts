import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * src/shared is bundled into the web app and loaded by the server, so it may import only zod and
 * itself (src/shared/README.md). Test files may also use vitest and fast-check, and this file the
 * Node.js modules it needs to read the folder.
 */

const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, '..');
const TEST_ONLY = new Set(['vitest', 'fast-check']);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const SELF = 'shared.boundary.test.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Every module specifier of static imports, re-exports and dynamic imports. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]);
  return found;
}

/** Why an import is not allowed in `file`, or null when it is. */
function refusal(file: string, spec: string): string | null {
  const isTest = /\.test\.tsx?$/.test(file);
  if (spec.startsWith('.')) {
    const target = resolve(dirname(file), spec);
    const rel = relative(root, target);
    if (rel.startsWith('..') || rel.split(sep)[0] === '..') {
      const fromSrc = relative(src, target).split(sep)[0];
      return `reaches outside src/shared (into src/${fromSrc})`;
    }
    return null;
  }
  if (spec === 'zod' || spec.startsWith('zod/')) return null;
  if (isTest && TEST_ONLY.has(spec)) return null;
  if (BUILTINS.has(spec) || spec.startsWith('node:')) return 'is a Node.js built-in';
  return 'is a package other than zod';
}

describe('src/shared imports only zod and itself', () => {
  const files = sourceFiles(root).filter((f) => !f.endsWith(SELF));

  it('finds the shared files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(src, f), f]))('%s', (_name, file) => {
    const problems = specifiers(readFileSync(file, 'utf8'))
      .map((spec) => [spec, refusal(file, spec)] as const)
      .filter(([, why]) => why !== null)
      .map(([spec, why]) => `${spec} ${why}`);
    expect(problems).toEqual([]);
  });

  it('refuses what the rule forbids', () => {
    const file = join(root, 'cases', 'x.ts');
    expect(refusal(file, '../../server/platform/ids/mobile')).toMatch(/src\/server/);
    expect(refusal(file, '../../web/shared/api')).toMatch(/src\/web/);
    expect(refusal(file, 'node:crypto')).toMatch(/built-in/);
    expect(refusal(file, 'fs')).toMatch(/built-in/);
    expect(refusal(file, 'kysely')).toMatch(/other than zod/);
    expect(refusal(file, 'vitest')).toMatch(/other than zod/);
    expect(refusal(file, '../ids/zod')).toBeNull();
    expect(refusal(file, 'zod')).toBeNull();
    expect(refusal(join(root, 'x.test.ts'), 'vitest')).toBeNull();
  });

  it('reads every kind of import', () => {
    const code =
      "import { a } from './a';\nimport type { B } from '../b';\nexport * from \"./c\";\nimport './d';\nconst e = await import('./e');\nexport { f } from './f';";
    expect(specifiers(code).sort()).toEqual(['../b', './a', './c', './d', './e', './f']);
  });
});
