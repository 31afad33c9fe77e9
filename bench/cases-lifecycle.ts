/**
 * Benchmark: whole case lifecycles (submit → accept → route → review → approve → complete →
 * issue) with 50 concurrent clients, as transitions per second, against pgbench's TPC-B-like run
 * on the same PostgreSQL server in the same run. Every transition is the real service call the
 * HTTP route makes: its own transaction with row lock, version check, hash-chained event, clock
 * and notifications.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/cases-lifecycle.ts
 */
import type { Actor, Role } from '../src/server/platform/auth/roles';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { createContext, createLogger } from '../src/server/main';
import { seedCatalogDemo } from '../src/server/modules/catalog';
import { performAction } from '../src/server/modules/cases/cases.service';
import { createCase } from '../src/server/modules/cases/cases.submit';
import { insertFile } from '../src/server/platform/files/files.repository';
import { runSeed } from '../src/server/seed/seed';
import { pgbenchTps, printRows, requireDatabaseUrl, scratchDatabase, type BenchRow } from './cases-common';

const CLIENTS = 50;
const SECONDS = 20;
const ROUNDS = 2;
const ITEM = '000101019000';
const FORM = { entityName: '包头市鹿城小吃店', uscc: '91350100M000100Y43', businessAddress: '昆都仑区钢铁大街 88 号', area: 60, mainBusiness: 'catering' };

/** Runs the lifecycle load and returns transitions per second. */
export async function lifecycleThroughput(base: string): Promise<{ tps: number; lifecycles: number; failures: number }> {
  const scratch = await scratchDatabase(base, 'tb_bench_cases');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', TONGBAN_JOBS: '0', DATABASE_URL: scratch.url });
  // The server's own pool size (openDatabase's default): 50 clients share it, as they would the server.
  const database = await openDatabase({ databaseUrl: scratch.url });
  try {
    await migrate(database);
    const ctx = createContext(config, database, createLogger(config));
    await runSeed(ctx, { demo: true, demoSeeders: [seedCatalogDemo] });
    const users = await ctx.db.selectFrom('users').selectAll().where('username', 'in', ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver']).execute();
    const actor = (username: string): Actor => {
      const u = users.find((x) => x.username === username)!;
      return { id: u.id, username: u.username, displayName: u.display_name, roles: u.roles as Role[], departmentCode: u.department_code, regionCode: u.region_code };
    };
    const [citizen, clerk, dispatcher, reviewer, approver] = ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map(actor);
    const file = await insertFile(ctx.db, { ownerId: citizen.id, regionCode: citizen.regionCode, name: 'material.pdf', mime: 'application/pdf', size: 1024, sha256: 'a'.repeat(64) });
    const materials = [1, 2, 3, 4, 5].map((n) => ({ materialCode: `${ITEM}M0${n}`, fileId: file.id }));

    let transitions = 0;
    let lifecycles = 0;
    let failures = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const client = async () => {
      while (Date.now() < deadline) {
        try {
          const now = new Date();
          let ref = await ctx.db.transaction().execute((trx) => createCase(ctx, trx, citizen, { itemCode: ITEM, draft: false, form: FORM, materials }, now));
          transitions++;
          const step = async (who: Actor, action: Parameters<typeof performAction>[3], body: Record<string, unknown> = {}) => {
            ref = await performAction(ctx, who, ref.id, action, { version: ref.version, ...body } as never, new Date());
            transitions++;
          };
          await step(clerk, 'accept');
          await step(dispatcher, 'route');
          await step(reviewer, 'review', { opinion: '符合条件', recommendation: 'approve' });
          await step(approver, 'approve');
          await step(approver, 'complete');
          await step(clerk, 'issue', { mode: 'window' });
          lifecycles++;
        } catch (err) {
          failures++;
          if (failures < 5) process.stderr.write(`lifecycle failed: ${(err as Error).message}\n`);
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const elapsed = (Date.now() - started) / 1000;
    return { tps: transitions / elapsed, lifecycles, failures };
  } finally {
    await database.close();
    await scratch.drop();
  }
}

/**
 * Both measurements as one report row. They alternate (baseline, ours, baseline, ours) so that a
 * load change on a shared machine hits both sides alike; the figures are the means.
 */
export async function benchLifecycle(base: string): Promise<BenchRow> {
  const baselines: number[] = [];
  const runs: Array<Awaited<ReturnType<typeof lifecycleThroughput>>> = [];
  for (let round = 0; round < ROUNDS; round++) {
    baselines.push(await pgbenchTps(base, CLIENTS, SECONDS));
    runs.push(await lifecycleThroughput(base));
  }
  const failures = runs.reduce((n, r) => n + r.failures, 0);
  if (failures) process.stderr.write(`${failures} lifecycle(s) failed\n`);
  const baseline = baselines.reduce((a, b) => a + b, 0) / ROUNDS;
  const tps = runs.reduce((a, r) => a + r.tps, 0) / ROUNDS;
  const ratio = tps / baseline;
  process.stderr.write(`rounds: pgbench ${baselines.map((b) => b.toFixed(0)).join(', ')} tps; cases ${runs.map((r) => r.tps.toFixed(0)).join(', ')} transitions/s\n`);
  return {
    name: `case lifecycles, ${CLIENTS} clients (${runs.reduce((n, r) => n + r.lifecycles, 0)} done)`,
    figure: tps,
    unit: 'transitions/s',
    baselineName: `pgbench TPC-B -c ${CLIENTS} -j 2`,
    baseline,
    baselineUnit: 'tps',
    ratio,
    aim: '≥ 0.5',
    met: ratio >= 0.5,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows([await benchLifecycle(requireDatabaseUrl())]);
}
