import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { openTestDatabase } from '../../../../test/helpers/test-db';
import { openDatabase, type Database } from '../../db/client';
import { migrate } from '../../db/migrate';
import { createJobQueue, type Job, type JobQueue } from './queue';
import { HOUSEKEEPING_QUEUE } from './housekeeping';

const quiet = { error: () => undefined, info: () => undefined };

let database: Database & { drop(): Promise<void> };
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.drop());

function queue(): JobQueue {
  return createJobQueue(database.db, quiet, { pollMs: 50 });
}

async function jobsOf(q: string) {
  const rows = await database.db.selectFrom('jobs').selectAll().where('queue', '=', q).orderBy('id').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Seconds from the database's now() to the job's run_at. */
async function secondsUntilRun(id: number): Promise<number> {
  const r = await sql<{ s: number }>`SELECT extract(epoch FROM run_at - now())::float8 AS s FROM jobs WHERE id = ${id}`.execute(database.db);
  return Number(r.rows[0].s);
}

/** Makes a waiting job due now, as if its back-off had elapsed. */
async function makeDue(id: number): Promise<void> {
  await sql`UPDATE jobs SET run_at = now() - interval '1 second' WHERE id = ${id}`.execute(database.db);
}

let n = 0;
/** A queue name of its own per test, so tests never see each other's jobs. */
const qname = (label: string) => `test.${label}.${++n}`;

describe('send, work, tick', () => {
  it('runs a queued job once with its payload and marks it done', async () => {
    const q = queue();
    const name = qname('basic');
    const seen: Job[] = [];
    q.work(name, async (job) => void seen.push(job));
    const id = await q.send(name, { hello: '世界', n: 1 });
    expect(id).toEqual(expect.any(Number));
    expect(await q.tick()).toBe(1);
    expect(seen).toEqual([{ id, queue: name, payload: { hello: '世界', n: 1 }, attempts: 1 }]);
    const [row] = await jobsOf(name);
    expect(row).toMatchObject({ state: 'done', attempts: 1, locked_until: null, last_error: null });
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(await q.tick()).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('leaves jobs of queues this node does not work, and jobs due later, alone', async () => {
    const q = queue();
    const worked = qname('worked');
    const other = qname('other');
    let ran = 0;
    q.work(worked, async () => void ran++);
    await q.send(other, {});
    const later = await q.send(worked, {}, { runAt: new Date(Date.now() + 3_600_000) });
    expect(await q.tick()).toBe(0);
    expect(ran).toBe(0);
    expect((await jobsOf(other))[0].state).toBe('queued');
    await makeDue(later!);
    expect(await q.tick()).toBe(1);
    expect(ran).toBe(1);
  });

  it('a job sent inside a rolled-back transaction never exists; a committed one runs', async () => {
    const q = queue();
    const name = qname('outbox');
    let ran = 0;
    q.work(name, async () => void ran++);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await q.send(name, { x: 1 }, {}, trx);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await jobsOf(name)).toEqual([]);
    await database.db.transaction().execute(async (trx) => void (await q.send(name, { x: 2 }, {}, trx)));
    expect(await q.tick()).toBe(1);
    expect(ran).toBe(1);
  });

  it('start() polls and stop() waits for the running tick', async () => {
    const q = queue();
    const name = qname('loop');
    const done: number[] = [];
    q.work(name, async (job) => {
      await new Promise((r) => setTimeout(r, 20));
      done.push(job.id);
    });
    q.start();
    const id = await q.send(name, {});
    const deadline = Date.now() + 5000;
    while (done.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await q.stop();
    expect(done).toEqual([id]);
    // Stopped: a new job stays queued.
    await q.send(name, {});
    await new Promise((r) => setTimeout(r, 200));
    expect((await jobsOf(name)).map((j) => j.state)).toEqual(['done', 'queued']);
  });
});

describe('retries', () => {
  it('retries with exponential back-off, then fails after max attempts', async () => {
    const q = queue();
    const name = qname('flaky');
    let calls = 0;
    q.work(name, async () => {
      calls++;
      throw new Error(`boom ${calls}`);
    });
    const id = (await q.send(name, {}, { maxAttempts: 3 }))!;

    expect(await q.tick()).toBe(1);
    let [row] = await jobsOf(name);
    expect(row).toMatchObject({ state: 'queued', attempts: 1, last_error: 'boom 1', locked_until: null, finished_at: null });
    let wait = await secondsUntilRun(id);
    expect(wait).toBeGreaterThan(1);
    expect(wait).toBeLessThanOrEqual(2.5);
    // Not due yet: another tick does nothing.
    expect(await q.tick()).toBe(0);
    expect(calls).toBe(1);

    await makeDue(id);
    expect(await q.tick()).toBe(1);
    [row] = await jobsOf(name);
    expect(row).toMatchObject({ state: 'queued', attempts: 2, last_error: 'boom 2' });
    wait = await secondsUntilRun(id);
    expect(wait).toBeGreaterThan(3);
    expect(wait).toBeLessThanOrEqual(4.5);

    await makeDue(id);
    expect(await q.tick()).toBe(1);
    [row] = await jobsOf(name);
    expect(row).toMatchObject({ state: 'failed', attempts: 3, last_error: 'boom 3' });
    expect(row.finished_at).toBeInstanceOf(Date);

    await makeDue(id);
    expect(await q.tick()).toBe(0);
    expect(calls).toBe(3);
  });

  it('a job that succeeds on a retry ends done', async () => {
    const q = queue();
    const name = qname('recovers');
    let calls = 0;
    q.work(name, async () => {
      if (++calls === 1) throw new Error('first time fails');
    });
    const id = (await q.send(name, {}))!;
    await q.tick();
    await makeDue(id);
    await q.tick();
    const [row] = await jobsOf(name);
    expect(row).toMatchObject({ state: 'done', attempts: 2 });
    expect(calls).toBe(2);
  });
});

describe('singletons and schedules', () => {
  it('keeps at most one waiting or running job per singleton key', async () => {
    const q = queue();
    const name = qname('single');
    const first = await q.send(name, { a: 1 }, { singletonKey: 'k' });
    expect(first).toEqual(expect.any(Number));
    expect(await q.send(name, { a: 2 }, { singletonKey: 'k' })).toBeNull();
    expect(await q.send(name, { a: 3 }, { singletonKey: 'other' })).toEqual(expect.any(Number));
    // The same key on another queue is independent.
    expect(await q.send(qname('single-b'), {}, { singletonKey: 'k' })).toEqual(expect.any(Number));
    expect(await jobsOf(name)).toHaveLength(2);

    let ran = 0;
    q.work(name, async () => void ran++);
    expect(await q.tick()).toBe(2);
    // Once done, the key is free again.
    expect(await q.send(name, { a: 4 }, { singletonKey: 'k' })).toEqual(expect.any(Number));
  });

  it('a schedule fires once per interval, even with two nodes ticking', async () => {
    const a = queue();
    const b = queue();
    const name = qname('every');
    const runs: string[] = [];
    a.work(name, async () => void runs.push('a'));
    b.work(name, async () => void runs.push('b'));
    await a.schedule(`sched-${name}`, name, 60, { from: 'schedule' });
    await b.schedule(`sched-${name}`, name, 60, { from: 'schedule' });

    await Promise.all([a.tick(), b.tick()]);
    expect(runs).toHaveLength(1);
    await Promise.all([a.tick(), b.tick()]);
    expect(runs).toHaveLength(1);

    const [s] = await database.db.selectFrom('job_schedules').selectAll().where('name', '=', `sched-${name}`).execute();
    expect(s.every_seconds).toBe(60);
    const next = await sql<{
      s: number;
    }>`SELECT extract(epoch FROM next_run_at - now())::float8 AS s FROM job_schedules WHERE name = ${`sched-${name}`}`.execute(database.db);
    expect(Number(next.rows[0].s)).toBeGreaterThan(55);
    expect(Number(next.rows[0].s)).toBeLessThanOrEqual(61);

    // The interval elapses: exactly one more run.
    await sql`UPDATE job_schedules SET next_run_at = now() - interval '1 second' WHERE name = ${`sched-${name}`}`.execute(database.db);
    await Promise.all([a.tick(), b.tick()]);
    expect(runs).toHaveLength(2);
    const jobs = await jobsOf(name);
    expect(jobs.map((j) => [j.state, j.payload, j.singleton_key])).toEqual([
      ['done', { from: 'schedule' }, `schedule:sched-${name}`],
      ['done', { from: 'schedule' }, `schedule:sched-${name}`],
    ]);
  });

  it('re-registering a schedule (every start) keeps its next run', async () => {
    const q = queue();
    const name = qname('rereg');
    q.work(name, async () => undefined);
    await q.schedule(`sched-${name}`, name, 300);
    expect(await q.tick()).toBe(1);
    await q.schedule(`sched-${name}`, name, 300);
    expect(await q.tick()).toBe(0);
  });
});

describe('crashes and restarts', () => {
  it('a job whose lease ran out (crashed worker) is picked up again; a live lease is respected', async () => {
    const q = queue();
    const name = qname('lease');
    const runs: number[] = [];
    q.work(name, async (job) => void runs.push(job.attempts));
    const crashed = (await q.send(name, { which: 'crashed' }))!;
    const live = (await q.send(name, { which: 'live' }))!;
    await sql`UPDATE jobs SET state = 'active', attempts = 1, locked_until = now() - interval '1 minute' WHERE id = ${crashed}`.execute(database.db);
    await sql`UPDATE jobs SET state = 'active', attempts = 1, locked_until = now() + interval '5 minutes' WHERE id = ${live}`.execute(database.db);

    expect(await q.tick()).toBe(1);
    expect(runs).toEqual([2]);
    const rows = await jobsOf(name);
    expect(rows.find((r) => r.id === crashed)).toMatchObject({ state: 'done', attempts: 2 });
    expect(rows.find((r) => r.id === live)).toMatchObject({ state: 'active', attempts: 1 });
  });

  it('a job queued by one queue instance is run by a new instance on the same database', async () => {
    const name = qname('handover');
    const first = queue();
    const id = await first.send(name, { keep: true });
    await first.stop();
    const second = queue();
    const seen: Job[] = [];
    second.work(name, async (job) => void seen.push(job));
    expect(await second.tick()).toBe(1);
    expect(seen).toEqual([{ id, queue: name, payload: { keep: true }, attempts: 1 }]);
  });

  it('survives a real restart: database closed and reopened, new process state', async () => {
    const restart = await openRestartableDatabase();
    try {
      let db = await restart.open();
      await migrate(db);
      const before = createJobQueue(db.db, quiet, { pollMs: 50 });
      const id = await before.send('test.durable', { n: 42 }, { runAt: new Date(Date.now() - 1000) });
      await before.schedule('durable-schedule', 'test.durable-schedule', 3600);
      await db.close();

      db = await restart.open();
      const after = createJobQueue(db.db, quiet, { pollMs: 50 });
      const seen: Array<[string, unknown]> = [];
      after.work('test.durable', async (job) => void seen.push([job.queue, job.payload]));
      after.work('test.durable-schedule', async (job) => void seen.push([job.queue, job.payload]));
      expect(await after.tick()).toBe(2);
      expect(seen).toEqual(
        expect.arrayContaining([
          ['test.durable', { n: 42 }],
          ['test.durable-schedule', {}],
        ]),
      );
      const row = await db.db.selectFrom('jobs').select('state').where('id', '=', id!).executeTakeFirstOrThrow();
      expect(row.state).toBe('done');
      await db.close();
    } finally {
      await restart.cleanup();
    }
  });
});

/**
 * A database that can be closed and opened again as a restarted server would: a PGlite data
 * directory on disk, or a schema of its own on the PostgreSQL of DATABASE_URL.
 */
async function openRestartableDatabase(): Promise<{ open(): Promise<Database>; cleanup(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-jobs-'));
    return {
      open: () => openDatabase({ pgliteDir: path.join(dir, 'pg') }),
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `t_restart_${randomBytes(4).toString('hex')}`;
  return {
    open: () => openDatabase({ databaseUrl: url, schema, poolSize: 2 }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

describe('housekeeping', () => {
  let t: TestApp;
  beforeEach(async () => {
    t ??= await createTestApp();
  });
  afterAll(() => t?.close());

  it('the scheduled job deletes expired sessions and keeps live ones', async () => {
    const live = await t.login('citizen');
    await t.login('clerk');
    await t.login('reviewer');
    await t.ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('user_id', '!=', String(live.me.id))
      .execute();
    expect((await t.ctx.db.selectFrom('sessions').select('id').execute()).length).toBe(3);

    const ran = await t.ctx.jobs.tick();
    expect(ran).toBeGreaterThanOrEqual(1);
    const left = await t.ctx.db.selectFrom('sessions').select('user_id').execute();
    expect(left.map((s) => s.user_id)).toEqual([live.me.id]);
    const job = await t.ctx.db.selectFrom('jobs').selectAll().where('queue', '=', HOUSEKEEPING_QUEUE).execute();
    expect(job).toHaveLength(1);
    expect(job[0].state).toBe('done');
    expect((await t.call('GET', '/api/v1/me', { session: live })).statusCode).toBe(200);
  });
});
