import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/helpers/test-db';
import { hitLimit } from './rate-limit';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.drop());

describe('the rate limiter counts a sliding window', () => {
  const WINDOW = 300;
  const windowStart = Date.UTC(2026, 11, 2, 6, 0, 0); // a multiple of five minutes

  it('a burst straddling a window boundary is counted whole', async () => {
    let last = 0;
    for (let i = 0; i < 20; i++) last = (await hitLimit(database.db, 'test:burst', WINDOW, new Date(windowStart + 299_000))).hits;
    expect(last).toBe(20);
    for (let i = 0; i < 12; i++) last = (await hitLimit(database.db, 'test:burst', WINDOW, new Date(windowStart + 300_500))).hits;
    // 12 in the new window + 20 × (1 − 0.5 s / 300 s), rounded up.
    expect(last).toBe(12 + 20);
  });

  it('the previous window weighs less as the current one goes on, and not at all after it', async () => {
    for (let i = 0; i < 10; i++) await hitLimit(database.db, 'test:decay', WINDOW, new Date(windowStart + 10_000));
    expect((await hitLimit(database.db, 'test:decay', WINDOW, new Date(windowStart + 300_000 + 150_000))).hits).toBe(1 + 5);
    // The first window's ten no longer count; the hit at 450 s, 151 s ago, still does.
    expect((await hitLimit(database.db, 'test:decay', WINDOW, new Date(windowStart + 600_000 + 1_000))).hits).toBe(1 + 1);
    expect((await hitLimit(database.db, 'test:decay', WINDOW, new Date(windowStart + 900_000 + 1_000))).hits).toBe(1 + 1);
    expect((await hitLimit(database.db, 'test:decay', WINDOW, new Date(windowStart + 1_500_000))).hits).toBe(1 + 0);
  });
});
