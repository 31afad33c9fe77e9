import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';

/**
 * A heavy request whose client goes away — while it runs or while it waits for a slot — gives its
 * slot back. Over a real socket (inject cannot hang up): a load generator stopping mid-run once left
 * every slot taken, and the node answered no list again.
 */
let t: TestApp;
let url: string;
let supervisor: Session;
beforeAll(async () => {
  t = await createTestApp({ config: { TONGBAN_HEAVY_CONCURRENCY: '1', TONGBAN_HEAVY_WAIT_MS: '2000' } });
  supervisor = await t.login('supervisor');
  url = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t?.close());

const list = (signal?: AbortSignal) => fetch(`${url}/api/v1/cases?pageSize=20`, { headers: { cookie: supervisor.cookie }, signal });

describe('the heavy-request gate and clients that hang up', () => {
  it('frees the slots of requests aborted while running or waiting', async () => {
    for (let round = 0; round < 5; round++) {
      const aborts = Array.from({ length: 12 }, () => {
        const c = new AbortController();
        const p = list(c.signal).catch(() => undefined);
        setTimeout(() => c.abort(), 1 + (round % 3));
        return p;
      });
      await Promise.all(aborts);
    }
    // Let the server finish the aborted handlers.
    await new Promise((r) => setTimeout(r, 300));
    const res = await list(AbortSignal.timeout(5_000));
    expect(res.status).toBe(200);
  }, 30_000);
});
