import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import { AppError } from '../../platform/errors';
import { makePerson } from '../../platform/ids/people';
import { mulberry32 } from '../../platform/random';
import { bookPrepared, prepareBooking } from './appointments.book';
import { listSlots } from './appointments.read';
import { hasAnyAppointment } from './appointments.repository';
import type { SessionKind } from './appointments.schemas';

/**
 * A few demo bookings at real Baotou halls (docs/decisions.md D7: the demo is played through the
 * services): the demo citizen's evening (延时) slot at the city centre, and 12345 bookings for
 * invented callers — a lunch-duty (错时) slot, a Saturday slot at a district centre, ordinary ones —
 * so the clerk's day list and the citizen's 我的预约 have something on first sign-in. An item a
 * hall does not handle, or a full slot, is skipped rather than failing the start-up.
 */

interface DemoBooking {
  place: string;
  items: readonly string[];
  who: 'citizen' | 'caller';
  prefer: readonly SessionKind[];
}

const CITY_HALL = '150200-CH-01';
const KUNDULUN = '150203-DH-01';
const DEMO_BOOKINGS: readonly DemoBooking[] = [
  // 食品经营许可证核发 after work, by the demo citizen.
  { place: CITY_HALL, items: ['000101019000', '000101001000'], who: 'citizen', prefer: ['evening', 'ordinary'] },
  { place: CITY_HALL, items: ['000101001000', '000101019000'], who: 'caller', prefer: ['lunch', 'ordinary'] },
  { place: CITY_HALL, items: ['000201016000', '000101007000', '000101019000'], who: 'caller', prefer: ['ordinary'] },
  { place: KUNDULUN, items: ['000101007000', '000201016000', '000101019000'], who: 'caller', prefer: ['weekend', 'ordinary'] },
  { place: KUNDULUN, items: ['000201017000', '000101007000', '000201016000'], who: 'caller', prefer: ['ordinary'] },
];

const SEED = 20260315;

/** Books the demo appointments once (none when any booking exists); returns how many were made. */
export async function loadDemoAppointments(ctx: AppContext, now: Date): Promise<number> {
  if (await hasAnyAppointment(ctx.db)) return 0;
  const actors = await findActorsByUsername(ctx.db, ['citizen', 'hotline']);
  const citizen = actors.get('citizen');
  const agent = actors.get('hotline');
  if (!citizen || !agent) return 0;
  const rng = mulberry32(SEED);
  let made = 0;
  for (const d of DEMO_BOOKINGS) {
    for (const item of d.items) {
      try {
        const { slots } = await listSlots(ctx, d.place, { item }, now, 'zh-CN');
        const open = slots.filter((s) => s.remaining > 0 && s.start.getTime() > now.getTime() + 3 * 3_600_000);
        const slot = d.prefer.map((k) => open.find((s) => s.session === k)).find(Boolean);
        if (!slot) continue;
        const person = makePerson(rng, '2026-01-01', d.place === KUNDULUN ? '150203' : undefined);
        const caller = d.who === 'caller' ? { name: person.name, idNumber: person.idNumber, mobile: person.mobile } : undefined;
        const prepared = await prepareBooking(ctx, d.who === 'citizen' ? citizen : agent, { place: d.place, item, start: slot.start, caller }, now);
        await ctx.db.transaction().execute((trx) => bookPrepared(ctx, trx, prepared));
        made += 1;
        break;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
      }
    }
  }
  return made;
}

/** The demo seeder: a handful of bookings, made at start-up (a few statements each). */
export async function appointmentsDemoSeeder(ctx: AppContext): Promise<void> {
  const made = await loadDemoAppointments(ctx, ctx.clock.now());
  if (made) ctx.log.info({ appointments: made }, 'demo appointments booked');
}
