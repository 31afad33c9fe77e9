import { loadConfig } from '../src/server/config';
import { startServer, type RunningServer } from '../src/server/main';
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';

/** Shared plumbing of the cases benchmarks: scratch databases and the one-row-per-benchmark report. */

/**
 * The server production runs, as a benchmark starts it: on `databaseUrl` with the demo loaded, no
 * background jobs (they would run during the timing), no web build, on a free port of this machine;
 * `env` adds a benchmark's own settings (a limit raised so one client address is not throttled).
 */
export function startBenchServer(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  return startServer(
    loadConfig({
      NODE_ENV: 'production',
      TONGBAN_DEMO: '1',
      LOG_LEVEL: 'warn',
      TONGBAN_JOBS: '0',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    }),
    { webDir: '' },
  );
}

export interface BenchRow {
  name: string;
  /** The median of the runs; `figureMin` their minimum. */
  figure: number;
  figureMin?: number;
  unit: string;
  baselineName: string;
  baseline: number;
  baselineMin?: number;
  baselineUnit: string;
  /** figure ÷ baseline. */
  ratio: number;
  aim: string;
  met: boolean;
}

/** The DATABASE_URL the benchmarks need (they measure PostgreSQL, not PGlite). */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('set DATABASE_URL=postgres://… (the cases benchmarks run on PostgreSQL)\n');
    process.exit(2);
  }
  return url;
}

/** The URL of another database on the same server. */
export function urlOf(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates a scratch database and returns its name and a function that drops it. */
export async function scratchDatabase(base: string, prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    name,
    url: urlOf(base, name),
    // Callers close their pools first; a plain DROP then succeeds, and never kills a connection
    // a pool still holds (its 'error' event would end the process).
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name}`);
            return;
          } catch (err) {
            if (attempt >= 20 || (err as { code?: string }).code !== '55006') throw err;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

/** pgbench's TPC-B-like run at `scale` (≥ 10, so clients do not all fight over one branch row) on a scratch database of the same server: its transactions per second. */
export async function pgbenchTps(base: string, clients: number, seconds: number, scale = 10): Promise<number> {
  const db = await scratchDatabase(base, 'tb_pgbench');
  try {
    const u = new URL(base);
    const conn = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
    const env = { ...process.env, ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}) };
    execFileSync('pgbench', ['-i', '-q', '-s', String(scale), ...conn, db.name], { env, stdio: 'ignore' });
    const out = execFileSync('pgbench', ['-c', String(clients), '-j', '2', '-T', String(seconds), ...conn, db.name], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out) ?? /tps = ([\d.]+)/.exec(out);
    if (!m) throw new Error(`cannot read pgbench output:\n${out}`);
    return Number(m[1]);
  } finally {
    await db.drop();
  }
}

/** The median of some numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Times `runs` runs of a job: `prepare` runs untimed before each run and returns the timed part.
 * Returns the minimum and the median in milliseconds.
 */
export async function timeRuns(runs: number, prepare: () => Promise<() => Promise<unknown>>): Promise<{ min: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await prepare();
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return { min: Math.min(...times), median: median(times) };
}

/** Prints the machine's load, then the rows as a table: figure and baseline (min / median), ratio of the medians, aim. */
export function printRows(rows: BenchRow[]): void {
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  const both = (min: number | undefined, med: number) => (min === undefined ? fmt(med) : `${fmt(min)} / ${fmt(med)}`);
  process.stdout.write(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${cpus().length} cores); figures are min / median\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(56)} ${`${both(r.figureMin, r.figure)} ${r.unit}`.padStart(22)}   baseline ${r.baselineName}: ${both(r.baselineMin, r.baseline)} ${r.baselineUnit}   ratio ${r.ratio.toFixed(2)}   aim ${r.aim} ${r.met ? '✓' : '✗'}\n`,
    );
  }
}

/** A signed-in demo account: its session cookie and CSRF token. */
export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(url: string, username: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('tb_session='))!
    .split(';')[0];
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** A POST with the session and CSRF token; throws on anything but 2xx. */
export async function post<T>(url: string, s: Session, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The food-business permit both case benchmarks file, with a form that passes its checks. */
export const FOOD_PERMIT = '000101019000';
export const FOOD_FORM = {
  entityName: '包头市鹿城小吃店',
  uscc: '91350100M000100Y43',
  businessAddress: '昆都仑区钢铁大街 88 号',
  area: 60,
  mainBusiness: 'catering',
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The case desk's demo accounts signed in, and one uploaded PDF standing for every material of a food permit. */
export async function signInCaseDesk(url: string) {
  const [citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(
    ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => signIn(url, u)),
  );
  const form = new FormData();
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'material.pdf');
  const up = await fetch(`${url}/api/v1/files`, { method: 'POST', headers: { cookie: citizen.cookie, 'x-csrf-token': citizen.csrf }, body: form });
  if (!up.ok) throw new Error(`upload: ${up.status} ${await up.text()}`);
  const { fileId } = (await up.json()) as { fileId: string };
  const materials = [1, 2, 3, 4, 5].map((n) => ({ materialCode: `${FOOD_PERMIT}M0${n}`, fileId }));
  return { citizen, clerk, dispatcher, reviewer, approver, materials };
}
