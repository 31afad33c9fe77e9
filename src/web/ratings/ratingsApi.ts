import { api } from '../shared/api';
import type { RectificationRouteAction } from '../../shared/ratings/ratings.enums';
import type {
  CaseRatingWire,
  PublicFiguresWire,
  RateCaseRequest,
  RateTicketRequest,
  RatingLinkWire,
  RatingWire,
  RectificationActionRequest,
  RectificationDetailWire,
  RectificationListWire,
  RectificationRefWire,
  RerateRequest,
  TicketRatingWire,
} from '../../shared/ratings/ratings.wire';

/** The ratings API (好差评 and 整改) as the pages call it; every shape comes from src/shared. */

export function getCaseRating(caseId: string, signal?: AbortSignal): Promise<CaseRatingWire> {
  return api.get<CaseRatingWire>(`/api/v1/cases/${caseId}/rating`, { signal });
}

export function rateCase(caseId: string, body: RateCaseRequest): Promise<RatingWire> {
  return api.post<RatingWire>(`/api/v1/cases/${caseId}/rating`, body);
}

/** Rates a finished "一件事" as a whole (its own rating and rectification; each member is rated on its case). */
export function rateBundle(bundleCaseId: string, body: RateCaseRequest): Promise<RatingWire> {
  return api.post<RatingWire>(`/api/v1/bundle-cases/${bundleCaseId}/rating`, body);
}

/** A 12345 ticket's rating for its page (hotline staff). */
export function getTicketRating(ticketId: string, signal?: AbortSignal): Promise<TicketRatingWire> {
  return api.get<TicketRatingWire>(`/api/v1/hotline/tickets/${ticketId}/rating`, { signal });
}

/** Rates a ticket: the agent on the return visit (signed in), or the caller with the SMS link's token. */
export function rateTicket(ticketId: string, body: RateTicketRequest, token?: string): Promise<RatingWire> {
  return api.post<RatingWire>(`/api/v1/hotline/tickets/${ticketId}/rating`, body, {
    ...(token ? { query: { token }, redirectOnUnauthorized: false } : {}),
  });
}

/** What an SMS rating link stands for (no sign-in). */
export function getRatingLink(token: string, signal?: AbortSignal): Promise<RatingLinkWire> {
  return api.get<RatingLinkWire>('/api/v1/hotline/rating-link', { query: { token }, signal, redirectOnUnauthorized: false });
}

/** A caller re-rates a rectified 差评 with the token of the re-rating SMS (no sign-in). */
export function rerateWithLink(id: string, token: string, body: RerateRequest): Promise<RectificationRefWire> {
  return api.post<RectificationRefWire>(`/api/v1/rectifications/${id}/rating`, body, { query: { token }, redirectOnUnauthorized: false });
}

export function listRectifications(query: { status?: string; page: number; pageSize: number }, signal?: AbortSignal): Promise<RectificationListWire> {
  return api.get<RectificationListWire>('/api/v1/rectifications', { query, signal });
}

export function getRectification(id: string, signal?: AbortSignal): Promise<RectificationDetailWire> {
  return api.get<RectificationDetailWire>(`/api/v1/rectifications/${id}`, { signal });
}

export function actOnRectification(id: string, action: RectificationRouteAction, body: RectificationActionRequest): Promise<RectificationRefWire> {
  return api.post<RectificationRefWire>(`/api/v1/rectifications/${id}/actions/${action}`, body);
}

export function rerate(id: string, body: RerateRequest): Promise<RectificationRefWire> {
  return api.post<RectificationRefWire>(`/api/v1/rectifications/${id}/rating`, body);
}

export function getPublicFigures(query: { by: string; period: string; date: string }, signal?: AbortSignal): Promise<PublicFiguresWire> {
  return api.get<PublicFiguresWire>('/api/v1/ratings/public', { query, signal });
}
