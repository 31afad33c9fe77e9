import path from 'node:path';
import pino from 'pino';
import type { Config } from './config';
import { startedClock, systemClock } from './platform/clock';
import type { AppContext } from './context';
import { openDatabase, type Database } from './db/client';
import { migrate } from './db/migrate';
import { DEMO_SEEDERS, registerJobs, ROUTES } from './modules';
import { WEB_DIST } from './paths';
import { createCalendarService } from './platform/calendar/calendar.service';
import { buildApp } from './platform/http/app';
import { logSerializers } from './platform/http/log-redact';
import type { App } from './platform/http/types';
import { createJobQueue } from './platform/jobs/queue';
import { runSeed } from './seed/seed';

/** Makes the JSON logger; cookies, CSRF tokens, passwords, phone numbers and ID tails in URLs never reach the log. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream) {
  return pino(
    {
      level: config.logLevel,
      serializers: logSerializers,
      redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'password', '*.password'], censor: '[redacted]' },
    },
    destination,
  );
}

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite under the data dir. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, 'pg'),
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
}

/** Context for an opened database: calendar, job queue, logger. */
export function createContext(config: Config, database: Database, log: pino.Logger): AppContext {
  return {
    config,
    database,
    db: database.db,
    log,
    jobs: createJobQueue(database.db, log, { pollMs: config.jobPollMs }),
    calendar: createCalendarService(database.db),
    clock: config.clockStart ? startedClock(config.clockStart) : systemClock(),
  };
}

export interface RunningServer {
  app: App;
  ctx: AppContext;
  url: string;
  close(): Promise<void>;
}

/** Composition root: config → db → migrate → seed → modules → listen. */
export async function startServer(config: Config, opts: { webDir?: string } = {}): Promise<RunningServer> {
  const log = createLogger(config);
  const started = Date.now();
  const database = await openConfiguredDatabase(config);
  const applied = await migrate(database);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const ctx = createContext(config, database, log);
  if (config.clockStart) log.warn({ clockStart: config.clockStart.toISOString() }, 'training clock: "now" is not the system time');
  await runSeed(ctx, { demo: config.demo, demoSeeders: DEMO_SEEDERS });
  await registerJobs(ctx);
  const app = await buildApp({ ctx, routes: ROUTES, webDir: opts.webDir ?? WEB_DIST, log });
  const url = await app.listen({ port: config.port, host: config.host });
  if (config.jobs) ctx.jobs.start();
  log.info({ url, db: database.kind, demo: config.demo, ms: Date.now() - started }, 'Tongban is ready / 通办已启动');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await app.close();
      await ctx.jobs.stop();
      await database.close();
    })());
  return { app, ctx, url, close };
}
