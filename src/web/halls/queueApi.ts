import { api } from '../shared/api';
import type { QueueStatsWire, TakeTicketRequest, TicketWire, WindowActionRequest, WindowActionWire, WindowStateWire } from '../../shared/queue/queue.wire';
import type { WindowAction } from '../../shared/queue/queue.enums';
import type { PlaceDetail } from '../../shared/places/places.wire';

/** The queue API (取号、叫号, docs/decisions.md D29) as the kiosk, the window's calling panel and the hall screen call it. */

export function takeTicket(body: TakeTicketRequest): Promise<TicketWire> {
  return api.post<TicketWire>('/api/v1/queue/tickets', body);
}

export function getTicket(id: string, signal?: AbortSignal): Promise<TicketWire> {
  return api.get<TicketWire>(`/api/v1/queue/tickets/${id}`, { signal });
}

/** A window in URLs: the place's code and the window's, joined by a dot. */
export function windowId(place: string, window: string): string {
  return `${place}.${window}`;
}

export function getWindow(id: string, signal?: AbortSignal): Promise<WindowStateWire> {
  return api.get<WindowStateWire>(`/api/v1/queue/windows/${encodeURIComponent(id)}`, { signal });
}

export function actAtWindow(id: string, action: WindowAction, body: WindowActionRequest = {}): Promise<WindowActionWire> {
  return api.post<WindowActionWire>(`/api/v1/queue/windows/${encodeURIComponent(id)}/actions/${action}`, body);
}

export function getQueueStats(place: string, date: string | undefined, signal?: AbortSignal): Promise<QueueStatsWire> {
  return api.get<QueueStatsWire>(`/api/v1/queue/places/${encodeURIComponent(place)}/stats`, { query: date ? { date } : {}, signal });
}

export function getPlace(code: string, signal?: AbortSignal): Promise<PlaceDetail> {
  return api.get<PlaceDetail>(`/api/v1/places/${encodeURIComponent(code)}`, { signal });
}

/** The hall screen's server-sent events (a snapshot, then each call, recall, skip, transfer and take). */
export function hallStreamUrl(place: string): string {
  return `/api/v1/queue/places/${encodeURIComponent(place)}/stream`;
}
