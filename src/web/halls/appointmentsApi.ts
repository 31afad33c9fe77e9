import { api } from '../shared/api';
import type {
  AppointmentActionRequest,
  AppointmentRefWire,
  AppointmentWire,
  BookRequest,
  DayAppointmentsWire,
  MyAppointmentsWire,
  SlotsWire,
} from '../../shared/appointments/appointments.wire';
import type { AppointmentStatus } from '../../shared/appointments/appointments.enums';
import type { PlacesResponse } from '../../shared/places/places.wire';

/** The appointments API (预约, docs/decisions.md D28) as the pages call it; every shape comes from src/shared. */

export function getSlots(place: string, query: { item: string; from?: string; to?: string }, signal?: AbortSignal): Promise<SlotsWire> {
  return api.get<SlotsWire>(`/api/v1/places/${encodeURIComponent(place)}/slots`, { query, signal });
}

/** The places that handle an item, where it can be booked. */
export function placesFor(item: string, signal?: AbortSignal): Promise<PlacesResponse> {
  return api.get<PlacesResponse>('/api/v1/places', { query: { item, pageSize: 100 }, signal });
}

/** Places of a region, for staff choosing whose day to read. */
export function placesIn(region: string, signal?: AbortSignal): Promise<PlacesResponse> {
  return api.get<PlacesResponse>('/api/v1/places', { query: { region, pageSize: 100 }, signal });
}

export function book(body: BookRequest): Promise<AppointmentWire> {
  return api.post<AppointmentWire>('/api/v1/appointments', body);
}

export function getAppointment(id: string, signal?: AbortSignal): Promise<AppointmentWire> {
  return api.get<AppointmentWire>(`/api/v1/appointments/${id}`, { signal });
}

export function listMyAppointments(query: { status?: AppointmentStatus; page: number; pageSize: number }, signal?: AbortSignal): Promise<MyAppointmentsWire> {
  return api.get<MyAppointmentsWire>('/api/v1/me/appointments', { query, signal });
}

export function listDay(place: string, date: string | undefined, signal?: AbortSignal): Promise<DayAppointmentsWire> {
  return api.get<DayAppointmentsWire>(`/api/v1/places/${encodeURIComponent(place)}/appointments`, { query: date ? { date } : {}, signal });
}

export function actOn(id: string, action: 'cancel' | 'reschedule' | 'check_in', body: AppointmentActionRequest): Promise<AppointmentRefWire> {
  return api.post<AppointmentRefWire>(`/api/v1/appointments/${id}/actions/${action}`, body);
}
