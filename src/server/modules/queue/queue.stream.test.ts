import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_HALL, createAppointmentsTestApp, shanghai } from '../../../../test/factories/appointments';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { hallSubscribers } from './queue.stream';

/**
 * The hall screen's stream over a real socket: the snapshot first, then an event per take and call,
 * a change notified from another connection (another node) reaching it, heartbeats, and nothing
 * left behind once the screen goes away.
 */

let t: TestApp & { setNow(d: Date): void };
let clerk: Session;
let base: string;

beforeAll(async () => {
  t = await createAppointmentsTestApp(shanghai('2026-03-16T09:30'), { TONGBAN_QUEUE_HEARTBEAT_SECONDS: '1', TONGBAN_QUEUE_TAKE_LIMIT: '1000' });
  clerk = await t.login('clerk');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(() => t.close());

interface Received {
  event: string;
  data: Record<string, unknown>;
}

/** Opens the stream; collects its events and comments until closed. */
function openStream(path: string, lang = 'zh-CN') {
  const events: Received[] = [];
  const comments: string[] = [];
  let buffer = '';
  let status = 0;
  let contentType = '';
  let headers: http.IncomingHttpHeaders = {};
  const req = http.get(`${base}${path}`, { headers: { 'accept-language': lang } }, (res) => {
    status = res.statusCode ?? 0;
    contentType = String(res.headers['content-type']);
    headers = res.headers;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (block.startsWith(':')) comments.push(block);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
      }
    });
  });
  req.on('error', () => undefined);
  return {
    events,
    comments,
    status: () => status,
    contentType: () => contentType,
    headers: () => headers,
    close: () => req.destroy(),
  };
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the hall screen stream', () => {
  it('sends a snapshot, then each take and call as it happens; heartbeats; closes cleanly when the screen goes', async () => {
    const s = openStream(`/api/v1/queue/places/${CITY_HALL}/stream`);
    await until(() => s.events.length >= 1);
    expect([s.status(), s.contentType()]).toEqual([200, 'text/event-stream; charset=utf-8']);
    expect(s.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(s.headers()['x-content-type-options']).toBe('nosniff');
    const snapshot = s.events[0];
    expect(snapshot.event).toBe('snapshot');
    expect(snapshot.data).toMatchObject({ type: 'snapshot', place: { code: CITY_HALL, name: '包头市政务服务中心' }, date: '2026-03-16' });
    expect((snapshot.data.windows as { code: string }[]).map((w) => w.code)).toContain('A01');
    expect((snapshot.data.windows as { code: string }[]).map((w) => w.code)).not.toContain('F01');
    expect(snapshot.data.groups).toContainEqual({ group: 'A', waiting: 0 });
    expect(hallSubscribers(t.ctx)).toBe(1);

    const taken = await t.call('POST', '/api/v1/queue/tickets', { body: { place: CITY_HALL, group: 'A' } });
    await until(() => s.events.length >= 2);
    expect(s.events[1]).toEqual({
      event: 'take',
      data: {
        type: 'take',
        place: CITY_HALL,
        number: taken.json().number,
        group: 'A',
        fromGroup: null,
        window: null,
        at: expect.any(String),
        waiting: { A: 1 },
      },
    });
    await t.call('POST', `/api/v1/queue/windows/${CITY_HALL}.A05/actions/call_next`, { session: clerk, body: {} });
    await until(() => s.events.length >= 3);
    expect(s.events[2]).toMatchObject({
      event: 'call',
      data: { number: taken.json().number, window: { code: 'A05', name: '综合受理窗口05' }, waiting: { A: 0 } },
    });

    await until(() => s.comments.length >= 1, 3000);
    expect(s.comments[0]).toMatch(/^: heartbeat/);

    s.close();
    await until(() => hallSubscribers(t.ctx) === 0);
  }, 30_000);

  it('hears a change committed through another connection, as from another node', async () => {
    const s = openStream(`/api/v1/queue/places/${CITY_HALL}/stream`, 'en-US');
    await until(() => s.events.length >= 1);
    const message = {
      type: 'recall',
      place: CITY_HALL,
      number: 'A099',
      group: 'A',
      fromGroup: null,
      window: { code: 'A07', nameZh: '综合受理窗口07', nameEn: 'Window A07' },
      at: new Date().toISOString(),
      waiting: { A: 3 },
    };
    const channel = t.ctx.database.channel('tongban_queue');
    if (process.env.DATABASE_URL) {
      const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await other.connect();
      await other.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(message)]);
      await other.end();
    } else {
      await sql`SELECT pg_notify(${channel}, ${JSON.stringify(message)})`.execute(t.ctx.db);
    }
    // Another place's message is not this screen's.
    await sql`SELECT pg_notify(${channel}, ${JSON.stringify({ ...message, place: '150203-DH-01' })})`.execute(t.ctx.db);
    await until(() => s.events.length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(s.events.slice(1)).toEqual([{ event: 'recall', data: { ...message, window: { code: 'A07', name: 'Window A07' } } }]);
    s.close();
    await until(() => hallSubscribers(t.ctx) === 0);
  }, 30_000);

  it('answers 404 for a place that does not exist, leaving nothing open', async () => {
    const res = await t.call('GET', '/api/v1/queue/places/NO-SUCH-PLACE/stream');
    expect(res.statusCode).toBe(404);
    expect(hallSubscribers(t.ctx)).toBe(0);
  });
});
