import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { Config } from '../../src/server/config';
import { loadConfig } from '../../src/server/config';
import type { AppContext } from '../../src/server/context';
import { createContext, createLogger } from '../../src/server/runtime';
import { registerJobs, ROUTES } from '../../src/server/modules';
import { buildApp } from '../../src/server/platform/http/app';
import type { App, RoutesPlugin } from '../../src/server/platform/http/types';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts';
import { runSeed, type DemoSeeder } from '../../src/server/seed/seed';
import { openTestDatabase } from './test-db';

export interface Session {
  cookie: string;
  csrf: string;
  me: Record<string, unknown>;
}

export interface TestApp {
  app: App;
  ctx: AppContext;
  /** Signs a demo account in and returns its cookie and CSRF token. */
  login(username: string, password?: string): Promise<Session>;
  /** A request as `session` (or anonymous), with the CSRF header on state-changing methods. */
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    opts?: { session?: Session | null; body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The whole API on a fresh database with the demo accounts (and, when asked, the modules' demo data),
 * driven through Fastify's inject: real routes, real SQL, no network.
 */
export async function createTestApp(
  opts: { config?: Partial<Record<string, string>>; demoSeeders?: DemoSeeder[]; routes?: RoutesPlugin[] } = {},
): Promise<TestApp> {
  // Files and keys go to a directory of this app's own, removed on close: the default (./data) is
  // the checkout's, where one test's uploads and keys would meet another's.
  const dataDir = opts.config?.TONGBAN_DATA_DIR ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-test-'));
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    TONGBAN_JOBS: '0',
    LOG_LEVEL: 'silent',
    ...(dataDir ? { TONGBAN_DATA_DIR: dataDir } : {}),
    ...opts.config,
  });
  // The statement timeout only where a test sets it: a loaded CI machine should not fail the others.
  const database = await openTestDatabase({ statementTimeoutMs: opts.config?.TONGBAN_STATEMENT_TIMEOUT_MS ? config.statementTimeoutMs : 0 });
  const ctx = createContext(config, database, createLogger(config));
  await runSeed(ctx, { demo: true, demoSeeders: opts.demoSeeders ?? [] });
  await registerJobs(ctx);
  const app = await buildApp({ ctx, routes: [...ROUTES, ...(opts.routes ?? [])] });

  const call: TestApp['call'] = (method, url, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.session) {
      headers.cookie = o.session.cookie;
      if (method !== 'GET') headers['x-csrf-token'] ??= o.session.csrf;
    }
    return app.inject({ method, url, headers, ...(o.body !== undefined ? { payload: o.body as object } : {}) });
  };

  return {
    app,
    ctx,
    call,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'tb_session');
      if (!cookie) throw new Error('no session cookie');
      const me = res.json();
      return { cookie: `tb_session=${cookie.value}`, csrf: me.csrfToken, me };
    },
    async close() {
      await app.close();
      await database.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
