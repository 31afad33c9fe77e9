import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { Database } from './db/client';
import type { DB } from './db/types';
import type { JobQueue } from './platform/jobs/queue';
import type { CalendarService } from './platform/calendar/calendar.service';
import type { Clock } from './platform/clock';

/** What the composition root hands every module: config, the database, the job queue, shared services. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  log: FastifyBaseLogger;
  jobs: JobQueue;
  calendar: CalendarService;
  /** Business time for every module (docs/architecture.md, "Time"). */
  clock: Clock;
}
