/**
 * Benchmark: the work-queue list (`GET /api/v1/cases`, first page of 20, most urgent first) over
 * HTTP with real sessions, at 0, 100,000 and 1,000,000 cases, against `/healthz` on the same server
 * (answered from memory: routing, hooks and serialisation, no I/O). Two users: the supervisor
 * (every case of the city) and a market-regulation reviewer (the department's cases). The cases are
 * generated with one INSERT … SELECT generate_series in a scratch PostgreSQL database, spread over
 * nine Baotou districts, four departments, five open-or-finished statuses and four lights. Each
 * figure is the min / median of BENCH_RUNS (≥ 3) runs' p99 at CONNECTIONS connections; the
 * machine's load is printed. Aim: list p99 ≤ 3 × the bare route's.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/cases-list.ts
 *   BENCH_LIST_SIZES=0,100000 BENCH_SECONDS=5 …   # a quicker run
 */
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from '../src/server/db/types';
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts';
import { median, printRows, requireDatabaseUrl, scratchDatabase, startBenchServer, type BenchRow } from './cases-common';

const SIZES = (process.env.BENCH_LIST_SIZES ?? '0,100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const REGIONS = ['150202', '150203', '150204', '150205', '150206', '150207', '150221', '150222', '150223'];
const DEPARTMENTS = ['market-regulation', 'human-resources', 'housing-construction', 'public-security'];

async function signIn(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .find((c) => c.startsWith('tb_session='))!
    .split(';')[0];
}

/** min / median of RUNS runs' p99 (after a short warm-up). */
async function p99Of(url: string, path: string, cookie?: string): Promise<{ p99: number; p99Min: number }> {
  const opts = { url, connections: CONNECTIONS, requests: [{ method: 'GET' as const, path, headers: cookie ? { cookie } : ({} as Record<string, string>) }] };
  await autocannon({ ...opts, duration: 2 });
  const p99: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const r = await autocannon({ ...opts, duration: SECONDS });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${path}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
    if (r.requests.total === 0) throw new Error(`${path}: no request completed`);
    p99.push(r.latency.p99);
  }
  return { p99: median(p99), p99Min: Math.min(...p99) };
}

async function benchSize(base: string, cases: number): Promise<BenchRow[]> {
  const scratch = await scratchDatabase(base, 'tb_bench_list');
  const server = await startBenchServer(scratch.url);
  try {
    const started = Date.now();
    if (cases > 0) {
      // Generated on a connection of its own: the server's pool cancels statements past its
      // timeout (TONGBAN_STATEMENT_TIMEOUT_MS), and inserting a million rows is not a request.
      const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: scratch.url, max: 1 }) }) });
      await sql`
        INSERT INTO cases (case_no, item_code, item_version, item_name, case_kind, status, channel, region_code, department_code, departments,
          applicant_type, applicant_name, applicant_id_type, applicant_id_number, created_by, submitted_at, accepted_at,
          assessment_due, promised_due, statutory_due, light, light_next_at)
        SELECT 'BTLIST-' || g, '000101019000', 1, '食品经营许可证核发', 'promised',
          (ARRAY['accepted', 'routed', 'reviewed', 'completed', 'issued'])[1 + g % 5], 'web',
          (${sql.val(REGIONS)}::text[])[1 + g % ${REGIONS.length}], d.dept, ARRAY[d.dept],
          'citizen', '测试', 'resident_id', '11010519491231002X', u.id, now() - (g % 400) * interval '1 day', now() - (g % 400) * interval '1 day' + interval '1 hour',
          now() + ((g % 40) - 20) * interval '1 day', now() + ((g % 40) - 18) * interval '1 day', now() + ((g % 40) - 10) * interval '1 day',
          (ARRAY['green', 'green', 'green', 'yellow', 'red', 'overdue'])[1 + g % 6], now() + interval '1 day'
        FROM generate_series(1, ${cases}) g, (SELECT id FROM users WHERE username = 'citizen') u,
        LATERAL (SELECT (${sql.val(DEPARTMENTS)}::text[])[1 + (g / 7) % ${DEPARTMENTS.length}] AS dept) d`.execute(db);
      await sql`VACUUM ANALYZE cases`.execute(db);
      await db.destroy();
      process.stderr.write(`generated ${cases.toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    const url = server.url;
    const [supervisor, reviewer] = [await signIn(url, 'supervisor'), await signIn(url, 'reviewer')];
    const probe = await fetch(`${url}/api/v1/cases?pageSize=20`, { headers: { cookie: supervisor } });
    if (!probe.ok) throw new Error(`list: ${probe.status} ${await probe.text()}`);
    const bare = await p99Of(url, '/healthz');
    const row = (name: string, m: { p99: number; p99Min: number }): BenchRow => ({
      name: `${name}, ${cases.toLocaleString('en')} cases`,
      figure: m.p99,
      figureMin: m.p99Min,
      unit: 'ms p99',
      baselineName: '/healthz (no I/O)',
      baseline: bare.p99,
      baselineMin: bare.p99Min,
      baselineUnit: 'ms p99',
      ratio: m.p99 / bare.p99,
      aim: '≤ 3',
      met: m.p99 / bare.p99 <= 3,
    });
    return [
      row('case list, supervisor (city)', await p99Of(url, '/api/v1/cases?pageSize=20', supervisor)),
      row('case list, reviewer (department)', await p99Of(url, '/api/v1/cases?pageSize=20', reviewer)),
    ];
  } finally {
    await server.close();
    await scratch.drop();
  }
}

export async function benchList(base: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of SIZES) rows.push(...(await benchSize(base, size)));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows(await benchList(requireDatabaseUrl()));
}
