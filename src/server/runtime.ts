import path from 'node:path';
import pino from 'pino';
import type { Config } from './config';
import type { AppContext } from './context';
import { openDatabase, type Database } from './db/client';
import { createCalendarService } from './platform/calendar/calendar.service';
import { startedClock, systemClock } from './platform/clock';
import { logSerializers } from './platform/http/log-redact';
import { createJobQueue } from './platform/jobs/queue';

/**
 * What every process that opens the database makes — the server (main.ts), the CLI's commands,
 * tests and benchmarks: the logger, the configured database and the context. Apart from the
 * server's routes and modules, so that a CLI command that only needs the database does not load
 * them (docs/decisions.md D13).
 */

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
