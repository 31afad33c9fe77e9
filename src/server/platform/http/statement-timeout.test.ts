import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { openTestDatabase } from '../../../../test/helpers/test-db';
import { migrate } from '../../db/migrate';
import type { RoutesPlugin } from './types';

/** Routes that stand for a runaway read: one sleeps in the database, one fails the way a cancelled statement does. */
const routes: RoutesPlugin = (app, ctx) => {
  app.get('/test/slow-read', async () => {
    await sql`SELECT pg_sleep(2)`.execute(ctx.db);
    return { ok: true };
  });
  app.get('/test/cancelled', async () => {
    throw Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
  });
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ routes: [routes], config: { TONGBAN_STATEMENT_TIMEOUT_MS: '300' } });
});
afterAll(() => t?.close());

describe('statement timeout (TONGBAN_STATEMENT_TIMEOUT_MS)', () => {
  it('answers a cancelled statement with 503 QUERY_TIMEOUT, in Chinese and English', async () => {
    const zh = await t.call('GET', '/test/cancelled');
    expect(zh.statusCode).toBe(503);
    expect(zh.json()).toMatchObject({ code: 'QUERY_TIMEOUT', message: expect.stringContaining('查询耗时过长') });
    const en = await t.call('GET', '/test/cancelled', { headers: { 'accept-language': 'en-US' } });
    expect(en.json().message).toMatch(/took too long/);
  });

  // PGlite runs one statement at a time in a single process and has no timer to cancel it; the
  // timeout is PostgreSQL's (CI runs this file on both).
  it.runIf(Boolean(process.env.DATABASE_URL))('PostgreSQL cancels a statement past the limit and the connection serves the next request', async () => {
    const started = Date.now();
    const slow = await t.call('GET', '/test/slow-read');
    expect(slow.statusCode).toBe(503);
    expect(slow.json().code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((await t.call('GET', '/readyz')).statusCode).toBe(200);
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('a migration may run longer than the limit', async () => {
    const database = await openTestDatabase({ statementTimeoutMs: 300 });
    try {
      await expect(sql`SELECT pg_sleep(0.6)`.execute(database.db)).rejects.toMatchObject({ code: '57014' });
      expect(await migrate(database, [{ version: '9999_slow', sql: 'SELECT pg_sleep(0.6);' }])).toEqual(['9999_slow']);
    } finally {
      await database.drop();
    }
  });
});
