import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { isRole, type Actor } from './roles';

/** The columns of a user row an actor is made of. */
export interface ActorUserRow {
  id: string;
  username: string;
  display_name: string;
  roles: string[];
  department_code: string | null;
  region_code: string;
}

/** A user row as the actor it signs in as (roles the platform does not know are dropped). */
export function actorFromUserRow(u: ActorUserRow): Actor {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    roles: u.roles.filter(isRole),
    departmentCode: u.department_code,
    regionCode: u.region_code,
  };
}

/** Accounts by username as actors (for jobs and demo generators that act as a named account). */
export async function findActorsByUsername(db: Kysely<DB>, usernames: readonly string[]): Promise<Map<string, Actor>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'roles', 'department_code', 'region_code'])
    .where('username', 'in', [...usernames])
    .execute();
  return new Map(rows.map((u) => [u.username, actorFromUserRow(u)]));
}
