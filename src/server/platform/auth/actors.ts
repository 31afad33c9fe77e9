import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { isRole, type Actor } from './roles';

/** Accounts by username as actors (for jobs and demo generators that act as a named account). */
export async function findActorsByUsername(db: Kysely<DB>, usernames: readonly string[]): Promise<Map<string, Actor>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'roles', 'department_code', 'region_code'])
    .where('username', 'in', [...usernames])
    .execute();
  return new Map(
    rows.map((u) => [
      u.username,
      {
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        roles: u.roles.filter(isRole),
        departmentCode: u.department_code,
        regionCode: u.region_code,
      },
    ]),
  );
}
