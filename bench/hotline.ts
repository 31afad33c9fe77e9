/**
 * Hotline benchmarks (npx tsx bench/hotline.ts). Each figure is measured against GET /healthz, which
 * answers from memory (no I/O: the database probe runs on its own timer), as the bare-route
 * baseline in the same run, on the same in-process server (embedded PGlite, demo accounts, the
 * trained classifier), because absolute numbers drift on shared machines and ratios hold.
 *
 *   1. classification over HTTP (POST /api/v1/hotline/classify, 50 connections): requests/s, p99
 *   2. classification in process (classify() on held-out texts): texts/s, p99
 *   3. ticket creation from the agent console (POST /api/v1/hotline/tickets, 50 concurrent clients)
 *
 * BENCH_SECONDS (default 8) sets each HTTP run's duration. With DATABASE_URL the same runs go
 * against PostgreSQL (a schema of their own, dropped afterwards) instead of PGlite.
 */
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { createContext, createLogger } from '../src/server/runtime';
import { ROUTES } from '../src/server/modules';
import { buildApp } from '../src/server/platform/http/app';
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts';
import { runSeed } from '../src/server/seed/seed';
import { detectEmergency } from '../src/server/modules/hotline/classifier/emergency';
import { classify } from '../src/server/modules/hotline/classifier/model';
import { tokenize } from '../src/server/modules/hotline/classifier/tokenize';
import { getModel } from '../src/server/modules/hotline/classifier/classifier.service';
import { generateDemoTickets } from '../src/server/modules/hotline/data/demo-tickets';
import { seedHotlineDemo } from '../src/server/modules/hotline/hotline.seed';
import { median } from './cases-common';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

interface Run {
  rps: number;
  p99: number;
  p99Min: number;
  non2xx: number;
  errors: number;
}

/** RUNS runs of SECONDS each: the median (and minimum) of their throughput and p99. */
async function cannon(url: string, opts: { method?: 'GET' | 'POST'; headers?: Record<string, string>; bodies?: string[] }): Promise<Run> {
  let i = 0;
  const bodies = opts.bodies;
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    const r = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      // Each request gets the next body, so the classifier and the database see varied input.
      requests: bodies
        ? [
            {
              setupRequest: (req) => ({
                ...req,
                method: opts.method ?? 'POST',
                headers: { ...req.headers, ...opts.headers },
                body: bodies[i++ % bodies.length],
              }),
            },
          ]
        : undefined,
    });
    runs.push({ rps: r.requests.average, p99: r.latency.p99, p99Min: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
  }
  const p99s = runs.map((r) => r.p99);
  return {
    rps: median(runs.map((r) => r.rps)),
    p99: median(p99s),
    p99Min: Math.min(...p99s),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function row(name: string, figure: string, baseline: string, ratio: number) {
  console.log(`${name.padEnd(46)} ${figure.padStart(16)} ${baseline.padStart(16)} ${ratio.toFixed(3).padStart(8)}`);
}

async function main() {
  const config = loadConfig({ NODE_ENV: 'test', TONGBAN_JOBS: '0', LOG_LEVEL: 'silent' });
  const url = process.env.DATABASE_URL;
  const schema = `bench_hotline_${process.pid}`;
  const database = await openDatabase(url ? { databaseUrl: url, schema, poolSize: 10 } : {});
  await migrate(database);
  const ctx = createContext(config, database, createLogger(config));
  await runSeed(ctx, { demo: true, demoSeeders: [(c) => seedHotlineDemo(c, { history: false, workload: false })] });
  const app = await buildApp({ ctx, routes: ROUTES });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });

  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hotline', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const session = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };

  const texts = generateDemoTickets({ seed: 99, ticketsPerWeight: 8, minPerCategory: 4 })
    .map((t) => t.text)
    .filter((t) => !detectEmergency(t));
  const { model } = await getModel(ctx.db);

  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${cpus().length} cores); HTTP figures are the median of ${RUNS} runs`,
  );
  console.log(
    `hotline bench — ${SECONDS} s per HTTP run, ${CONNECTIONS} connections, ${url ? 'PostgreSQL' : 'PGlite in process'}, ${texts.length} distinct texts`,
  );
  console.log(`${'benchmark'.padEnd(46)} ${'figure'.padStart(16)} ${'baseline'.padStart(16)} ${'ratio'.padStart(8)}`);

  const health = await cannon(`${base}/healthz`, {});
  row('baseline GET /healthz (50 conn)', `${health.rps.toFixed(0)} req/s`, '—', 1);

  const http = await cannon(`${base}/api/v1/hotline/classify`, { method: 'POST', headers: session, bodies: texts.map((text) => JSON.stringify({ text })) });
  row('POST /classify throughput (50 conn)', `${http.rps.toFixed(0)} req/s`, `${health.rps.toFixed(0)} req/s`, http.rps / health.rps);
  row(
    'POST /classify p99 latency (min / median)',
    `${http.p99Min.toFixed(0)} / ${http.p99.toFixed(0)} ms`,
    `${health.p99Min.toFixed(0)} / ${health.p99.toFixed(0)} ms`,
    http.p99 / Math.max(health.p99, 0.1),
  );
  if (http.non2xx || http.errors) console.log(`  (classify: ${http.non2xx} non-2xx, ${http.errors} errors)`);

  // In process: the classifier alone, against jieba tokenising alone (its first step).
  const lat: number[] = [];
  const tok: number[] = [];
  for (const text of texts.slice(0, 50)) classify(model, text);
  for (let round = 0; round < 3; round++) {
    for (const text of texts) {
      let s = performance.now();
      tokenize(text);
      tok.push(performance.now() - s);
      s = performance.now();
      classify(model, text, 4);
      lat.push(performance.now() - s);
    }
  }
  lat.sort((a, b) => a - b);
  tok.sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  row('classify() in process throughput', `${(1000 / mean(lat)).toFixed(0)} texts/s`, `${(1000 / mean(tok)).toFixed(0)} tok/s`, mean(tok) / mean(lat));
  row(
    'classify() in process p99',
    `${(percentile(lat, 99) * 1000).toFixed(0)} µs`,
    `${(percentile(tok, 99) * 1000).toFixed(0)} µs`,
    percentile(lat, 99) / percentile(tok, 99),
  );

  const health2 = await cannon(`${base}/healthz`, {});
  const bodies = texts.map((text, i) =>
    JSON.stringify({ callerPhone: `139${String(47000000 + i).padStart(8, '0')}`, text, categoryCode: 'urban.streetlight' }),
  );
  const create = await cannon(`${base}/api/v1/hotline/tickets`, { method: 'POST', headers: session, bodies });
  row('POST /tickets creation (50 clients)', `${create.rps.toFixed(0)} req/s`, `${health2.rps.toFixed(0)} req/s`, create.rps / health2.rps);
  row('POST /tickets p99 latency', `${create.p99.toFixed(1)} ms`, `${health2.p99.toFixed(1)} ms`, create.p99 / Math.max(health2.p99, 0.1));
  if (create.non2xx || create.errors) console.log(`  (create: ${create.non2xx} non-2xx, ${create.errors} errors)`);
  const made = await ctx.db
    .selectFrom('hotline_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(`tickets created: ${made.n}`);

  await app.close();
  if (url) await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(ctx.db);
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
