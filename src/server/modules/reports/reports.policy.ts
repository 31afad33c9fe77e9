import { allow, authorize, definePolicy } from '../../platform/auth/policy';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';

/**
 * Who reads reports (docs/domain.md S10): supervisors and admins their region's rows (city staff
 * every region), the oversight bodies (人大, 纪委监委, 组织部) and the city leadership the whole
 * city. Everyone else is refused. Periodic reports: their recipients, and supervisors and admins
 * the whole history.
 */
export const reportsPolicy = definePolicy<'reports.view' | 'reports.history' | 'scores.weights.view' | 'scores.weights.edit'>({
  'reports.view': [allow(['supervisor', 'admin'], 'region'), allow(['oversight', 'city_leader'], 'all')],
  'reports.history': [allow(['supervisor', 'admin'], 'all')],
  // 考评 weights: the platform's administrators set them; whoever reads the scores may see them.
  'scores.weights.view': [allow(['supervisor', 'admin', 'oversight', 'city_leader'], 'all')],
  'scores.weights.edit': [allow(['admin'], 'all')],
});

/** Authorises a report read and returns the region its rows are limited to (null: city-wide). */
export function authorizeReport(actor: Actor | null): string | null {
  authorize(actor, reportsPolicy, 'reports.view');
  const cityWide = actor.roles.some((r) => r === 'oversight' || r === 'city_leader') || actor.regionCode === CITY_REGION;
  return cityWide ? null : actor.regionCode;
}

/**
 * Whether the actor sees every periodic report, not only those pushed to them: city-level
 * supervisors and admins. The stored reports are city-wide, so district staff read only those
 * pushed to them.
 */
export function seesAllPeriodic(actor: Actor): boolean {
  return actor.regionCode === CITY_REGION && actor.roles.some((r) => r === 'supervisor' || r === 'admin');
}
