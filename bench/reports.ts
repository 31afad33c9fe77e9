/**
 * Benchmark: the reports (定期通报) over HTTP with a real session on a city-year of cases, against a
 * plain `count(*) … GROUP BY` over the same rows in the same run (issue 11, "Scale"). The year —
 * BENCH_REPORT_CASES cases (default 1,000,000) from 1 January 2026 to now over every published
 * item, department and region, with their events, ratings and rectifications — is played by
 * `tongban simulate` into a scratch PostgreSQL database. Timed: the first 2026 report by region
 * with no rollups (it rolls up every day, docs/decisions.md D16), then the November report by
 * department and the 2026 report by region with the days rolled up, each the min / median of
 * BENCH_RUNS (≥ 3) runs. Aim: each under 2 s and within 5 × the aggregate.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/reports.ts
 *   BENCH_REPORT_CASES=100000 …   # a quicker run
 *   BENCH_REPORT_DATABASE=tb_city_year …   # time a database an earlier `tongban simulate` filled (kept)
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { printRows, requireDatabaseUrl, scratchDatabase, signIn, startBenchServer, timeRuns, urlOf, type BenchRow } from './cases-common';

const CASES = Number(process.env.BENCH_REPORT_CASES ?? 1_000_000);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const YEAR = '2026';

/**
 * The city-year, played by `tongban simulate` (docs/decisions.md D19) into the scratch database:
 * every published item and region, ratings and rectifications, through the compiled CLI as an
 * operator would run it.
 */
function simulate(url: string): void {
  const run = spawnSync(process.execPath, ['bin/tongban.js', 'simulate', '--cases', String(CASES), '--seed', '11', '--year', YEAR], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`tongban simulate exited ${run.status}`);
}

export async function benchReports(base: string): Promise<BenchRow[]> {
  // An already simulated year, kept afterwards, or a scratch database the year is played into.
  const kept = process.env.BENCH_REPORT_DATABASE;
  const scratch = kept ? { url: urlOf(base, kept), drop: async () => undefined } : await scratchDatabase(base, 'tb_bench_reports');
  const server = await startBenchServer(scratch.url, {
    TONGBAN_STATEMENT_TIMEOUT_MS: '600000',
  });
  const aggregate = new pg.Client({ connectionString: scratch.url });
  try {
    const started = Date.now();
    if (kept) process.stderr.write(`the year already in ${kept} (BENCH_REPORT_CASES=${CASES} is taken as its size)\n`);
    else {
      simulate(scratch.url);
      process.stderr.write(`generated ${CASES.toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    const { cookie } = await signIn(server.url, 'supervisor');
    await aggregate.connect();
    const report = (query: string) => async () => async () => {
      const res = await fetch(`${server.url}/api/v1/reports?${query}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`${query}: ${res.status} ${await res.text()}`);
      await res.json();
    };
    const plain = (column: string, from: string, to: string) => async () => async () =>
      aggregate.query(
        `SELECT ${column}, count(*) FILTER (WHERE submitted_at >= $1 AND submitted_at < $2), count(*) FILTER (WHERE completed_at >= $1 AND completed_at < $2)
         FROM cases WHERE (submitted_at >= $1 AND submitted_at < $2) OR (completed_at >= $1 AND completed_at < $2) GROUP BY ${column}`,
        [from, to],
      );
    const rows: BenchRow[] = [];
    const cases = [
      {
        name: 'November report by department',
        query: 'period=month&date=2026-11&by=department',
        column: 'department_code',
        from: '2026-11-01 00:00+08',
        to: '2026-12-01 00:00+08',
      },
      {
        name: '2026 report by region',
        query: 'period=year&date=2026&by=region',
        column: 'region_code',
        from: '2026-01-01 00:00+08',
        to: '2027-01-01 00:00+08',
      },
    ];
    // The first report after loading rolls up every day of its period (the hourly job does it in
    // production): timed on its own, forgetting the rollups before each run.
    const forget = (query: string) => async () => {
      await aggregate.query('DELETE FROM report_rollup_days');
      await aggregate.query('DELETE FROM report_rollups');
      return report(query)();
    };
    const cold = await timeRuns(RUNS, forget('period=year&date=2026&by=region'));
    const coldBaseline = await timeRuns(RUNS, plain('region_code', '2026-01-01 00:00+08', '2027-01-01 00:00+08'));
    rows.push({
      name: `2026 by region, first request: rolls up ${CASES.toLocaleString('en')} cases' days (HTTP)`,
      figure: cold.median,
      figureMin: cold.min,
      unit: 'ms',
      baselineName: 'count(*) … GROUP BY',
      baseline: coldBaseline.median,
      baselineMin: coldBaseline.min,
      baselineUnit: 'ms',
      ratio: cold.median / coldBaseline.median,
      aim: '< 60 s (once, hourly job)',
      met: cold.median < 60_000,
    });
    for (const c of cases) {
      const figure = await timeRuns(RUNS, report(c.query));
      const baseline = await timeRuns(RUNS, plain(c.column, c.from, c.to));
      rows.push({
        name: `${c.name}, ${CASES.toLocaleString('en')} cases a year (HTTP)`,
        figure: figure.median,
        figureMin: figure.min,
        unit: 'ms',
        baselineName: 'count(*) … GROUP BY',
        baseline: baseline.median,
        baselineMin: baseline.min,
        baselineUnit: 'ms',
        ratio: figure.median / baseline.median,
        aim: '< 2 s and ≤ 5',
        met: figure.median < 2000 && figure.median / baseline.median <= 5,
      });
    }
    return rows;
  } finally {
    await aggregate.end().catch(() => undefined);
    await server.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows(await benchReports(requireDatabaseUrl()));
}
