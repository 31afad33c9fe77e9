import { api } from '../shared/api';
import type { ExchangeDirection, GrantStatus, NeedAction, NeedStatus, QueryResult } from '../../shared/exchange/exchange.enums';
import type {
  CreateNeedRequest,
  ExchangeQueryRequest,
  ExchangeQueryResultWire,
  GrantListWire,
  GrantWire,
  NeedActionRequest,
  NeedListWire,
  NeedWire,
  ResourceListWire,
  UsageListWire,
} from '../../shared/exchange/exchange.wire';

/** The data-sharing exchange API (共享交换) as the pages call it; every shape comes from src/shared. */

export interface Paging {
  page: number;
  pageSize: number;
}

export function listResources(query: Paging, signal?: AbortSignal): Promise<ResourceListWire> {
  return api.get<ResourceListWire>('/api/v1/exchange/resources', { query: { ...query }, signal });
}

export function listNeeds(query: Paging & { direction?: ExchangeDirection; status?: NeedStatus }, signal?: AbortSignal): Promise<NeedListWire> {
  return api.get<NeedListWire>('/api/v1/exchange/needs', { query: { ...query }, signal });
}

export function fileNeed(body: CreateNeedRequest): Promise<NeedWire> {
  return api.post<NeedWire>('/api/v1/exchange/needs', body);
}

export function decideNeed(id: string, action: NeedAction, body: NeedActionRequest): Promise<NeedWire> {
  return api.post<NeedWire>(`/api/v1/exchange/needs/${id}/actions/${action}`, body);
}

export function listGrants(query: Paging & { direction?: ExchangeDirection; status?: GrantStatus }, signal?: AbortSignal): Promise<GrantListWire> {
  return api.get<GrantListWire>('/api/v1/exchange/grants', { query: { ...query }, signal });
}

export function revokeGrant(id: string, reason: string): Promise<GrantWire> {
  return api.post<GrantWire>(`/api/v1/exchange/grants/${id}/revoke`, { reason });
}

export function queryExchange(body: ExchangeQueryRequest): Promise<ExchangeQueryResultWire> {
  return api.post<ExchangeQueryResultWire>('/api/v1/exchange/query', body);
}

export function listUsage(query: Paging & { result?: QueryResult }, signal?: AbortSignal): Promise<UsageListWire> {
  return api.get<UsageListWire>('/api/v1/exchange/usage', { query: { ...query }, signal });
}

/** 我的数据使用记录: queries about the data kept under the signed-in citizen's or enterprise's own ID number. */
export function listMyUsage(query: Paging, signal?: AbortSignal): Promise<UsageListWire> {
  return api.get<UsageListWire>('/api/v1/exchange/my-usage', { query: { ...query }, signal });
}
