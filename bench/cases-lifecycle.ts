/**
 * Benchmark: whole case lifecycles over HTTP (submit → accept → route → review → approve →
 * complete → issue), each step a request to the real server with a real session cookie and CSRF
 * token — routing, validation, session, logging, the transaction with its row lock, version check,
 * hash-chained event and notifications — as transitions per second with CLIENTS concurrent
 * clients, against pgbench's TPC-B-like run at scale 10 with the same number of clients on the same
 * PostgreSQL server. Rounds alternate (pgbench, ours, …); figures are min / median of ROUNDS.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/cases-lifecycle.ts
 */
import {
  FOOD_FORM,
  FOOD_PERMIT,
  median,
  pgbenchTps,
  post,
  printRows,
  requireDatabaseUrl,
  scratchDatabase,
  signInCaseDesk,
  startBenchServer,
  type BenchRow,
  type Session,
} from './cases-common';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const PGBENCH_SCALE = 10;

/** One round: a fresh database and server, CLIENTS clients running lifecycles for SECONDS. */
export async function lifecycleThroughput(base: string): Promise<{ tps: number; lifecycles: number; failures: number }> {
  const scratch = await scratchDatabase(base, 'tb_bench_cases');
  const server = await startBenchServer(scratch.url);
  try {
    const url = server.url;
    const { citizen, clerk, dispatcher, reviewer, approver, materials } = await signInCaseDesk(url);

    let transitions = 0;
    let lifecycles = 0;
    let failures = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const client = async () => {
      while (Date.now() < deadline) {
        try {
          type Ref = { id: string; version: number };
          let ref = await post<Ref>(url, citizen, '/api/v1/cases', { itemCode: FOOD_PERMIT, draft: false, form: FOOD_FORM, materials });
          transitions++;
          const step = async (who: Session, action: string, body: Record<string, unknown> = {}) => {
            ref = await post<Ref>(url, who, `/api/v1/cases/${ref.id}/actions/${action}`, { version: ref.version, ...body });
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
    return { tps: transitions / ((Date.now() - started) / 1000), lifecycles, failures };
  } finally {
    await server.close();
    await scratch.drop();
  }
}

export async function benchLifecycle(base: string): Promise<BenchRow> {
  const baselines: number[] = [];
  const runs: Array<Awaited<ReturnType<typeof lifecycleThroughput>>> = [];
  for (let round = 0; round < ROUNDS; round++) {
    baselines.push(await pgbenchTps(base, CLIENTS, SECONDS, PGBENCH_SCALE));
    runs.push(await lifecycleThroughput(base));
  }
  const failures = runs.reduce((n, r) => n + r.failures, 0);
  if (failures) process.stderr.write(`${failures} lifecycle(s) failed\n`);
  process.stderr.write(
    `rounds: pgbench ${baselines.map((b) => b.toFixed(0)).join(', ')} tps; cases ${runs.map((r) => r.tps.toFixed(0)).join(', ')} transitions/s\n`,
  );
  const tps = runs.map((r) => r.tps);
  return {
    name: `case lifecycles over HTTP, ${CLIENTS} clients (${runs.reduce((n, r) => n + r.lifecycles, 0)} done)`,
    figure: median(tps),
    figureMin: Math.min(...tps),
    unit: 'transitions/s',
    baselineName: `pgbench -s ${PGBENCH_SCALE} -c ${CLIENTS}`,
    baseline: median(baselines),
    baselineMin: Math.min(...baselines),
    baselineUnit: 'tps',
    ratio: median(tps) / median(baselines),
    aim: '≥ 0.5',
    met: median(tps) / median(baselines) >= 0.5,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows([await benchLifecycle(requireDatabaseUrl())]);
}
