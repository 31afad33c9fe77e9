import { z } from 'zod';
import { ROLES } from './roles';

/** Sign-in and the signed-in user (`POST /api/v1/auth/login`, `GET /api/v1/me`). */

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const meResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  csrfToken: z.string(),
});

export type Me = z.infer<typeof meResponse>;
