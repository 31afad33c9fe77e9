import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/helpers/test-db';
import { appendEvent, appendEvents, appendNewChains, findChainEvents, verifyChain, type NewEvent } from './events.repository';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.drop());

class Rollback extends Error {}

describe('appending new chains in bulk', () => {
  const at = (i: number) => new Date(Date.UTC(2026, 2, 1, 1, i));
  const events: NewEvent[] = [
    {
      chain: 'load:a',
      action: 'case.submit',
      actorName: '王晓明',
      subjectType: 'case',
      subjectId: 'a',
      regionCode: '150203',
      data: { from: null, to: 'submitted' },
      at: at(1),
    },
    { chain: 'load:b', action: 'case.submit', actorName: '李娜', data: { note: '窗口' }, at: at(2) },
    { chain: 'load:a', action: 'case.accept', actorName: '李娜', data: { from: 'submitted', to: 'accepted', version: 2 }, at: at(3) },
    { chain: 'load:a', action: 'case.route', actorName: '陈静', data: { departments: ['market-regulation'] }, at: at(4) },
  ];

  it('writes the rows appendEvents writes, and moves every head to its last event', async () => {
    const db = database.db;
    // What the engine's appender writes for the same events, in a transaction rolled back.
    let expected: Array<{ chain: string; seq: number; hash: string }> = [];
    await db
      .transaction()
      .execute(async (trx) => {
        await appendEvents(trx, events);
        expected = await trx.selectFrom('events').select(['chain', 'seq', 'hash']).where('chain', 'like', 'load:%').orderBy('chain').orderBy('seq').execute();
        throw new Rollback();
      })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    expect(expected).toHaveLength(4);

    await db.transaction().execute((trx) => appendNewChains(trx, events));
    const written = await db.selectFrom('events').select(['chain', 'seq', 'hash']).where('chain', 'like', 'load:%').orderBy('chain').orderBy('seq').execute();
    expect(written.map((r) => ({ ...r, seq: Number(r.seq) }))).toEqual(expected.map((r) => ({ ...r, seq: Number(r.seq) })));
    for (const chain of ['load:a', 'load:b']) expect((await verifyChain(db, chain)).problems).toEqual([]);
    // The head is where the engine continues: the next single append links to it.
    await db.transaction().execute((trx) => appendEvent(trx, { chain: 'load:a', action: 'case.review' }));
    expect((await findChainEvents(db, 'load:a')).map((e) => e.action)).toEqual(['case.submit', 'case.accept', 'case.route', 'case.review']);
    expect((await verifyChain(db, 'load:a')).problems).toEqual([]);
  });

  it('refuses a chain that exists already', async () => {
    await expect(database.db.transaction().execute((trx) => appendNewChains(trx, [{ chain: 'load:b', action: 'again' }]))).rejects.toThrow();
  });
});

describe('a first event said to open its chain (opensChain)', () => {
  it('starts the chain at the genesis as an ordinary append does, without looking for the head first', async () => {
    const db = database.db;
    const e: NewEvent = {
      chain: 'opens:a',
      action: 'queue_ticket.take',
      actorName: '自助取号机',
      data: { number: 'A001' },
      at: new Date(Date.UTC(2026, 2, 2)),
    };
    let plain = '';
    await db
      .transaction()
      .execute(async (trx) => {
        plain = (await appendEvent(trx, e)).hash;
        throw new Rollback();
      })
      .catch((err) => {
        if (!(err instanceof Rollback)) throw err;
      });
    const opened = await db.transaction().execute((trx) => appendEvent(trx, { ...e, opensChain: true }));
    expect(opened).toMatchObject({ seq: 1, hash: plain });
    // The head was created at the first event (migration 0071), and the next append follows it.
    const head = await db.selectFrom('chain_heads').select(['seq', 'hash']).where('chain', '=', 'opens:a').executeTakeFirstOrThrow();
    expect({ seq: Number(head.seq), hash: head.hash }).toEqual({ seq: 1, hash: plain });
    expect((await db.transaction().execute((trx) => appendEvent(trx, { chain: 'opens:a', action: 'queue_ticket.call' }))).seq).toBe(2);
    expect((await verifyChain(db, 'opens:a')).problems).toEqual([]);
  });

  it('follows the head as usual when the chain existed after all', async () => {
    const db = database.db;
    await db.transaction().execute((trx) => appendEvent(trx, { chain: 'opens:b', action: 'first' }));
    const second = await db.transaction().execute((trx) => appendEvent(trx, { chain: 'opens:b', action: 'second', opensChain: true }));
    expect(second.seq).toBe(2);
    expect((await findChainEvents(db, 'opens:b')).map((x) => x.action)).toEqual(['first', 'second']);
    expect((await verifyChain(db, 'opens:b')).problems).toEqual([]);
  });
});
