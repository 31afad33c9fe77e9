import type { meResponse } from '../../shared/auth/auth.schemas';
import type { WireOf } from '../../shared/wire';

export { ROLES, type Role } from '../../shared/auth/roles';

/** The signed-in user, from `GET /api/v1/me` and `POST /api/v1/auth/login`. */
export type Me = WireOf<typeof meResponse>;
