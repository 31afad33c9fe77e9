import { allowByScope, authorize, definePolicy, type Grant, type Scope } from '../../platform/auth/policy';
import type { Actor, Role } from '../../platform/auth/roles';
import { QUEUE_ERR } from './queue.errors';
import { rolesFor, TICKET_ACTIONS, type TicketAction } from './queue.state';

/**
 * Who may do what with the queue. Anyone takes a ticket and reads it by its id (printed on the
 * paper ticket as a QR code). A window clerk calls at the windows of places in the clerk's region —
 * window clerks are scoped by region like the cases they accept (a city clerk reaches every
 * district's hall, a district's clerk that district's). A hall's figures are for supervisors,
 * department heads, city leaders and admins of its region.
 */
const SCOPE_OF: Partial<Record<Role, Scope>> = {
  window_clerk: 'region',
  supervisor: 'region',
  dept_head: 'region',
  city_leader: 'region',
  admin: 'region',
};

const grantsFor = (roles: readonly Role[]): Grant[] => allowByScope(roles, SCOPE_OF, 'queue');

export const STATS_READERS: readonly Role[] = ['supervisor', 'dept_head', 'city_leader', 'admin'];

type PolicyAction = TicketAction | 'queue.window' | 'queue.list' | 'queue.stats';

export const queuePolicy = definePolicy<PolicyAction>({
  'queue.window': grantsFor(['window_clerk']),
  'queue.list': grantsFor(['window_clerk', ...STATS_READERS]),
  'queue.stats': grantsFor(STATS_READERS),
  ...(Object.fromEntries(TICKET_ACTIONS.map((a) => [a, grantsFor(rolesFor(a))])) as Record<TicketAction, Grant[]>),
});

/** Checks the actor may take the action on a ticket of this region; one out of reach is TICKET_NOT_FOUND. */
export function authorizeTicket(actor: Actor, action: TicketAction, row: { region_code: string }): void {
  authorize(actor, queuePolicy, action, { regionCode: row.region_code }, QUEUE_ERR.TICKET_NOT_FOUND);
}

/** Checks the actor may work a window of a place of this region (403 for other roles, 404 outside the region). */
export function authorizeWindow(actor: Actor, placeRegion: string): void {
  authorize(actor, queuePolicy, 'queue.window', { regionCode: placeRegion });
}

/** Checks the actor may read a place's tickets (clerks and the readers of its figures). */
export function authorizeList(actor: Actor, placeRegion: string): void {
  authorize(actor, queuePolicy, 'queue.list', { regionCode: placeRegion });
}

/** Checks the actor may read a place's queue figures. */
export function authorizeStats(actor: Actor, placeRegion: string): void {
  authorize(actor, queuePolicy, 'queue.stats', { regionCode: placeRegion });
}
