import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/helpers/test-db';
import { appendEvent, appendEvents, findChainEvents, verifyChain } from './events.repository';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.drop());

describe('bulk event append', () => {
  it('appends many events over several chains (and several per chain) as one chain would, one by one', async () => {
    const db = database.db;
    await db.transaction().execute((trx) => appendEvent(trx, { chain: 'bulk:a', action: 'test.first' }));
    const events = [
      { chain: 'bulk:a', action: 'test.step', data: { i: 1 } },
      { chain: 'bulk:b', action: 'test.step', data: { i: 2 } },
      { chain: 'bulk:a', action: 'test.step', data: { i: 3 } },
      { chain: 'bulk:c', action: 'test.step', data: { i: 4 } },
      { chain: 'bulk:a', action: 'test.step', data: { i: 5 } },
    ];
    const out = await db.transaction().execute((trx) => appendEvents(trx, events));
    expect(out.map((o) => o.seq)).toEqual([2, 1, 3, 1, 4]);
    for (const chain of ['bulk:a', 'bulk:b', 'bulk:c']) expect((await verifyChain(db, chain)).problems).toEqual([]);
    expect((await findChainEvents(db, 'bulk:a')).map((e) => (e.data as { i?: number }).i ?? 0)).toEqual([0, 1, 3, 5]);
    // The head moved to the last event: the next single append links to it.
    await db.transaction().execute((trx) => appendEvent(trx, { chain: 'bulk:a', action: 'test.after' }));
    expect((await verifyChain(db, 'bulk:a')).rows).toBe(5);
  });

  it('appends nothing for an empty list', async () => {
    await expect(database.db.transaction().execute((trx) => appendEvents(trx, []))).resolves.toEqual([]);
  });
});
