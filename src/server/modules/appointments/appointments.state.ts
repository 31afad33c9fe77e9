import type { Role } from '../../platform/auth/roles';
import { decide, rolesFor as rolesOf, type Rule } from '../../platform/workflow/rules';
import { APPOINTMENT_ACTIONS, APPOINTMENT_STATUSES, type AppointmentAction, type AppointmentStatus } from './appointments.schemas';

/**
 * An appointment's rule table (docs/architecture.md, "The workflow engine"): the holder (or the
 * 12345 agent acting for them) cancels or reschedules a booking until the cut-off; the holder at
 * the kiosk or a window clerk checks it in with its code, from an hour before the slot until it
 * ends. `no_show` is the system's: the sweep (appointments.jobs.ts) stores it with the engine's
 * `commit`, so it is not a table action.
 */
export { APPOINTMENT_ACTIONS, APPOINTMENT_STATUSES };

export interface AppointmentFacts {
  /** Now is before the cut-off (start − TONGBAN_APPOINTMENT_CUTOFF_HOURS). */
  beforeCutoff: boolean;
  /** The check-in code given matches. */
  codeMatches: boolean;
  /** Now is within the check-in window (an hour before the start until the end). */
  checkInOpen: boolean;
  /** For the cut-off message. */
  cutoffHours: number;
}

export type AppointmentGuardError = 'CUTOFF_PASSED' | 'CHECK_IN_CODE_WRONG' | 'CHECK_IN_NOT_OPEN';

export const HOLDER_ROLES: readonly Role[] = ['citizen', 'enterprise'];
/** Staff who change a booking for a caller: the 12345 agent who may also have made it. */
export const AGENT_ROLES: readonly Role[] = ['hotline_agent'];
export const CHECK_IN_STAFF: readonly Role[] = ['window_clerk'];

const beforeCutoff = (f: AppointmentFacts): AppointmentGuardError | null => (f.beforeCutoff ? null : 'CUTOFF_PASSED');
const checkIn = (f: AppointmentFacts): AppointmentGuardError | null => (!f.codeMatches ? 'CHECK_IN_CODE_WRONG' : f.checkInOpen ? null : 'CHECK_IN_NOT_OPEN');

type AppointmentRule = Rule<AppointmentStatus, AppointmentFacts, AppointmentGuardError, AppointmentStatus>;

export const RULES: Readonly<Record<AppointmentAction, readonly AppointmentRule[]>> = {
  cancel: [{ roles: [...HOLDER_ROLES, ...AGENT_ROLES], from: ['booked'], to: 'cancelled', guard: beforeCutoff }],
  reschedule: [{ roles: [...HOLDER_ROLES, ...AGENT_ROLES], from: ['booked'], to: 'booked', guard: beforeCutoff }],
  check_in: [{ roles: [...HOLDER_ROLES, ...CHECK_IN_STAFF], from: ['booked'], to: 'checked_in', guard: checkIn }],
};

export function decideAppointment(status: AppointmentStatus, action: AppointmentAction, roles: readonly Role[], facts: AppointmentFacts) {
  return decide(RULES, status, action, roles, facts);
}

/** Roles the table lets take the action (the policy grants exactly these). */
export function rolesFor(action: AppointmentAction): Role[] {
  return rolesOf(RULES, action);
}
