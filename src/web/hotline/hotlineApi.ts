import { api, type QueryValue } from '../shared/api';
import type {
  ApiKey,
  ApiKeyInput,
  CallInput,
  Classification,
  CreatedTicket,
  HotlineReport,
  KbArticle,
  KbPage,
  PublicTicketInput,
  PublicTicketResult,
  TakeCallResult,
  TicketDetail,
  TicketInput,
  TicketPage,
  TicketRef,
  TicketSummary,
  TrackResult,
} from '../../shared/hotline/hotline.wire';
import type { ReportPeriod, TicketAction } from '../../shared/hotline/tickets.enums';

/** The hotline endpoints this UI calls, all through the one API client. */

export type { CallInput, PublicTicketInput, TicketInput };

const BASE = '/api/v1/hotline';

export function classifyText(text: string, signal?: AbortSignal): Promise<Classification> {
  return api.post<Classification>(`${BASE}/classify`, { text }, { signal });
}

/** Logs the call; answers with the caller's history, an emergency transfer (logged) or a suggestion. */
export function takeCall(body: CallInput): Promise<TakeCallResult> {
  return api.post<TakeCallResult>(`${BASE}/calls`, body);
}

export function createTicket(body: TicketInput): Promise<CreatedTicket> {
  return api.post<CreatedTicket>(`${BASE}/tickets`, body);
}

export function submitPublicTicket(body: PublicTicketInput): Promise<PublicTicketResult> {
  return api.post<PublicTicketResult>(`${BASE}/public/tickets`, body, { redirectOnUnauthorized: false });
}

export function trackPublicTicket(ticketNo: string, phoneTail: string, signal?: AbortSignal): Promise<TrackResult> {
  return api.get<TrackResult>(`${BASE}/public/tickets/${encodeURIComponent(ticketNo)}`, {
    query: { phone4: phoneTail },
    signal,
    redirectOnUnauthorized: false,
  });
}

export function findCallerTickets(phone: string, signal?: AbortSignal): Promise<{ items: TicketSummary[] }> {
  return api.get<{ items: TicketSummary[] }>(`${BASE}/callers/${encodeURIComponent(phone)}/tickets`, { signal });
}

export function findTickets(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<TicketPage> {
  return api.get<TicketPage>(`${BASE}/tickets`, { query, signal });
}

export function getTicket(id: string, signal?: AbortSignal): Promise<TicketDetail> {
  return api.get<TicketDetail>(`${BASE}/tickets/${encodeURIComponent(id)}`, { signal });
}

/** Takes an action on a ticket; the body carries the version the user saw. */
export function performAction(id: string, action: TicketAction, body: { version: number } & Record<string, unknown>): Promise<TicketRef> {
  return api.post<TicketRef>(`${BASE}/tickets/${encodeURIComponent(id)}/actions/${action}`, body);
}

export function searchKnowledge(q: string, page: number, pageSize: number, signal?: AbortSignal): Promise<KbPage> {
  return api.get<KbPage>(`${BASE}/kb`, { query: { q: q || undefined, page, pageSize }, signal });
}

export function getArticle(id: number, signal?: AbortSignal): Promise<KbArticle> {
  return api.get<KbArticle>(`${BASE}/kb/${id}`, { signal });
}

export function findApiKeys(signal?: AbortSignal): Promise<{ items: ApiKey[] }> {
  return api.get<{ items: ApiKey[] }>('/api/v1/admin/open311/keys', { signal });
}

export function issueApiKey(body: ApiKeyInput): Promise<ApiKey & { key: string }> {
  return api.post<ApiKey & { key: string }>('/api/v1/admin/open311/keys', body);
}

export function revokeApiKey(id: string): Promise<ApiKey> {
  return api.post<ApiKey>(`/api/v1/admin/open311/keys/${encodeURIComponent(id)}/revoke`, {});
}

export function getReport(period: ReportPeriod, date: string, signal?: AbortSignal): Promise<HotlineReport> {
  return api.get<HotlineReport>(`${BASE}/reports`, { query: { period, date }, signal });
}

/** The report as an xlsx workbook (a plain link: the browser downloads it with the session cookie). */
export function reportExportUrl(period: ReportPeriod, date: string): string {
  return `${BASE}/reports/export.xlsx?${new URLSearchParams({ period, date }).toString()}`;
}
