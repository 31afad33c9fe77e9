import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import { CITY_REGION } from '../auth/roles';

/**
 * The staff a notice about a record goes to: active users with one of the roles, posted at the
 * city or in the record's region, in one of the departments when they are given (an empty list
 * finds nobody), less those told another way. At most 50, by id, so the same notice reaches the
 * same people: a notice, not a broadcast.
 */
export interface StaffFilter {
  roles: readonly string[];
  regionCode: string;
  departments?: readonly string[] | null;
  except?: ReadonlySet<string>;
}

/** The ids `StaffFilter` describes, as a query (for `queueInAppToStaff`'s INSERT … SELECT). */
export function staffQuery(db: Executor, f: StaffFilter) {
  let q = db
    .selectFrom('users')
    .select('id')
    .where('status', '=', 'active')
    .where(sql<boolean>`roles && ${sql.val([...f.roles])}::text[]`)
    .where('region_code', 'in', [...new Set([f.regionCode, CITY_REGION])]);
  if (f.departments) q = f.departments.length ? q.where('department_code', 'in', [...f.departments]) : q.where(sql<boolean>`false`);
  if (f.except?.size) q = q.where('id', 'not in', [...f.except]);
  return q.orderBy('id').limit(50);
}

export async function findStaffIds(db: Executor, f: StaffFilter): Promise<string[]> {
  return (await staffQuery(db, f).execute()).map((r) => r.id);
}
