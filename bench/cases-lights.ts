/**
 * Benchmark: the real every-minute light sweep (`sweepLights`, the job production runs: batches
 * locked, lights updated, events appended to each case's hash chain, staff told) over 1,000,000
 * open cases of which 1 % change light, against a plain count(*) of the same table; and the same
 * sweep when nothing is due. The cases are generated with one INSERT … SELECT generate_series in a
 * scratch database; the changing 1 % pass their 考核 line just before the sweep runs, the rest
 * are days from theirs. Between runs the changed cases are put back, so each run does the same work.
 * Each figure is min / median of BENCH_RUNS (≥ 3) runs; the machine's load is printed.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/cases-lights.ts
 */
import { sql } from 'kysely';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { createContext, createLogger } from '../src/server/runtime';
import { sweepLights } from '../src/server/modules/cases/cases.jobs';
import { seedBase } from '../src/server/seed/seed';
import { printRows, requireDatabaseUrl, scratchDatabase, timeRuns, type BenchRow } from './cases-common';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const CHANGING = Number(process.env.BENCH_CHANGING ?? 0.01);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

export async function benchLights(base: string): Promise<BenchRow[]> {
  const scratch = await scratchDatabase(base, 'tb_bench_lights');
  const config = loadConfig({ DATABASE_URL: scratch.url, LOG_LEVEL: 'silent', TONGBAN_JOBS: '0' });
  const database = await openDatabase({ databaseUrl: scratch.url });
  const ctx = createContext(config, database, createLogger(config));
  try {
    await migrate(database);
    const db = database.db;
    await seedBase(db);
    // The staff a light warning reaches: a reviewer and an approver of the department.
    const users = await db
      .insertInto('users')
      .values(
        ['window_clerk', 'reviewer', 'approver'].map((role) => ({
          username: `bench-${role}`,
          password_hash: 'x',
          display_name: role,
          roles: [role],
          department_code: 'market-regulation',
          region_code: '150200',
        })),
      )
      .returning('id')
      .execute();
    const sweepAt = new Date();
    const every = Math.round(1 / CHANGING);
    const started = Date.now();
    await sql`
      INSERT INTO cases (case_no, item_code, item_version, item_name, case_kind, status, channel, region_code, department_code, departments,
        applicant_type, applicant_name, applicant_id_type, applicant_id_number, created_by, submitted_at, accepted_at,
        assessment_due, promised_due, statutory_due, light, light_next_at)
      SELECT 'BTBENCH-' || g, '000101019000', 1, '食品经营许可证核发', 'promised', 'routed', 'web', '150203', 'market-regulation', ARRAY['market-regulation'],
        'citizen', '测试', 'resident_id', '11010519491231002X', ${users[0].id}, d.assessment - interval '5 days', d.assessment - interval '4 days',
        d.assessment, d.assessment + interval '2 days', d.assessment + interval '8 days', 'green', d.assessment
      FROM generate_series(1, ${CASES}) g,
      LATERAL (SELECT CASE WHEN g % ${every} = 0 THEN ${sweepAt}::timestamptz - interval '1 second'
                           ELSE ${sweepAt}::timestamptz + (1 + g % 20) * interval '1 day' END AS assessment) d`.execute(db);
    await sql`VACUUM ANALYZE cases`.execute(db);
    process.stderr.write(`generated ${CASES.toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const reset = () => sql`UPDATE cases SET light = 'green', light_next_at = assessment_due WHERE assessment_due < ${sweepAt}`.execute(db);

    let changed = 0;
    const sweep = await timeRuns(RUNS, async () => {
      await reset();
      return async () => {
        changed = await sweepLights(ctx, sweepAt);
      };
    });
    let idleChanged = -1;
    const idle = await timeRuns(RUNS, async () => async () => {
      idleChanged = await sweepLights(ctx, sweepAt);
    });
    const count = await timeRuns(RUNS, async () => () => sql`SELECT count(*) FROM cases`.execute(db));
    if (changed !== Math.floor(CASES / every) || idleChanged !== 0)
      throw new Error(`sweep changed ${changed} (expected ${Math.floor(CASES / every)}), then ${idleChanged} (expected 0)`);
    return [
      {
        name: `light sweep, ${CASES.toLocaleString('en')} open cases, ${changed.toLocaleString('en')} change`,
        figure: sweep.median,
        figureMin: sweep.min,
        unit: 'ms',
        baselineName: 'count(*)',
        baseline: count.median,
        baselineMin: count.min,
        baselineUnit: 'ms',
        ratio: sweep.median / count.median,
        aim: '< 10 s',
        met: sweep.median < 10_000,
      },
      {
        name: `light sweep, ${CASES.toLocaleString('en')} open cases, none due`,
        figure: idle.median,
        figureMin: idle.min,
        unit: 'ms',
        baselineName: 'count(*)',
        baseline: count.median,
        baselineMin: count.min,
        baselineUnit: 'ms',
        ratio: idle.median / count.median,
        aim: '< 1 s',
        met: idle.median < 1000,
      },
    ];
  } finally {
    await database.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows(await benchLights(requireDatabaseUrl()));
}
