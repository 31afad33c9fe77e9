/** Roles from docs/domain.md §1. */
export const ROLES = [
  'citizen',
  'enterprise',
  'window_clerk',
  'reviewer',
  'approver',
  'dispatcher',
  'hotline_agent',
  'dept_handler',
  'agent',
  'intermediary',
  'supervisor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles of the public (applicants); everyone else is staff and belongs to a department. */
export const PUBLIC_ROLES: readonly Role[] = ['citizen', 'enterprise', 'agent', 'intermediary'];

/** The city's own region code: staff registered here see every district. */
export const CITY_REGION = '150200';

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

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}
