import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { FOOD_FORM, FOOD_PERMIT, PDF } from '../../../../test/factories/cases';
import { migratedPgliteDir } from '../../../../test/helpers/test-db';
import { REPO_ROOT } from '../../paths';
import { DEMO_PASSWORD } from '../../seed/demo-accounts';

/**
 * Kills the real server (`tongban start`, its own data directory or scratch database) with SIGKILL
 * in the middle of a load of submissions, restarts it, and checks that every submission that got a
 * 201 is there exactly once and that the event chains verify.
 */

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-crash-'));
const scratchDb = `tb_crash_${randomBytes(4).toString('hex')}`;
let server: ChildProcess | undefined;
let log = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function databaseUrl(): string | undefined {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const u = new URL(base);
  u.pathname = `/${scratchDb}`;
  return u.toString();
}

async function start(port: number): Promise<string> {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TONGBAN_DATA_DIR: dataDir,
    TONGBAN_DEMO: '1',
    // The demo accounts, not the demo cases: the demo job would add the citizen's own cases to
    // the count, as many as it made before the kill.
    TONGBAN_JOBS: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl() ?? '',
  };
  server = spawn(process.execPath, ['bin/tongban.js', 'start'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}:\n${log.slice(-3000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start:\n${log.slice(-3000)}`);
}

function stop(signal: NodeJS.Signals): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

interface Client {
  cookie: string;
  csrf: string;
}

async function login(url: string, username: string): Promise<Client> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('tb_session='))!
    .split(';')[0];
  return { cookie, csrf: (await res.json()).csrfToken };
}

function call(url: string, c: Client, method: string, p: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}${p}`, {
    method,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

afterAll(async () => {
  await stop('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${scratchDb} WITH (FORCE)`);
    await admin.end();
  }
});

describe('crash in the middle of submissions', () => {
  it('keeps every acknowledged submission exactly once, and the chains verify', { timeout: 600_000 }, async () => {
    if (process.env.DATABASE_URL) {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${scratchDb}`);
      await admin.end();
    }
    // The run's migrated template (test/helpers/pglite-template.ts) as the data directory: this test
    // is about the crash, not about a first start's initdb and migrations (main.test.ts covers that).
    if (!process.env.DATABASE_URL) await migratedPgliteDir(path.join(dataDir, 'pg'));
    let url = await start(await freePort());
    let citizen = await login(url, 'citizen');
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'material.pdf');
    const up = await fetch(`${url}/api/v1/files`, { method: 'POST', headers: { cookie: citizen.cookie, 'x-csrf-token': citizen.csrf }, body: form });
    expect(up.status).toBe(201);
    const fileId = (await up.json()).fileId as string;
    const body = { itemCode: FOOD_PERMIT, form: FOOD_FORM, materials: [1, 2, 3, 4, 5].map((n) => ({ materialCode: `${FOOD_PERMIT}M0${n}`, fileId })) };

    const acknowledged = new Map<string, string>();
    const keys = Array.from({ length: 400 }, (_, i) => `crash-${i}`);
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < keys.length && !killed) {
        const key = keys[next++];
        try {
          const res = await call(url, citizen, 'POST', '/api/v1/cases', body, { 'idempotency-key': key });
          if (res.status === 201) acknowledged.set(key, (await res.json()).id);
        } catch {
          // the server died under this request: not acknowledged
        }
        if (!killed && acknowledged.size >= 60) {
          killed = true;
          await stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);

    url = await start(await freePort());
    citizen = await login(url, 'citizen');
    for (const [, id] of acknowledged) {
      const res = await call(url, citizen, 'GET', `/api/v1/cases/${id}`);
      expect(res.status).toBe(200);
    }
    // Retrying every key after the crash: acknowledged ones replay their case, the rest create theirs.
    const sent = keys.slice(0, next);
    for (const key of sent) {
      const res = await call(url, citizen, 'POST', '/api/v1/cases', body, { 'idempotency-key': key });
      expect(res.status).toBe(201);
      const id = (await res.json()).id;
      if (acknowledged.has(key)) expect(id).toBe(acknowledged.get(key));
    }
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const res = await (await call(url, citizen, 'GET', `/api/v1/cases?pageSize=100&page=${page}`)).json();
      ids.push(...res.items.map((c: { id: string }) => c.id));
      if (page * 100 >= res.total) break;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(sent.length);
    for (const id of acknowledged.values()) expect(ids.filter((x) => x === id)).toHaveLength(1);

    const admin = await login(url, 'admin');
    const verify = await (await call(url, admin, 'POST', '/api/v1/audit/verify', {})).json();
    expect(verify.broken).toEqual([]);
    expect(verify.ok).toBe(true);
    await stop('SIGTERM');
  });
});
