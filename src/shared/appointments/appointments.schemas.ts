import { z } from 'zod';
import { isIsoDate } from '../dates';
import { mobileSchema, residentIdSchema } from '../ids/zod';
import { ticketSchema } from '../queue/queue.schemas';
import { APPOINTMENT_CHANNELS, APPOINTMENT_STATUSES, CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH, SESSION_KINDS } from './appointments.enums';

/** Zod schemas of the appointments API (预约, docs/domain.md S19, docs/decisions.md D28). */

export {
  APPOINTMENT_ACTIONS,
  APPOINTMENT_CHANNELS,
  APPOINTMENT_STATUSES,
  CHECK_IN_ALPHABET,
  CHECK_IN_CODE_LENGTH,
  SESSION_KINDS,
  type AppointmentAction,
  type AppointmentChannel,
  type AppointmentStatus,
  type SessionKind,
} from './appointments.enums';

/** A real date within the years a booking can concern (a far year would overflow the date arithmetic). */
const isoDate = z.string().refine((v) => isIsoDate(v) && v >= '2000-01-01' && v <= '2099-12-31', 'a date YYYY-MM-DD (2000–2099) / 日期 YYYY-MM-DD');
const instant = z.coerce.date().refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2099, 'an instant in 2000–2099 / 2000—2099 年内的时刻');
const itemCode = z.string().regex(/^[0-9]{12}$/, 'a 12-digit item code / 12位事项编码');
const placeCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ or - / 字母、数字、_、-');

export const checkInCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .length(CHECK_IN_CODE_LENGTH)
  .refine((v) => [...v].every((c) => CHECK_IN_ALPHABET.includes(c)), 'a 6-character check-in code / 6位签到码')
  .meta({ description: 'The 6-character check-in code of the confirmation' });

export const slotsQuery = z.strictObject({
  item: itemCode.meta({ description: 'The item to book: its window group decides the capacity' }),
  from: isoDate.optional().meta({ description: 'First day (Asia/Shanghai); default today' }),
  to: isoDate.optional().meta({ description: 'Last day, at most 31 days after `from`; default `from` + 6 days' }),
});

export const slotSchema = z.object({
  start: z.date(),
  end: z.date(),
  date: z.string().meta({ description: 'YYYY-MM-DD, Asia/Shanghai' }),
  session: z.enum(SESSION_KINDS),
  capacity: z.number().int(),
  remaining: z.number().int(),
});

export const slotsResponse = z.object({
  place: z.object({ code: z.string(), name: z.string() }),
  item: z.object({ code: z.string(), name: z.string() }),
  group: z.string().meta({ description: 'The window group that serves the item at this place (A, J, RS …)' }),
  slotMinutes: z.number().int(),
  slots: z.array(slotSchema),
});

/** The caller a 12345 agent books for; the resident ID's checksum is checked. */
export const callerSchema = z.strictObject({
  name: z.string().trim().min(2).max(40),
  idNumber: residentIdSchema,
  mobile: mobileSchema,
});

export const bookBody = z.strictObject({
  place: placeCode,
  item: itemCode,
  start: instant.meta({ description: 'The slot start, as listed by /places/{code}/slots' }),
  caller: callerSchema.optional().meta({ description: 'Only for a 12345 agent: the person booked for' }),
});

export const actionParams = z.object({ id: z.uuid(), action: z.enum(['cancel', 'reschedule', 'check_in']) });

export const actionBody = z.strictObject({
  version: z.number().int().positive(),
  code: checkInCodeSchema.optional().meta({ description: 'check_in: the check-in code' }),
  start: instant.optional().meta({ description: 'reschedule: the new slot start (same place and item)' }),
  reason: z.string().trim().max(200).optional().meta({ description: 'cancel: why (optional)' }),
});

export const appointmentRef = z.object({ id: z.uuid(), status: z.enum(APPOINTMENT_STATUSES), version: z.number().int() });

/** An action's answer: the new reference, and for a check-in the priority queue ticket it issued (docs/decisions.md D29). */
export const actionResponse = appointmentRef.extend({
  ticket: ticketSchema.optional().meta({ description: 'check_in: the priority ticket to wait with (called before ordinary tickets of its group)' }),
});

export const appointmentSchema = z.object({
  id: z.uuid(),
  status: z.enum(APPOINTMENT_STATUSES),
  version: z.number().int(),
  place: z.object({ code: z.string(), name: z.string() }),
  item: z.object({ code: z.string(), name: z.string() }),
  group: z.string(),
  start: z.date(),
  end: z.date(),
  session: z.enum(SESSION_KINDS),
  channel: z.enum(APPOINTMENT_CHANNELS),
  holderName: z.string(),
  idNumber: z.string().meta({ description: 'Masked (1502**********1234)' }),
  mobile: z.string().nullable().meta({ description: 'Masked (139****1234)' }),
  checkInCode: z.string().optional().meta({ description: 'Only to the holder and to whoever booked it' }),
  checkedInAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  createdAt: z.date(),
  changeableUntil: z.date().meta({ description: 'Cancel or reschedule until this instant (the cut-off)' }),
});

export const myAppointmentsQuery = z.strictObject({
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const myAppointmentsResponse = z.object({
  appointments: z.array(appointmentSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const dayQuery = z.strictObject({ date: isoDate.optional().meta({ description: 'Default today (Asia/Shanghai)' }) });

export const dayResponse = z.object({
  place: z.object({ code: z.string(), name: z.string() }),
  date: z.string(),
  groups: z.array(
    z.object({
      group: z.string(),
      windows: z.array(z.string()),
      appointments: z.array(appointmentSchema),
    }),
  ),
});

export const settingsBody = z.strictObject({
  group: z
    .string()
    .regex(/^([A-Za-z-]{1,10}|\*)$/, 'a window group (A, J, RS …) or * / 窗口组或 *')
    .meta({ description: "A window group of the place, or '*' for the place's own default" }),
  slotMinutes: z.union([z.literal(10), z.literal(15), z.literal(20), z.literal(30), z.literal(60)]),
  capacity: z.number().int().min(0).max(500).meta({ description: 'Bookings per slot in ordinary sessions' }),
  offHoursCapacity: z.number().int().min(0).max(500).meta({ description: 'Bookings per slot in lunch, evening, weekend and holiday sessions' }),
});

export const settingsResponse = z.object({
  place: z.string(),
  groups: z.array(
    z.object({
      group: z.string(),
      windows: z.array(z.string()),
      slotMinutes: z.number().int(),
      capacity: z.number().int(),
      offHoursCapacity: z.number().int(),
      source: z.enum(['group', 'place', 'default']).meta({ description: "Set for the group, the place's default, or the platform's" }),
    }),
  ),
});

export type SettingsInput = z.infer<typeof settingsBody>;
export type BookInput = z.infer<typeof bookBody>;
export type ActionInput = z.infer<typeof actionBody>;
export type AppointmentView = z.infer<typeof appointmentSchema>;
export type TicketOnCheckIn = z.infer<typeof ticketSchema>;
export type Slot = z.infer<typeof slotSchema>;
