import type { Role } from '../../src/server/platform/auth/roles';
import { decide, type RuleTable } from '../../src/server/platform/workflow/rules';

/**
 * The test kit for a workflow rule table (docs/architecture.md, "The workflow engine"): the
 * lifecycle written out by hand, independently of the table, as the (action, role) pairs that are
 * allowed at all, the statuses each is allowed from and where it leads. Every action × role ×
 * status is decided by the real table under facts that pass every guard; anything the oracle does
 * not list must be refused with FORBIDDEN (no rule for the role) or INVALID_TRANSITION (with
 * exactly the statuses the oracle allows). Returns the mismatches, empty when the table agrees.
 */
export interface Oracle<S extends string, A extends string, F, T> {
  statuses: readonly S[];
  actions: readonly A[];
  roles: readonly Role[];
  allowed: ReadonlyArray<readonly [A, Role, readonly S[], T]>;
  /** Facts under which every guard of the action passes. */
  passing: (action: A) => F;
}

export function checkAgainstOracle<S extends string, A extends string, F, E extends string, T>(
  table: RuleTable<S, A, F, E, T>,
  o: Oracle<S, A, F, T>,
): { checked: number; mismatches: string[] } {
  const mismatches: string[] = [];
  let checked = 0;
  for (const action of o.actions) {
    for (const role of o.roles) {
      const rows = o.allowed.filter(([a, r]) => a === action && r === role);
      const from = new Set(rows.flatMap((r) => r[2]));
      for (const status of o.statuses) {
        checked++;
        const got = decide(table, status, action, [role], o.passing(action));
        const where = `${action} by ${role} from ${status}`;
        if (rows.length === 0) {
          if (got.ok || got.error !== 'FORBIDDEN') mismatches.push(`${where}: expected FORBIDDEN, got ${JSON.stringify(got)}`);
        } else if (from.has(status)) {
          const want = rows.find((r) => r[2].includes(status))![3];
          if (!got.ok || got.to !== want) mismatches.push(`${where}: expected → ${String(want)}, got ${JSON.stringify(got)}`);
        } else if (got.ok || got.error !== 'INVALID_TRANSITION') {
          mismatches.push(`${where}: expected INVALID_TRANSITION, got ${JSON.stringify(got)}`);
        } else {
          const allowedFrom = 'allowedFrom' in got ? [...got.allowedFrom].sort() : [];
          if (allowedFrom.join() !== [...from].sort().join()) mismatches.push(`${where}: allowedFrom ${allowedFrom.join()} ≠ ${[...from].sort().join()}`);
        }
      }
    }
  }
  return { checked, mismatches };
}
