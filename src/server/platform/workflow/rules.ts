import type { Role } from '../auth/roles';

/**
 * Rule tables for every stateful record (docs/architecture.md, "The workflow engine"). A table says,
 * per action, which roles may take it from which statuses, what must hold (a guard naming the
 * error when it does not) and where it leads. The table is data: the runner, the UI's available
 * actions, the policy's role grants and the oracle tests all read the same one.
 */

export interface Rule<S extends string, F, E extends string, T> {
  roles: readonly Role[];
  from: readonly S[];
  /** The target, or a function of the facts choosing it (a lead department's reply ends the round, an assistant's does not). */
  to: T | ((facts: F) => T);
  /** Returns the error that refuses the action, or null when it may go ahead. */
  guard?: (facts: F) => E | null;
}

export type RuleTable<S extends string, A extends string, F, E extends string, T> = Readonly<Record<A, readonly Rule<S, F, E, T>[]>>;

export type Decision<S extends string, E extends string, T> =
  { ok: true; to: T } | { ok: false; error: 'FORBIDDEN' } | { ok: false; error: 'INVALID_TRANSITION'; allowedFrom: S[] } | { ok: false; error: E };

/**
 * Whether `roles` may take `action` from `status`, and the target. The first failing check decides
 * the error: no role of the actor appears in any rule of the action → FORBIDDEN; no such rule
 * starts from the status → INVALID_TRANSITION (with the statuses it could start from); every
 * fitting rule's guard fails → the first guard's error. Several rules per action let different
 * roles act from different statuses.
 */
export function decide<S extends string, A extends string, F, E extends string, T>(
  table: RuleTable<S, A, F, E, T>,
  status: S,
  action: A,
  roles: readonly Role[],
  facts: F,
): Decision<S, E, T> {
  const mine = table[action].filter((r) => r.roles.some((role) => roles.includes(role)));
  if (mine.length === 0) return { ok: false, error: 'FORBIDDEN' };
  const fitting = mine.filter((r) => r.from.includes(status));
  if (fitting.length === 0) return { ok: false, error: 'INVALID_TRANSITION', allowedFrom: [...new Set(mine.flatMap((r) => r.from))] };
  let firstError: E | null = null;
  for (const rule of fitting) {
    const err = rule.guard?.(facts) ?? null;
    if (!err) return { ok: true, to: typeof rule.to === 'function' ? (rule.to as (f: F) => T)(facts) : rule.to };
    firstError ??= err;
  }
  return { ok: false, error: firstError as E };
}

/** Every role that appears in some rule of the action: the module's policy grants exactly these. */
export function rolesFor<S extends string, A extends string, F, E extends string, T>(table: RuleTable<S, A, F, E, T>, action: A): Role[] {
  return [...new Set(table[action].flatMap((r) => r.roles))];
}

/** The actions, in the given order, that the roles could take now, given the facts (for the UI's buttons). */
export function availableActions<S extends string, A extends string, F, E extends string, T>(
  table: RuleTable<S, A, F, E, T>,
  actions: readonly A[],
  status: S,
  roles: readonly Role[],
  facts: F,
): A[] {
  return actions.filter((a) => decide(table, status, a, roles, facts).ok);
}
