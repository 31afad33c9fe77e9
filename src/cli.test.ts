import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './server/db/client';
import { listMigrations } from './server/db/migrate';
import { acquirePgliteLock } from './server/db/pglite-lock';
import { appendEvent } from './server/platform/audit/events.repository';
import { REPO_ROOT } from './server/paths';
import { DEMO_ACCOUNTS } from './server/seed/demo-accounts';
import { migratedPgliteDir } from '../test/helpers/test-db';

const BIN = path.join(REPO_ROOT, 'bin', 'tongban.js');
const DATABASE_URL = process.env.DATABASE_URL;
const tempDirs: string[] = [];
const schemas: string[] = [];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/tongban.js …` as a separate process, the way a person would. */
function tongban(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.PGOPTIONS;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...base, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A fresh, empty place for the CLI's database: a temp data dir for PGlite, plus, when the suite
 * runs on PostgreSQL, a schema of its own selected through PGOPTIONS. With `migrated`, a PGlite data
 * dir starts from the run's migrated template (test/helpers/pglite-template.ts): a command that is
 * not about migrating skips the seconds a fresh PGlite spends in initdb and seventy migrations;
 * the answer's `migrated` says whether it did (PostgreSQL's schema starts empty).
 */
async function freshTarget(opts: { migrated?: boolean } = {}): Promise<{ env: Record<string, string>; migrated: boolean; open(): Promise<Database> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-cli-'));
  tempDirs.push(dir);
  const pgliteDir = path.join(dir, 'pg');
  const migrated = !DATABASE_URL && !!opts.migrated && (await migratedPgliteDir(pgliteDir));
  if (!DATABASE_URL) return { env: { TONGBAN_DATA_DIR: dir }, migrated, open: () => openDatabase({ pgliteDir }) };
  const schema = `t_cli_${randomBytes(4).toString('hex')}`;
  schemas.push(schema);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    env: { TONGBAN_DATA_DIR: dir, DATABASE_URL, PGOPTIONS: `-c search_path=${schema},public` },
    migrated: false,
    open: () => openDatabase({ databaseUrl: DATABASE_URL, schema, poolSize: 1 }),
  };
}

afterAll(async () => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  if (DATABASE_URL && schemas.length) {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await client.end();
  }
});

// Each run starts Node, tsx and the command's imports (a few seconds on a busy machine).
const SLOW = 240_000;

describe('tongban validate', () => {
  it(
    'accepts a valid resident ID (check character X)',
    async () => {
      expect(await tongban(['validate', 'id', '11010519491231002X'])).toEqual({ code: 0, stdout: 'valid\n', stderr: '' });
    },
    SLOW,
  );

  it(
    'rejects a resident ID with a wrong check character, saying why in both languages',
    async () => {
      const r = await tongban(['validate', 'id', '110105194912310021']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^invalid: /);
      expect(r.stderr).toContain('校验位');
      expect(r.stderr).toMatch(/check character/i);
      expect(r.stderr).toMatch(/expected X/);
    },
    SLOW,
  );

  it(
    'accepts a valid unified social credit code',
    async () => {
      expect(await tongban(['validate', 'uscc', '91350100M000100Y43'])).toEqual({ code: 0, stdout: 'valid\n', stderr: '' });
    },
    SLOW,
  );
});

describe('tongban calendar', () => {
  it(
    'add-workdays 2026-09-30 3 prints 2026-10-10 on a data dir never seeded; count-workdays and the unpublished-year warning',
    async () => {
      // Migrated but without the calendar: the command seeds it first (a fresh directory's
      // migrations are the migrate test's subject, below).
      const target = await freshTarget({ migrated: true });
      expect(await tongban(['calendar', 'add-workdays', '2026-09-30', '3'], target.env)).toEqual({ code: 0, stdout: '2026-10-10\n', stderr: '' });
      expect(await tongban(['calendar', 'count-workdays', '2026-09-30', '2026-10-10'], target.env)).toEqual({ code: 0, stdout: '3\n', stderr: '' });
      const future = await tongban(['calendar', 'add-workdays', '2026-12-30', '2'], target.env);
      expect(future.code).toBe(0);
      expect(future.stdout).toBe('2027-01-01\n');
      expect(future.stderr).toMatch(/no published holiday schedule/);
    },
    SLOW,
  );

  it(
    'falls back to the built-in schedules while a server holds the embedded database',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-cli-busy-'));
      tempDirs.push(dir);
      // This test process plays the running server: it holds the data dir's lock.
      const release = acquirePgliteLock(path.join(dir, 'pg'));
      try {
        const r = await tongban(['calendar', 'add-workdays', '2026-09-30', '3'], { TONGBAN_DATA_DIR: dir });
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('2026-10-10\n');
        expect(r.stderr).toMatch(/holds the embedded database/);
      } finally {
        release();
      }
    },
    SLOW,
  );
});

describe('tongban migrate and seed', () => {
  it(
    'migrate reports the migrations it applied, then that it is up to date',
    async () => {
      const target = await freshTarget();
      const versions = listMigrations().map((m) => m.version);
      expect(await tongban(['migrate'], target.env)).toEqual({ code: 0, stdout: `applied: ${versions.join(', ')}\n`, stderr: '' });
      expect(await tongban(['migrate'], target.env)).toEqual({ code: 0, stdout: 'up to date\n', stderr: '' });
    },
    SLOW,
  );

  it(
    'seed loads reference data only; seed --demo adds the demo accounts',
    async () => {
      const target = await freshTarget({ migrated: true });
      expect(await tongban(['seed'], target.env)).toEqual({ code: 0, stdout: 'reference data loaded\n', stderr: '' });
      let db = await target.open();
      try {
        expect(await db.db.selectFrom('users').select('username').execute()).toEqual([]);
        const regions = await db.db.selectFrom('regions').select('code').execute();
        expect(regions.map((r) => r.code)).toContain('150271');
        expect(await db.db.selectFrom('calendar_years').select('year').where('year', '=', 2026).execute()).toHaveLength(1);
      } finally {
        await db.close();
      }

      expect(await tongban(['seed', '--demo'], target.env)).toEqual({ code: 0, stdout: 'reference and demo data loaded\n', stderr: '' });
      db = await target.open();
      try {
        const users = await db.db.selectFrom('users').select('username').execute();
        expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.username)));
      } finally {
        await db.close();
      }
    },
    SLOW,
  );

  it(
    'a bad configuration exits 1 naming the variable',
    async () => {
      const r = await tongban(['migrate'], { PORT: 'eighty' });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/PORT/);
    },
    SLOW,
  );
});

describe('tongban audit verify', () => {
  it(
    'passes on intact chains, exits 1 naming the chain once a row is rewritten, and refuses an unknown chain',
    async () => {
      const target = await freshTarget({ migrated: true });
      if (!target.migrated) expect((await tongban(['migrate'], target.env)).code).toBe(0);
      let db = await target.open();
      try {
        await db.db.transaction().execute(async (trx) => {
          for (let i = 0; i < 3; i++) await appendEvent(trx, { chain: 'cli-test:1', action: 'test.step', data: { step: i } });
        });
      } finally {
        await db.close();
      }
      const good = await tongban(['audit', 'verify'], target.env);
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(/ok: every chain verifies/);
      expect(good.stderr).toMatch(/checked 1 \/ 1 chains \(100%\)/);

      // Rewriting history needs the guard off (a superuser); the chain no longer verifies.
      db = await target.open();
      try {
        await db.db.transaction().execute(async (trx) => {
          await sql`ALTER TABLE events DISABLE TRIGGER events_no_update`.execute(trx);
          await sql`UPDATE events SET data = '{"step": 99}' WHERE chain = 'cli-test:1' AND seq = 2`.execute(trx);
          await sql`ALTER TABLE events ENABLE TRIGGER events_no_update`.execute(trx);
        });
      } finally {
        await db.close();
      }
      const bad = await tongban(['audit', 'verify'], target.env);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/BROKEN 断链 cli-test:1 /);
      expect(bad.stdout).toMatch(/FAILED: the audit log has been altered/);

      const unknown = await tongban(['audit', 'verify', '--chain', 'no-such:chain'], target.env);
      expect(unknown.code).toBe(1);
      expect(unknown.stdout).toMatch(/no such chain/);
      expect((await tongban(['audit'], target.env)).code).toBe(2);
    },
    SLOW,
  );
});
