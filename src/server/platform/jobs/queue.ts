import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types';

export interface Job {
  id: number;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export type JobHandler = (job: Job) => Promise<void>;

export interface SendOptions {
  runAt?: Date;
  /** At most one queued or running job per (queue, singletonKey). */
  singletonKey?: string;
  maxAttempts?: number;
}

export interface JobQueue {
  /** Queues a job; inside `trx` it commits with the caller's change (an outbox). Null when a singleton already waits. */
  send(queue: string, payload?: Record<string, unknown>, opts?: SendOptions, trx?: Transaction<DB>): Promise<number | null>;
  /** Handles jobs of a queue on this node. */
  work(queue: string, handler: JobHandler): void;
  /** A recurring job: every `everySeconds`, one job on `queue` (kept across restarts in job_schedules). */
  schedule(name: string, queue: string, everySeconds: number, payload?: Record<string, unknown>): Promise<void>;
  /** Fires due schedules and runs due jobs once; returns how many jobs ran. Tests call it directly. */
  tick(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Queues a job through `db` — inside a transaction it commits with the caller's change (an
 * outbox). For code that holds a transaction but not the queue (a record's observer); everything
 * else uses `JobQueue.send`. Null when a singleton already waits.
 */
export async function enqueue(
  db: Kysely<DB> | Transaction<DB>,
  queue: string,
  payload: Record<string, unknown> = {},
  o: SendOptions = {},
): Promise<number | null> {
  const r = await sql<{ id: number }>`
    INSERT INTO jobs (queue, payload, run_at, singleton_key, max_attempts)
    VALUES (${queue}, ${JSON.stringify(payload)}::jsonb, ${o.runAt ?? new Date()}, ${o.singletonKey ?? null}, ${o.maxAttempts ?? 5})
    ON CONFLICT (queue, singleton_key) WHERE singleton_key IS NOT NULL AND state IN ('queued', 'active') DO NOTHING
    RETURNING id`.execute(db);
  return r.rows[0]?.id ?? null;
}

const LEASE_SECONDS = 300;
const BATCH = 10;

interface Logger {
  error(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
}

/**
 * A durable job queue on PostgreSQL (the SKIP LOCKED pattern pg-boss uses; pg-boss 12 needs Node 22,
 * we run on Node 20). Jobs and schedules are rows, so they survive restarts and any number of nodes
 * can work the same queues: a claimed job is leased, and a lease that runs out (a crashed node)
 * makes the job claimable again.
 */
export function createJobQueue(db: Kysely<DB>, log: Logger, opts: { pollMs: number }): JobQueue {
  const handlers = new Map<string, JobHandler>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  function send(queue: string, payload: Record<string, unknown> = {}, o: SendOptions = {}, trx?: Transaction<DB>) {
    return enqueue(trx ?? db, queue, payload, o);
  }

  async function fireSchedules() {
    const due = await sql<{ name: string; queue: string; payload: Record<string, unknown> }>`
      UPDATE job_schedules SET next_run_at = now() + make_interval(secs => every_seconds)
      WHERE next_run_at <= now() RETURNING name, queue, payload`.execute(db);
    for (const s of due.rows) await send(s.queue, s.payload, { singletonKey: `schedule:${s.name}` });
  }

  async function claim(): Promise<Job[]> {
    const queues = [...handlers.keys()];
    if (queues.length === 0) return [];
    const r = await sql<Job>`
      UPDATE jobs SET state = 'active', attempts = attempts + 1, locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
      WHERE id IN (
        SELECT id FROM jobs
        WHERE queue = ANY(${queues}::text[])
          AND ((state = 'queued' AND run_at <= now()) OR (state = 'active' AND locked_until < now()))
        ORDER BY run_at LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, queue, payload, attempts`.execute(db);
    return r.rows;
  }

  async function runJob(job: Job) {
    const handler = handlers.get(job.queue);
    try {
      if (!handler) throw new Error(`no handler for queue ${job.queue}`);
      await handler(job);
      await db.updateTable('jobs').set({ state: 'done', finished_at: new Date(), locked_until: null }).where('id', '=', job.id).execute();
    } catch (err) {
      log.error({ err, jobId: job.id, queue: job.queue }, 'job failed');
      // Exponential back-off: 2, 4, 8 … seconds, capped at an hour.
      const delay = Math.min(3600, 2 ** job.attempts);
      await sql`
        UPDATE jobs SET
          state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
          run_at = now() + make_interval(secs => ${delay}),
          locked_until = NULL,
          last_error = ${String((err as Error)?.message ?? err).slice(0, 2000)},
          finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE NULL END
        WHERE id = ${job.id}`.execute(db);
    }
  }

  async function tick(): Promise<number> {
    await fireSchedules();
    let ran = 0;
    for (;;) {
      const jobs = await claim();
      if (jobs.length === 0) return ran;
      for (const job of jobs) await runJob(job);
      ran += jobs.length;
    }
  }

  function loop() {
    running = tick()
      .catch((err) => log.error({ err }, 'job tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, opts.pollMs);
      });
  }

  return {
    send,
    work: (queue, handler) => void handlers.set(queue, handler),
    schedule: async (name, queue, everySeconds, payload = {}) => {
      await db
        .insertInto('job_schedules')
        .values({ name, queue, every_seconds: everySeconds, payload: JSON.stringify(payload) })
        .onConflict((oc) => oc.column('name').doUpdateSet({ queue, every_seconds: everySeconds, payload: JSON.stringify(payload) }))
        .execute();
    },
    tick,
    start: () => {
      if (!stopped) return;
      stopped = false;
      loop();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
