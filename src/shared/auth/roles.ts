/** Roles from docs/domain.md §1, as the server checks them and the web app shows them. */
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
  'dept_head',
  'city_leader',
  'oversight',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles of the public (applicants); everyone else is staff and belongs to a department. */
export const PUBLIC_ROLES: readonly Role[] = ['citizen', 'enterprise', 'agent', 'intermediary'];

/** The city's own region code: staff registered here see every district. */
export const CITY_REGION = '150200';

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}
