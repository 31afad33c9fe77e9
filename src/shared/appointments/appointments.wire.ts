import type { z } from 'zod';
import type { WireOf } from '../wire';
import type {
  actionBody,
  actionResponse,
  appointmentRef,
  appointmentSchema,
  bookBody,
  dayResponse,
  myAppointmentsResponse,
  slotsResponse,
} from './appointments.schemas';

/** The appointments API's answers as the browser receives them (see wire.ts). */

export type SlotsWire = WireOf<typeof slotsResponse>;
export type AppointmentWire = WireOf<typeof appointmentSchema>;
export type AppointmentRefWire = WireOf<typeof appointmentRef>;
export type AppointmentActionWire = WireOf<typeof actionResponse>;
export type MyAppointmentsWire = WireOf<typeof myAppointmentsResponse>;
export type DayAppointmentsWire = WireOf<typeof dayResponse>;
export type BookRequest = z.input<typeof bookBody>;
export type AppointmentActionRequest = z.input<typeof actionBody>;
