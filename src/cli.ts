import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './server/config';
import type { AppContext } from './server/context';
import { PgliteBusyError } from './server/db/pglite-lock';
import type { WorkCalendar } from './server/platform/calendar/work-calendar';

// Each command imports only what it needs (dynamic imports below): `tongban validate` must not
// load the server, its routes and the database driver.

const USAGE = `tongban — 包头市一体化在线政务服务平台 / Baotou integrated online government services

Usage:
  tongban start                          migrate, seed, build the web app if needed, serve
  tongban migrate                        apply pending database migrations
  tongban seed [--demo]                  load reference data (and the demo accounts and data)
  tongban calendar add-workdays DATE N   the date N working days after DATE
  tongban calendar count-workdays A B    working days in (A, B]
  tongban calendar day DATE              whether DATE is a working day, and why
  tongban validate id|uscc|mobile VALUE  check a resident ID, credit code or mobile number
  tongban audit verify [--chain NAME]    recompute the audit hash chains and check the latest checkpoint
  tongban simulate [--cases N] [--seed S] [--year YYYY]
                                         generate a city-year of cases with their events, ratings and
                                         rectifications (default 1,000,000 cases, seed 1, this year)
  tongban hotline retrain                retrain the 12345 classifier now and activate it
  tongban hotline evaluate               score the classifier on the hand-written evaluation sets

Configuration comes from the environment (see README "Configuration").`;

function fail(msg: string, code = 1): never {
  process.stderr.write(`${msg}\n`);
  process.exit(code);
}

async function withDatabase<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const [{ createContext, createLogger, openConfiguredDatabase }, { migrate }] = await Promise.all([import('./server/runtime'), import('./server/db/migrate')]);
  const database = await openConfiguredDatabase(config);
  try {
    await migrate(database);
    return await fn(createContext(config, database, createLogger({ logLevel: 'warn' })));
  } finally {
    await database.close();
  }
}

/** The calendar of the configured database (with admin edits); the package's when PGlite is held by a running server. */
async function loadCalendar(): Promise<WorkCalendar> {
  try {
    // Seeded first, so a fresh data directory answers like the server would (not plain Mon–Fri).
    const { seedCalendar } = await import('./server/platform/calendar/calendar.service');
    return await withDatabase(async (ctx) => {
      await seedCalendar(ctx.db);
      return ctx.calendar.get();
    });
  } catch (e) {
    if (!(e instanceof PgliteBusyError)) throw e;
    process.stderr.write('note: the server holds the embedded database; using the built-in State Council schedules\n');
    const { workCalendarFromChineseDays } = await import('./server/platform/calendar/chinese-days-source');
    return workCalendarFromChineseDays();
  }
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      chain: { type: 'string' },
      cases: { type: 'string' },
      seed: { type: 'string' },
      year: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [cmd, sub, a, b] = positionals;
  if (values.help || !cmd) return void process.stdout.write(`${USAGE}\n`);

  switch (cmd) {
    case 'start': {
      const config = loadConfig();
      const [{ startServer }, { createLogger }, { ensureWebBuilt }] = await Promise.all([
        import('./server/main'),
        import('./server/runtime'),
        import('./server/web-build'),
      ]);
      const log = createLogger(config);
      await ensureWebBuilt((m) => log.info(m));
      const server = await startServer(config);
      const shutdown = async (signal: string) => {
        log.info({ signal }, 'shutting down');
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      return;
    }
    case 'migrate': {
      // Not through withDatabase: it migrates first, and this command must report what it applied.
      const [{ openConfiguredDatabase }, { migrate }] = await Promise.all([import('./server/runtime'), import('./server/db/migrate')]);
      const database = await openConfiguredDatabase(loadConfig());
      const applied = await migrate(database).finally(() => database.close());
      return void process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'up to date\n');
    }
    case 'seed': {
      const [{ runSeed }, { DEMO_SEEDERS }] = await Promise.all([import('./server/seed/seed'), import('./server/modules')]);
      await withDatabase((ctx) => runSeed(ctx, { demo: !!values.demo, demoSeeders: DEMO_SEEDERS }));
      return void process.stdout.write(values.demo ? 'reference and demo data loaded\n' : 'reference data loaded\n');
    }
    case 'calendar': {
      const cal = await loadCalendar();
      const date = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : fail('expected a date YYYY-MM-DD / 需要日期 YYYY-MM-DD', 2));
      if (sub === 'add-workdays') {
        const n = Number(b);
        if (!Number.isInteger(n) || n < 0) fail('N must be a whole number ≥ 0 / N 须为非负整数', 2);
        const r = cal.addWorkdays(date(a), n);
        process.stdout.write(`${r.date}\n`);
        if (!r.published) process.stderr.write('warning: the range reaches a year with no published holiday schedule / 区间含未发布节假日安排的年份\n');
        return;
      }
      if (sub === 'count-workdays') return void process.stdout.write(`${cal.countWorkdays(date(a), date(b))}\n`);
      if (sub === 'day') {
        const d = cal.describeDay(date(a));
        return void process.stdout.write(`${a} ${d.workday ? 'workday 工作日' : 'rest day 休息日'} (${d.kind}${d.name ? `, ${d.name}` : ''})\n`);
      }
      return fail(USAGE, 2);
    }
    case 'validate': {
      if (!a && !sub) fail(USAGE, 2);
      const value = a ?? '';
      const [{ checkResidentId }, { checkUscc }, { checkMobile }, { idProblemMessage }] = await Promise.all([
        import('./server/platform/ids/resident-id'),
        import('./server/platform/ids/uscc'),
        import('./server/platform/ids/mobile'),
        import('./server/platform/ids/messages'),
      ]);
      const r = sub === 'id' ? checkResidentId(value) : sub === 'uscc' ? checkUscc(value) : sub === 'mobile' ? checkMobile(value) : fail(USAGE, 2);
      if (r.ok) return void process.stdout.write('valid\n');
      return fail(`invalid: ${idProblemMessage(r.reason, 'zh-CN')} / ${idProblemMessage(r.reason, 'en-US')}`);
    }
    case 'audit': {
      if (sub !== 'verify') fail(USAGE, 2);
      const { runAuditVerify } = await import('./server/platform/audit/audit.cli');
      const r = await withDatabase((ctx) => runAuditVerify(ctx, { chain: values.chain, progress: (line) => process.stderr.write(`${line}\n`) }));
      process.stdout.write(`${r.text}\n`);
      if (!r.ok) process.exit(1);
      return;
    }
    case 'simulate': {
      const whole = (v: string | undefined, fallback: number, min: number, max: number, msg: string) => {
        const n = v === undefined ? fallback : /^\d+$/.test(v) ? Number(v) : NaN;
        return Number.isSafeInteger(n) && n >= min && n <= max ? n : fail(msg, 2);
      };
      const cases = whole(values.cases, 1_000_000, 1, 9_999_999, 'N must be a whole number from 1 to 9,999,999 / N 须为 1 至 9,999,999 之间的整数');
      const seed = whole(values.seed, 1, 0, 2_147_483_647, 'the seed must be a whole number from 0 to 2147483647 / 种子须为 0 至 2147483647 之间的整数');
      const thisYear = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
      const year = whole(values.year, thisYear, 1000, 9999, 'the year must be written YYYY / 年份须为四位数字 YYYY');
      const [{ runSimulation, SimulationRefused }, { progressBar }] = await Promise.all([import('./server/simulate'), import('./server/simulate.progress')]);
      const bar = progressBar(process.stderr, cases);
      const r = await withDatabase((ctx) => runSimulation(ctx, { cases, seed, year, onProgress: bar.update })).catch((e: unknown) => {
        bar.end();
        return e instanceof SimulationRefused ? fail(e.message) : Promise.reject(e);
      });
      bar.end();
      const n = (x: number) => x.toLocaleString('en');
      process.stdout.write(
        `cases ${n(r.cases)} · events ${n(r.events)} · ratings ${n(r.ratings)} · rectifications ${n(r.rectifications)} · ${r.seconds.toFixed(1)} s (${n(Math.round(r.cases / r.seconds))} cases/s)\n` +
          `办件 ${n(r.cases)} · 事件 ${n(r.events)} · 评价 ${n(r.ratings)} · 整改 ${n(r.rectifications)} · 用时 ${r.seconds.toFixed(1)} 秒；案号 ${r.prefix}…，受理期间 ${r.from} – ${r.to}\n`,
      );
      return;
    }
    case 'hotline': {
      const { runHotlineCommand } = await import('./server/modules/hotline');
      const out = await withDatabase((ctx) => runHotlineCommand(ctx, sub));
      return out ? void process.stdout.write(`${out}\n`) : fail(USAGE, 2);
    }
    default:
      fail(USAGE, 2);
  }
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof ConfigError || err instanceof PgliteBusyError) fail(err.message, 1);
  process.stderr.write(`${(err as Error)?.stack ?? err}\n`);
  process.exit(1);
});
