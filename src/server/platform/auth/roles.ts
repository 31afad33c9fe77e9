import type { Role } from '../../../shared/auth/roles';

// The role list is shared with the web app (src/shared/README.md); server code keeps importing it from here.
export { CITY_REGION, isRole, PUBLIC_ROLES, ROLES, type Role } from '../../../shared/auth/roles';

/** Who is acting: a signed-in user (sessionId set) or the system (jobs, seeds). */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentCode: string | null;
  regionCode: string;
  sessionId?: string;
}
