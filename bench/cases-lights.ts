/**
 * Benchmark: the light sweep over 1,000,000 open cases against a plain count(*) of the same table.
 * The cases are generated with one INSERT … SELECT generate_series in a scratch schema, their lines
 * spread over six weeks and ending, like real deadlines, at 23:59:59.999 Asia/Shanghai. The sweep
 * is timed at 00:00:01 after the next midnight — its busiest minute, when every line that ended
 * that day is passed at once — with the sweep's own condition on its index (light_next_at < now),
 * computing each changed case's new light in the same query.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/cases-lights.ts
 */
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { findLightChanges } from '../src/server/modules/cases/cases.queries';
import { seedBase } from '../src/server/seed/seed';
import { median, printRows, requireDatabaseUrl, scratchDatabase, type BenchRow } from './cases-common';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const RUNS = 5;

/** Times the sweep's query and count(*) over the generated table. */
export async function benchLights(base: string): Promise<BenchRow> {
  const scratch = await scratchDatabase(base, 'tb_bench_lights');
  const database = await openDatabase({ databaseUrl: scratch.url, schema: 'sweep' });
  try {
    await migrate(database);
    const db = database.db;
    await seedBase(db);
    const user = await db.insertInto('users').values({ username: 'bench', password_hash: 'x', display_name: 'bench', roles: ['window_clerk'], department_code: null, region_code: '150200' }).returning('id').executeTakeFirstOrThrow();
    // The next midnight in Asia/Shanghai, and the moment just after it when the sweep runs.
    const midnight = new Date((Math.floor((Date.now() + 8 * 3_600_000) / 86_400_000) + 1) * 86_400_000 - 8 * 3_600_000);
    const generatedAt = new Date(midnight.getTime() - 60_000);
    const sweepAt = new Date(midnight.getTime() + 1000);
    const started = Date.now();
    await sql`
      INSERT INTO cases (case_no, item_code, item_version, item_name, case_kind, status, channel, region_code, department_code, departments,
        applicant_type, applicant_name, applicant_id_type, applicant_id_number, created_by, submitted_at, accepted_at,
        assessment_due, promised_due, statutory_due, light, light_next_at)
      SELECT 'BTBENCH-' || g, '000101019000', 1, '食品经营许可证核发', 'promised', 'routed', 'web', '150203', 'market-regulation', ARRAY['market-regulation'],
        'citizen', '测试', 'resident_id', '11010519491231002X', ${user.id}, d.assessment - interval '5 days', d.assessment - interval '4 days',
        d.assessment, d.promised, d.statutory,
        CASE WHEN ${generatedAt} > d.statutory THEN 'overdue' WHEN ${generatedAt} > d.promised THEN 'red' WHEN ${generatedAt} > d.assessment THEN 'yellow' ELSE 'green' END,
        CASE WHEN ${generatedAt} <= d.assessment THEN d.assessment WHEN ${generatedAt} <= d.promised THEN d.promised WHEN ${generatedAt} <= d.statutory THEN d.statutory END
      FROM generate_series(1, ${CASES}) g,
      LATERAL (SELECT ${midnight}::timestamptz - interval '1 millisecond' + ((g % 42) - 21) * interval '1 day' AS assessment) a,
      LATERAL (SELECT a.assessment, a.assessment + (1 + g % 3) * interval '1 day' AS promised, a.assessment + (6 + g % 7) * interval '1 day' AS statutory) d`.execute(db);
    await sql`VACUUM ANALYZE cases`.execute(db);
    process.stderr.write(`generated ${CASES} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    const time = async (f: () => Promise<unknown>) => {
      const t0 = performance.now();
      await f();
      return performance.now() - t0;
    };
    let changed = 0;
    const sweep: number[] = [];
    const count: number[] = [];
    await findLightChanges(db, sweepAt);
    await sql`SELECT count(*) FROM cases`.execute(db);
    for (let i = 0; i < RUNS; i++) {
      sweep.push(await time(async () => (changed = (await findLightChanges(db, sweepAt)).length)));
      count.push(await time(() => sql`SELECT count(*) FROM cases`.execute(db)));
    }
    const figure = median(sweep);
    const baseline = median(count);
    const ratio = figure / baseline;
    return {
      name: `light sweep, ${CASES.toLocaleString('en')} open cases (${changed.toLocaleString('en')} changed)`,
      figure,
      unit: 'ms',
      baselineName: 'count(*)',
      baseline,
      baselineUnit: 'ms',
      ratio,
      aim: '< 1 s and ≤ 3',
      met: figure < 1000 && ratio <= 3,
    };
  } finally {
    await database.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows([await benchLights(requireDatabaseUrl())]);
}
