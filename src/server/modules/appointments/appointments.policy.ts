import { allowByScope, authorize, can, definePolicy, type Grant, type Scope, type ScopedRecord } from '../../platform/auth/policy';
import type { Actor, Role } from '../../platform/auth/roles';
import { APPOINTMENT_ERR } from './appointments.errors';
import { APPOINTMENT_ACTIONS, rolesFor, AGENT_ROLES, HOLDER_ROLES } from './appointments.state';
import type { AppointmentAction } from './appointments.schemas';

/**
 * Who may do what with appointments. Holders reach their own bookings; a 12345 agent books and
 * changes bookings for callers across the agent's region; window clerks, dispatchers, supervisors
 * and admins read a place's day in their region (city staff every region), a department's
 * reviewers, approvers and head only the bookings of their department's items. Which role may take
 * which action comes from the rule table (appointments.state.ts).
 */
const SCOPE_OF: Partial<Record<Role, Scope>> = {
  citizen: 'owner',
  enterprise: 'owner',
  hotline_agent: 'region',
  window_clerk: 'region',
  dispatcher: 'region',
  supervisor: 'region',
  admin: 'region',
  reviewer: 'department',
  approver: 'department',
  dept_head: 'department',
};

const grantsFor = (roles: readonly Role[]): Grant[] => allowByScope(roles, SCOPE_OF, 'appointment');

/** Staff who read a place's day. */
export const DAY_READERS: readonly Role[] = ['window_clerk', 'dispatcher', 'supervisor', 'admin', 'reviewer', 'approver', 'dept_head', 'hotline_agent'];

type PolicyAction = AppointmentAction | 'appointment.book' | 'appointment.view' | 'appointment.day' | 'appointment.configure';

export const appointmentPolicy = definePolicy<PolicyAction>({
  'appointment.book': grantsFor([...HOLDER_ROLES, ...AGENT_ROLES]),
  'appointment.view': grantsFor([...HOLDER_ROLES, ...DAY_READERS]),
  'appointment.day': grantsFor(DAY_READERS),
  'appointment.configure': grantsFor(['admin']),
  ...(Object.fromEntries(APPOINTMENT_ACTIONS.map((a) => [a, grantsFor(rolesFor(a))])) as Record<AppointmentAction, Grant[]>),
});

export interface AppointmentScope {
  region_code: string;
  department_code: string;
  user_id: string | null;
}

export function appointmentRecord(row: AppointmentScope): ScopedRecord {
  return { regionCode: row.region_code, departmentCode: row.department_code, ownerId: row.user_id };
}

/** Checks the actor may take the action on the booking; one out of reach is APPOINTMENT_NOT_FOUND, like a missing one. */
export function authorizeAppointment(actor: Actor, action: PolicyAction, row: AppointmentScope): void {
  authorize(actor, appointmentPolicy, action, appointmentRecord(row), APPOINTMENT_ERR.APPOINTMENT_NOT_FOUND);
}

/** Checks the actor may book (a holder for themselves, an agent for a caller). */
export function authorizeBooking(actor: Actor): void {
  authorize(actor, appointmentPolicy, 'appointment.book');
}

/**
 * Whether the actor reads a place's whole day (region staff) or only its department's bookings;
 * throws FORBIDDEN or NOT_FOUND (a place outside their region) otherwise.
 */
export function dayReach(actor: Actor, placeRegion: string): { department: string | null } {
  const regionRoles = DAY_READERS.filter((r) => SCOPE_OF[r] === 'region');
  const mine: ScopedRecord = { regionCode: placeRegion };
  if (actor.roles.some((r) => regionRoles.includes(r)) && can(actor, appointmentPolicy, 'appointment.day', mine)) return { department: null };
  authorize(actor, appointmentPolicy, 'appointment.day', { regionCode: placeRegion, departmentCode: actor.departmentCode });
  return { department: actor.departmentCode };
}

/** Whether the actor is the holder side (sees the check-in code of their own bookings). */
export function isHolder(actor: Actor): boolean {
  return actor.roles.some((r) => HOLDER_ROLES.includes(r));
}

/** Checks the actor may set the booking capacity of a place of this region (admins; a district's admin its district). */
export function authorizeSettings(actor: Actor, placeRegion: string): void {
  authorize(actor, appointmentPolicy, 'appointment.configure', { regionCode: placeRegion });
}
