import { api } from '../../shared/api';
import type { Me } from '../../shared/me';
import type { CaseList } from '../../../shared/cases/cases.wire';
import type { ItemSummary } from '../../../shared/catalog/catalog.wire';
import type { AppointmentActionWire, MyAppointmentsWire } from '../../../shared/appointments/appointments.wire';
import type {
  CardReadWire,
  CreatedKioskWire,
  CreateKioskRequest,
  DeviceWire,
  KioskListWire,
  KioskPrintWire,
  KioskWire,
  QrChallengeWire,
  QrInfoWire,
  QrPollWire,
} from '../../../shared/kiosk/kiosk.wire';

/**
 * The kiosk identity API (docs/decisions.md D32) as the kiosk, the phone and the admin page call it.
 * The kiosk's own calls never send a 401 to the sign-in page: a kiosk has none, it goes back to its start.
 */

const KIOSK = { redirectOnUnauthorized: false } as const;

export function getDevice(signal?: AbortSignal): Promise<DeviceWire> {
  return api.get<DeviceWire>('/api/v1/kiosk/device', { ...KIOSK, signal });
}

export function enrol(code: string): Promise<KioskWire> {
  return api.post<KioskWire>('/api/v1/kiosk/enrol', { code }, KIOSK);
}

export function getDemoCards(signal?: AbortSignal): Promise<{ cards: CardReadWire[] }> {
  return api.get<{ cards: CardReadWire[] }>('/api/v1/kiosk/demo-cards', { ...KIOSK, signal });
}

export function signInByCard(place: string, card: { idNumber: string; name: string }): Promise<Me> {
  return api.post<Me>('/api/v1/kiosk/sign-in/card', { place, idNumber: card.idNumber, name: card.name }, KIOSK);
}

export function startQr(place: string): Promise<QrChallengeWire> {
  return api.post<QrChallengeWire>('/api/v1/kiosk/sign-in/qr', { place }, KIOSK);
}

export function pollQr(id: string, signal?: AbortSignal): Promise<QrPollWire> {
  return api.get<QrPollWire>(`/api/v1/kiosk/sign-in/qr/${encodeURIComponent(id)}`, { ...KIOSK, signal });
}

/** The signed-in person's cases, as the portal's 我的办件 lists them (`GET /api/v1/cases`, scoped to the caller). */
export function myCases(signal?: AbortSignal): Promise<CaseList> {
  return api.get<CaseList>('/api/v1/cases', { ...KIOSK, query: { pageSize: 20 }, signal });
}

/** The signed-in person's bookings waiting for check-in. */
export function myBookings(signal?: AbortSignal): Promise<MyAppointmentsWire> {
  return api.get<MyAppointmentsWire>('/api/v1/me/appointments', { ...KIOSK, query: { status: 'booked', pageSize: 100 }, signal });
}

/** The holder's check-in with the code their own booking carries; the answer holds the priority ticket. */
export function checkIn(id: string, version: number, code: string): Promise<AppointmentActionWire> {
  return api.post(`/api/v1/appointments/${id}/actions/check_in`, { version, code }, KIOSK);
}

/** Prints the notice of one of the person's cases at this kiosk's printer (the device cookie says which). */
export function printNotice(caseId: string): Promise<KioskPrintWire> {
  return api.post<KioskPrintWire>('/api/v1/kiosk/print', { caseId }, KIOSK);
}

/** Pages of the catalog the portal searches, for one audience; the kiosk keeps those its hall handles. */
const CATALOG_PAGE = 100;
const CATALOG_PAGES = 10;

export async function findAudienceItems(audience: 'citizen' | 'enterprise', signal?: AbortSignal): Promise<ItemSummary[]> {
  const items: ItemSummary[] = [];
  for (let page = 1; page <= CATALOG_PAGES; page++) {
    const r = await api.get<{ items: ItemSummary[]; total: number }>('/api/v1/items', { ...KIOSK, query: { audience, page, pageSize: CATALOG_PAGE }, signal });
    items.push(...r.items);
    if (items.length >= r.total || r.items.length < CATALOG_PAGE) break;
  }
  return items;
}

/** On the phone. */
export function getQrInfo(id: string, signal?: AbortSignal): Promise<QrInfoWire> {
  return api.get<QrInfoWire>(`/api/v1/kiosk/qr/${encodeURIComponent(id)}`, { signal });
}

export function answerQr(id: string, answer: 'confirm' | 'cancel'): Promise<QrInfoWire> {
  return api.post<QrInfoWire>(`/api/v1/kiosk/qr/${encodeURIComponent(id)}/${answer}`);
}

/** The admin's page. */
export function listKiosks(signal?: AbortSignal): Promise<KioskListWire> {
  return api.get<KioskListWire>('/api/v1/kiosks', { signal });
}

export function createKiosk(body: CreateKioskRequest): Promise<CreatedKioskWire> {
  return api.post<CreatedKioskWire>('/api/v1/kiosks', body);
}

export function revokeKiosk(id: string): Promise<KioskWire> {
  return api.post<KioskWire>(`/api/v1/kiosks/${id}/revoke`);
}
