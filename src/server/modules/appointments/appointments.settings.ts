import type { AppContext } from '../../context';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { getPlaceSchedule } from '../places';
import { settingsFor } from './appointments.plan';
import { authorizeSettings } from './appointments.policy';
import * as repo from './appointments.repository';
import type { SettingsInput } from './appointments.schemas';
import { windowGroups } from './appointments.slots';

/**
 * A place's booking capacity per window group (docs/decisions.md D28): an admin of the place's
 * region sets a group's slot length and capacities, or the place's own default ('*'). Bookings
 * already made keep their slots; the seats a slot already holds are never taken back, a lower
 * capacity only stops new bookings.
 */

/** The settings in force for every window group of a place. */
export async function listPlaceSettings(ctx: AppContext, actor: Actor, placeCode: string) {
  const place = await getPlaceSchedule(ctx.db, placeCode);
  authorizeSettings(actor, place.regionCode);
  const stored = await repo.findSettings(ctx.db, placeCode);
  const groups = windowGroups(place.windows);
  if (groups.length === 0) groups.push({ group: '*', windows: [] });
  return {
    place: placeCode,
    groups: await Promise.all(
      groups.map(async (g) => ({
        group: g.group,
        windows: g.windows,
        ...(await settingsFor(ctx.db, placeCode, g)),
        source: stored.some((s) => s.group === g.group) ? ('group' as const) : stored.some((s) => s.group === '*') ? ('place' as const) : ('default' as const),
      })),
    ),
  };
}

/** Sets one group's settings (or the place's default, group '*'), with an event on the place's chain. */
export async function setPlaceSettings(ctx: AppContext, actor: Actor, placeCode: string, input: SettingsInput, now: Date) {
  const place = await getPlaceSchedule(ctx.db, placeCode);
  authorizeSettings(actor, place.regionCode);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertSettings(trx, placeCode, input);
    await appendEvent(trx, {
      chain: `place:${placeCode}`,
      action: 'place.appointment_settings_set',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'place',
      subjectId: placeCode,
      regionCode: place.regionCode,
      data: { ...input },
      at: now,
    });
  });
  return listPlaceSettings(ctx, actor, placeCode);
}
