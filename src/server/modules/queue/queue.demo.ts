import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { makePerson } from '../../platform/ids/people';
import { mulberry32 } from '../../platform/random';
import { actAtWindow } from './queue.calls';
import type { TakeInput } from './queue.schemas';
import { issueTicket, resolveTake } from './queue.take';

/**
 * A morning's line at the city's government services centre (包头市政务服务中心), played through
 * the services (docs/decisions.md D7): walk-ins for 食品经营许可 and other comprehensive-window
 * items, social insurance (人社 RS), housing-fund (公积金 GJ) and real-estate (不动产 BD) tickets, an exit-entry (J) one, a
 * few with a mobile for the "three ahead" SMS; window A01's clerk has called the first. Loaded when
 * the hall has no ticket today, so every day's first start has a line; a refused take is skipped.
 */

const CITY_HALL = '150200-CH-01';
const TAKES: readonly Omit<TakeInput, 'place'>[] = [
  { item: '000101019000', channel: 'kiosk' },
  { group: 'RS', channel: 'kiosk' },
  { item: '000101001000', channel: 'qr' },
  { group: 'A', channel: 'kiosk' },
  { group: 'GJ', channel: 'qr' },
  { item: '000201016000', channel: 'kiosk' },
  { group: 'J', channel: 'kiosk' },
  { group: 'RS', channel: 'qr' },
  { group: 'A', channel: 'kiosk' },
  { group: 'BD', channel: 'kiosk' },
  { group: 'A', channel: 'qr' },
];
const SEED = 20260316;

/** Takes the demo tickets when the city hall has none today; returns how many were taken. */
export async function loadDemoTickets(ctx: AppContext, now: Date): Promise<number> {
  const today = toShanghaiDate(now);
  const any = await ctx.db.selectFrom('queue_tickets').select('id').where('place_code', '=', CITY_HALL).where('day', '=', today).limit(1).executeTakeFirst();
  if (any) return 0;
  const rng = mulberry32(SEED);
  let taken = 0;
  for (const [i, t] of TAKES.entries()) {
    // A minute or two apart over the last quarter hour, so the line has an order and the waits differ.
    const at = new Date(now.getTime() - (TAKES.length - i) * 80_000);
    const person = makePerson(rng, today);
    try {
      const { spec } = await resolveTake(ctx, { place: CITY_HALL, ...t, ...(i % 3 === 0 ? { mobile: person.mobile } : {}) } as TakeInput, null);
      await ctx.db.transaction().execute((trx) => issueTicket(ctx, trx, spec, at));
      taken += 1;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
  const clerk = (await findActorsByUsername(ctx.db, ['clerk'])).get('clerk');
  if (clerk && taken) await actAtWindow(ctx, clerk, `${CITY_HALL}.A01`, 'call_next', {}, now, 'zh-CN');
  return taken;
}

/** The demo seeder: a line of a dozen tickets at the city hall (a few statements each). */
export async function queueDemoSeeder(ctx: AppContext): Promise<void> {
  const taken = await loadDemoTickets(ctx, ctx.clock.now());
  if (taken) ctx.log.info({ tickets: taken }, 'demo queue tickets taken');
}
