import { api } from '../shared/api';
import type { RectificationRouteAction } from '../../shared/ratings/ratings.enums';
import type {
  CaseRatingWire,
  PublicFiguresWire,
  RateCaseRequest,
  RatingWire,
  RectificationActionRequest,
  RectificationDetailWire,
  RectificationListWire,
  RectificationRefWire,
  RerateRequest,
} from '../../shared/ratings/ratings.wire';

/** The ratings API (好差评 and 整改) as the pages call it; every shape comes from src/shared. */

export function getCaseRating(caseId: string, signal?: AbortSignal): Promise<CaseRatingWire> {
  return api.get<CaseRatingWire>(`/api/v1/cases/${caseId}/rating`, { signal });
}

export function rateCase(caseId: string, body: RateCaseRequest): Promise<RatingWire> {
  return api.post<RatingWire>(`/api/v1/cases/${caseId}/rating`, body);
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
