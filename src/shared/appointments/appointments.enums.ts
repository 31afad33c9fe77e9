/** The closed lists of appointments (预约, docs/domain.md S19), zod-free for the web bundle. */

/** Kinds of session a slot belongs to: ordinary hours, 错时 lunch duty, 延时 evening, weekend and holiday service. */
export const SESSION_KINDS = ['ordinary', 'lunch', 'evening', 'weekend', 'holiday'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const APPOINTMENT_STATUSES = ['booked', 'checked_in', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** What a holder or staff may do to a booking; `no_show` is recorded by the system only. */
export const APPOINTMENT_ACTIONS = ['cancel', 'reschedule', 'check_in'] as const;
export type AppointmentAction = (typeof APPOINTMENT_ACTIONS)[number];

/** How a booking was made: by the holder online (portal, mobile page) or by a 12345 agent on the phone. */
export const APPOINTMENT_CHANNELS = ['online', 'hotline'] as const;
export type AppointmentChannel = (typeof APPOINTMENT_CHANNELS)[number];

/** The check-in code's alphabet: no 0/O, 1/I, so it can be read out over the phone. */
export const CHECK_IN_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CHECK_IN_CODE_LENGTH = 6;
