/**
 * Benchmark: a query through the data-sharing exchange (issue 12, "exchange query latency p99
 * against a direct table read"; docs/decisions.md D20). `POST /api/v1/exchange/query` over HTTP
 * with a real signed-in session — the market regulation bureau's reviewer reading the demo
 * citizen's 户籍信息 through the bureau's demo grant (name and ID number only) — at CONNECTIONS
 * connections with autocannon: p99 and requests per second, min / median of BENCH_RUNS (≥ 3)
 * runs of BENCH_SECONDS each after a short warm-up. Every request is the whole production path:
 * session, body validation, the grant check, the row read, and the query's log row with its event
 * on the hash chain `exchange` (one chain, so the appends take turns on its head) in a transaction
 * of its own.
 *
 * Baseline. No production route reads an exchange row other than through a grant — that is the
 * point of D20 — so there is no route of the same shape to put beside it. The baseline is the
 * direct `SELECT data FROM exchange_records WHERE resource_code = … AND key = …` of the same record
 * through the server's own pool (the same Kysely instance and connections), in this process, for
 * as many reads as the HTTP run just completed, by CONNECTIONS workers each waiting for its read
 * before the next (the concurrency autocannon keeps). It has no HTTP, JSON, session, grant check or
 * log write, so the ratio is what all of that costs over the bare row read — a floor no route can
 * reach, not a target. Its latency is timed around the read in the same process that runs the
 * server and autocannon, as the HTTP figure is.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/exchange.ts
 *   BENCH_SECONDS=5 …   # a quicker run
 */
import autocannon from 'autocannon';
import { DEMO_PEOPLE } from '../src/server/modules/exchange/exchange.demo.data';
import { DEMO_PURPOSES } from '../src/server/modules/exchange/exchange.demo';
import { median, printRows, requireDatabaseUrl, scratchDatabase, signIn, startBenchServer, type BenchRow } from './cases-common';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const RESOURCE = 'household-registration';
const KEY = DEMO_PEOPLE[0].idNumber;
const QUERY = { resource: RESOURCE, key: KEY, purpose: DEMO_PURPOSES.household };

interface Measure {
  p99: number;
  rps: number;
  requests: number;
}

/** The 99th percentile of some latencies (nearest rank). */
function p99Of(latencies: number[]): number {
  const s = [...latencies].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)];
}

export async function benchExchange(base: string): Promise<BenchRow[]> {
  const scratch = await scratchDatabase(base, 'tb_bench_exchange');
  const server = await startBenchServer(scratch.url);
  try {
    const url = server.url;
    const db = server.ctx.db;
    const reviewer = await signIn(url, 'reviewer');
    const headers = { cookie: reviewer.cookie, 'x-csrf-token': reviewer.csrf, 'content-type': 'application/json' };
    const body = JSON.stringify(QUERY);

    // The request answers through the grant with the granted fields only, or the figure means nothing.
    const probe = await fetch(`${url}/api/v1/exchange/query`, { method: 'POST', headers, body });
    const answer = (await probe.json()) as { grantId?: string | null; fields?: string[] };
    if (!probe.ok || !answer.grantId || answer.fields?.join() !== 'idNumber,name') throw new Error(`query probe: ${probe.status} ${JSON.stringify(answer)}`);
    const read = () => db.selectFrom('exchange_records').select('data').where('resource_code', '=', RESOURCE).where('key', '=', KEY).executeTakeFirst();
    if (!(await read())) throw new Error('the demo record is missing');

    const opts = { url, connections: CONNECTIONS, requests: [{ method: 'POST', path: '/api/v1/exchange/query', headers, body }] };
    const overHttp = async (seconds: number): Promise<Measure> => {
      const r = await autocannon({ ...opts, duration: seconds });
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`exchange query: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
      if (r.requests.total === 0) throw new Error('exchange query: no request completed');
      return { p99: r.latency.p99, rps: r.requests.average, requests: r.requests.total };
    };
    const direct = async (n: number): Promise<Measure> => {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (next < n) {
            next++;
            const t0 = performance.now();
            if (!(await read())) throw new Error('direct read: no row');
            latencies.push(performance.now() - t0);
          }
        }),
      );
      return { p99: p99Of(latencies), rps: n / ((performance.now() - started) / 1000), requests: n };
    };

    await overHttp(2);
    await direct(2_000);
    const http: Measure[] = [];
    const bare: Measure[] = [];
    for (let run = 0; run < RUNS; run++) {
      const m = await overHttp(SECONDS);
      http.push(m);
      bare.push(await direct(m.requests));
    }
    const logged = await db
      .selectFrom('exchange_queries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    process.stderr.write(
      `exchange: ${http.map((m) => m.requests).join(' / ')} queries per run over HTTP (and as many direct reads); ${Number(logged.n).toLocaleString('en')} queries logged in all\n`,
    );

    const p99 = http.map((m) => m.p99);
    const bareP99 = bare.map((m) => m.p99);
    const rps = http.map((m) => m.rps);
    const bareRps = bare.map((m) => m.rps);
    return [
      {
        name: `exchange query over HTTP (grant check + chain log), ${CONNECTIONS} connections`,
        figure: median(p99),
        figureMin: Math.min(...p99),
        unit: 'ms p99',
        baselineName: 'direct SELECT of the row, same pool, in-process',
        baseline: median(bareP99),
        baselineMin: Math.min(...bareP99),
        baselineUnit: 'ms p99',
        ratio: median(p99) / median(bareP99),
        // The issue sets no aim: the baseline is a floor (no HTTP, session, check or log), not a target.
        aim: '—',
        met: true,
      },
      {
        name: `exchange query throughput, ${CONNECTIONS} connections`,
        figure: median(rps),
        figureMin: Math.min(...rps),
        unit: 'req/s',
        baselineName: 'direct SELECT of the row, same pool, in-process',
        baseline: median(bareRps),
        baselineMin: Math.min(...bareRps),
        baselineUnit: 'reads/s',
        ratio: median(rps) / median(bareRps),
        aim: '—',
        met: true,
      },
    ];
  } finally {
    await server.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows(await benchExchange(requireDatabaseUrl()));
}
