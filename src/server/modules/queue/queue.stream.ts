import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { Lang } from '../../platform/errors';
import { securityHeaders } from '../../platform/http/security-headers';
import { getPlaceSchedule, type PlaceSchedule } from '../places';
import { windowGroupOf, windowGroups } from '../appointments';
import { hallBus, type HallMessage } from './queue.bus';
import * as repo from './queue.repository';
import type { HallEvent, HallSnapshot } from './queue.schemas';

/**
 * The hall screen's stream (大屏, docs/decisions.md D29): server-sent events, a snapshot first (what
 * each window called last, how many wait per group), then one event per take, call, recall, skip
 * and transfer at the place, heard through the database's LISTEN/NOTIFY from whichever node made
 * it. A comment line every TONGBAN_QUEUE_HEARTBEAT_SECONDS keeps proxies from closing an idle
 * connection and lets the server notice a screen that went away; a fresh snapshot every minute
 * heals anything missed while this node's LISTEN connection was re-established.
 */

const RESYNC_MS = 60_000;

/** The snapshot of a place's hall now. */
export async function hallSnapshot(ctx: AppContext, place: PlaceSchedule, now: Date, lang: Lang): Promise<HallSnapshot> {
  const day = toShanghaiDate(now);
  const en = lang === 'en-US';
  const [last, waiting] = await Promise.all([repo.lastCalledPerWindow(ctx.db, place.code, day), repo.countWaiting(ctx.db, place.code, day)]);
  const groups = windowGroups(place.windows).map((g) => g.group);
  for (const g of waiting.keys()) if (!groups.includes(g)) groups.push(g);
  return {
    type: 'snapshot',
    place: { code: place.code, name: en ? place.nameEn : place.nameZh },
    date: day,
    at: now,
    windows: place.windows
      .filter((w) => w.kind !== 'delivery')
      .map((w) => {
        const l = last.get(w.code);
        return { code: w.code, name: en ? w.nameEn : w.name, group: windowGroupOf(w.code), number: l?.number ?? null, calledAt: l?.calledAt ?? null };
      }),
    groups: groups.map((group) => ({ group, waiting: waiting.get(group) ?? 0 })),
  };
}

function toEvent(m: HallMessage, lang: Lang): HallEvent {
  const en = lang === 'en-US';
  return {
    type: m.type,
    place: m.place,
    number: m.number,
    group: m.group,
    fromGroup: m.fromGroup,
    window: m.window ? { code: m.window.code, name: en ? m.window.nameEn : m.window.nameZh } : null,
    at: new Date(m.at),
    waiting: m.waiting,
  };
}

/** Serves one hall screen until it goes away. */
export async function streamHall(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, placeCode: string): Promise<void> {
  const place = await getPlaceSchedule(ctx.db, placeCode);
  const lang = req.lang;
  const res = reply.raw;
  let open = true;
  const pending: HallMessage[] = [];
  let ready = false;
  const send = (event: string, data: unknown) => {
    if (open) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const onMessage = (m: HallMessage) => {
    if (!ready) pending.push(m);
    else send(m.type, toEvent(m, lang));
  };
  // Listen before reading the snapshot, so nothing between the two is lost.
  const bus = hallBus(ctx);
  const unsubscribe = await bus.subscribe(place.code, onMessage);
  const timers: NodeJS.Timeout[] = [];
  const close = () => {
    for (const t of timers.splice(0)) clearInterval(t);
    if (!open) return;
    open = false;
    unsubscribe();
    bus.streams.delete(end);
  };
  // The server shutting down ends the response (a screen reconnects to another node).
  const end = () => {
    close();
    res.end();
  };
  bus.streams.add(end);
  req.raw.on('close', close);
  try {
    const snapshot = await hallSnapshot(ctx, place, ctx.clock.now(), lang);
    reply.hijack();
    // A hijacked reply skips the onSend hooks: the platform's headers are written here.
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      ...securityHeaders(ctx.config.cookieSecure),
      'x-request-id': String(req.id),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx: pass each event on at once.
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 3000\n\n`);
    send('snapshot', snapshot);
    ready = true;
    for (const m of pending.splice(0)) send(m.type, toEvent(m, lang));
  } catch (err) {
    close();
    throw err;
  }
  timers.push(
    setInterval(() => {
      if (open) res.write(`: heartbeat ${Date.now()}\n\n`);
    }, ctx.config.queueHeartbeatSeconds * 1000),
    setInterval(() => {
      hallSnapshot(ctx, place, ctx.clock.now(), lang).then(
        (s) => send('snapshot', s),
        () => undefined,
      );
    }, RESYNC_MS),
  );
  if (!open) close();
}

/** Ends every stream of this node (the server is closing). */
export async function closeHallStreams(ctx: AppContext): Promise<void> {
  const bus = hallBus(ctx);
  for (const end of [...bus.streams]) end();
  await bus.close();
}

/** Screens connected to this node (tests check none is left behind). */
export function hallSubscribers(ctx: AppContext): number {
  return hallBus(ctx).subscribers;
}
