/** Role codes as the server sends them (docs/domain.md §1). */
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

/** The signed-in user, from `GET /api/v1/me` and `POST /api/v1/auth/login`. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentCode: string | null;
  departmentName: string | null;
  regionCode: string;
  regionName: string;
  csrfToken: string;
}
