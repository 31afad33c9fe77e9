import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../db/client';
import type { DB } from '../../db/types';
import { waitingTickets } from './queue.repository';

/**
 * The hall screens' bus (docs/decisions.md D29): a change of a ticket is announced with
 * `pg_notify` inside its transaction, so it goes out when — and only if — the change commits, and
 * every node that LISTENs hears it, PGlite and PostgreSQL alike. Each node LISTENs once, on the
 * first hall screen that connects, and hands each message to the screens of its place.
 */

/** What goes through the channel: small (a NOTIFY payload holds at most 8,000 bytes), names in both languages. */
export interface HallMessage {
  type: 'take' | 'call' | 'recall' | 'skip' | 'transfer';
  place: string;
  number: string;
  group: string;
  fromGroup: string | null;
  window: { code: string; nameZh: string; nameEn: string } | null;
  at: string;
  waiting: Record<string, number>;
}

const CHANNEL = 'tongban_queue';

/**
 * Announces a change, in the transaction that makes it, with how many wait on `day` in each of
 * `groups`: counted in the statement that sends it (a ticket's take holds its group's counter row
 * until commit, so every round trip saved there is one the next take does not wait for).
 */
export async function publishHall(
  ctx: AppContext,
  trx: Transaction<DB>,
  m: Omit<HallMessage, 'waiting'>,
  waiting: { day: string; groups: readonly string[] },
): Promise<void> {
  const counts = waiting.groups.map(
    (g) =>
      sql`${g}::text, (${waitingTickets(trx, m.place, waiting.day)
        .where('group_code', '=', g)
        .select((eb) => eb.fn.countAll().as('n'))})`,
  );
  const payload = sql`${JSON.stringify(m)}::jsonb || jsonb_build_object('waiting', jsonb_build_object(${sql.join(counts)}))`;
  await sql`SELECT pg_notify(${ctx.database.channel(CHANNEL)}, (${payload})::text)`.execute(trx);
}

type Listener = (m: HallMessage) => void;

class HallBus {
  readonly #byPlace = new Map<string, Set<Listener>>();
  /** Open streams of this node, each with the function that ends it (a shutdown ends them all). */
  readonly streams = new Set<() => void>();
  #stop: Promise<() => Promise<void>> | null = null;

  constructor(private readonly database: Database) {}

  /** Subscribes to a place's messages; resolves once this node is listening. Returns the unsubscribe function. */
  async subscribe(place: string, fn: Listener): Promise<() => void> {
    const set = this.#byPlace.get(place) ?? new Set();
    set.add(fn);
    this.#byPlace.set(place, set);
    this.#stop ??= this.database.listen(this.database.channel(CHANNEL), (payload) => this.#deliver(payload));
    try {
      await this.#stop;
    } catch (err) {
      this.#stop = null;
      set.delete(fn);
      throw err;
    }
    return () => {
      set.delete(fn);
      if (set.size === 0) this.#byPlace.delete(place);
    };
  }

  /** Screens connected to this node. */
  get subscribers(): number {
    let n = 0;
    for (const s of this.#byPlace.values()) n += s.size;
    return n;
  }

  async close(): Promise<void> {
    const stop = this.#stop;
    this.#stop = null;
    this.#byPlace.clear();
    if (stop) await (await stop)().catch(() => undefined);
  }

  #deliver(payload: string): void {
    let m: HallMessage;
    try {
      m = JSON.parse(payload) as HallMessage;
    } catch {
      return;
    }
    for (const fn of this.#byPlace.get(m.place) ?? []) fn(m);
  }
}

const buses = new WeakMap<Database, HallBus>();

/** This node's bus for the context's database. */
export function hallBus(ctx: AppContext): HallBus {
  let bus = buses.get(ctx.database);
  if (!bus) {
    bus = new HallBus(ctx.database);
    buses.set(ctx.database, bus);
  }
  return bus;
}
