import type { KyselyPlugin } from 'kysely';
import type { TestApp } from './test-app';

/**
 * Records the SQL the server runs on `t`'s database while a piece of work does, in order (BEGIN
 * and COMMIT are the driver's, not listed). One recording database per app: caches are kept per
 * database, and a new one would start them cold.
 */
export function statementRecorder(t: TestApp): (run: () => Promise<unknown>) => Promise<string[]> {
  let recording: string[] | null = null;
  let recorded: TestApp['ctx']['db'] | undefined;
  return async (run) => {
    const db = t.ctx.db;
    if (!recorded) {
      const executor = db.getExecutor();
      // A query builder inside another's SQL (a subquery) is transformed too, but only what runs has a result.
      const compiled = new Map<unknown, string>();
      const recorder: KyselyPlugin = {
        transformQuery: (a) => {
          compiled.set(a.queryId, executor.compileQuery(a.node, a.queryId).sql.replace(/\s+/g, ' ').trim());
          return a.node;
        },
        transformResult: async (a) => {
          recording?.push(compiled.get(a.queryId)!);
          return a.result;
        },
      };
      recorded = db.withPlugin(recorder);
    }
    const seen: string[] = [];
    recording = seen;
    t.ctx.db = recorded;
    try {
      await run();
    } finally {
      t.ctx.db = db;
      recording = null;
    }
    return seen;
  };
}
