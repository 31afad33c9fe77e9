import { AppError, ERR, type ErrorDef } from '../errors';
import { CITY_REGION, type Actor, type Role } from './roles';

/**
 * Declarative access rules: for each action, which roles may do it and how far their reach goes.
 * A role without the action gets 403; a record outside the actor's reach gets 404 (so its existence
 * is not revealed).
 *
 * Scopes:
 * - `all`: any record.
 * - `region`: records in the actor's region (city-level staff reach every region).
 * - `department`: records of the actor's department, within the region rule above.
 * - `owner`: records the actor owns (applicants' own cases, tickets, licences).
 */
export type Scope = 'all' | 'region' | 'department' | 'owner';

export interface Grant {
  roles: readonly Role[];
  scope: Scope;
}

/** What a record says about where it belongs; any field may be absent. */
export interface ScopedRecord {
  regionCode?: string | null;
  departmentCode?: string | null;
  /** Departments that share the record (a case routed to several departments, a joint ticket). */
  departmentCodes?: readonly string[] | null;
  ownerId?: string | null;
}

export type Policy<A extends string> = Readonly<Record<A, readonly Grant[]>>;

/** Grants `roles` the action within `scope`. */
export function allow(roles: readonly Role[], scope: Scope = 'all'): Grant {
  return { roles, scope };
}

/**
 * Grants for roles whose reach depends on the role (a reviewer sees its department's records, a
 * dispatcher its region's): one grant per scope, each naming the roles that reach that far. A role
 * without a scope in `scopeOf` is a mistake in the module's table and throws.
 */
export function allowByScope(roles: readonly Role[], scopeOf: Partial<Record<Role, Scope>>, module: string): Grant[] {
  const byScope = new Map<Scope, Role[]>();
  for (const r of roles) {
    const scope = scopeOf[r];
    if (!scope) throw new Error(`role ${r} has no ${module} scope`);
    byScope.set(scope, [...(byScope.get(scope) ?? []), r]);
  }
  return [...byScope].map(([scope, rs]) => allow(rs, scope));
}

/** Declares a module's policy: action name → grants. */
export function definePolicy<A extends string>(rules: Record<A, readonly Grant[]>): Policy<A> {
  return Object.freeze(rules);
}

function reaches(actor: Actor, scope: Scope, record: ScopedRecord | undefined): boolean {
  if (scope === 'all' || !record) return true;
  if (scope === 'owner') return !!record.ownerId && record.ownerId === actor.id;
  const regionOk = actor.regionCode === CITY_REGION || !record.regionCode || record.regionCode === actor.regionCode;
  if (scope === 'region') return regionOk;
  const depts = [...(record.departmentCodes ?? []), ...(record.departmentCode ? [record.departmentCode] : [])];
  return regionOk && !!actor.departmentCode && depts.includes(actor.departmentCode);
}

/** Whether the actor may do the action (to the record, when given). */
export function can<A extends string>(actor: Actor | null, policy: Policy<A>, action: A, record?: ScopedRecord): boolean {
  if (!actor) return false;
  return policy[action].some((g) => g.roles.some((r) => actor.roles.includes(r)) && reaches(actor, g.scope, record));
}

/**
 * Throws unless the actor may do the action: UNAUTHENTICATED without an actor, FORBIDDEN when no
 * role of theirs has the action, NOT_FOUND when they have it but the record is outside their reach.
 */
export function authorize<A extends string>(
  actor: Actor | null,
  policy: Policy<A>,
  action: A,
  record?: ScopedRecord,
  notFound: ErrorDef = ERR.NOT_FOUND,
): asserts actor is Actor {
  if (!actor) throw new AppError(ERR.UNAUTHENTICATED);
  const grants = policy[action].filter((g) => g.roles.some((r) => actor.roles.includes(r)));
  if (grants.length === 0) throw new AppError(ERR.FORBIDDEN, {}, { action });
  if (!grants.some((g) => reaches(actor, g.scope, record))) throw new AppError(notFound);
}

/** Whether the actor's role grants for the action are all limited to their region (for list filters). */
export function regionFilter(actor: Actor): string | null {
  return actor.regionCode === CITY_REGION ? null : actor.regionCode;
}
