/**
 * The server's dependency rules (docs/architecture.md, module layout) and the contract's boundary
 * (src/shared/README.md), checked by `npm run lint` with dependency-cruiser. Test files are left
 * out: they may reach into any module and use vitest.
 */
const MODULE = '^src/server/modules/([^/]+)/';

export default {
  forbidden: [
    {
      name: 'module-door',
      comment: "A module imports another module only through that module's index.ts (its door).",
      severity: 'error',
      from: { path: MODULE },
      to: { path: '^src/server/modules/[^/]+/', pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-door',
      comment: 'Code outside the modules (composition root, CLI, seeds, platform, web) imports a module only through its index.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/server/modules/' },
      to: { path: '^src/server/modules/[^/]+/', pathNot: '^src/server/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'platform-below-modules',
      comment: 'Platform code serves the modules and knows none of them (nor the composition root that lists them).',
      severity: 'error',
      from: { path: '^src/server/platform/' },
      to: { path: '^src/server/modules(/|\\.ts$)' },
    },
    {
      name: 'no-module-cycle',
      comment:
        'Modules depend on each other in one direction only (today cases -> catalog -> places); a cycle between module folders, direct or through others, is an error.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/server/modules/[^/]+$' },
      to: { path: '^src/server/modules/[^/]+$', circular: true },
    },
    {
      name: 'no-file-cycle',
      comment: 'No import cycle between server files either.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { circular: true },
    },
    {
      name: 'domain-not-demo',
      comment:
        "A module's domain code does not import its demo data; the demo imports the domain's types, and only the seeders (and the door) reach into demo/.",
      severity: 'error',
      from: { path: '^src/server/modules/[^/]+/', pathNot: ['/demo/', '\\.seed\\.ts$', '\\.demo[^/]*\\.ts$', '/index\\.ts$'] },
      to: { path: '^src/server/modules/[^/]+/demo/' },
    },
    {
      name: 'shared-imports-shared',
      comment:
        'src/shared is the contract, bundled into the web app and loaded by the server: it imports only zod and other src/shared files, never src/server, src/web, a Node.js built-in or another package (src/shared/README.md; shared.boundary.test.ts checks the same, test files included).',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { pathNot: ['^src/shared/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'vitest-in-tests-only',
      comment: 'Only test files import vitest; shared test set-up lives in test/helpers.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: ['^vitest($|/)', '(^|/)node_modules/(vitest|@vitest/[^/]+)/'] },
    },
  ],
  options: {
    exclude: { path: '\\.test\\.tsx?$' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
