import { api } from '../shared/api';
import type { OrderAction } from '../../shared/supervision/supervision.enums';
import type { CreateOrderRequest, OrderActionRequest, OrderDetailWire, OrderListWire, OrderRefWire } from '../../shared/supervision/supervision.wire';

/** The supervision-orders API (督办) as the pages call it; every shape comes from src/shared. */

export interface OrderListParams {
  status?: string;
  light?: string;
  subjectKind?: string;
  subjectId?: string;
  escalated?: 'true';
  page: number;
  pageSize: number;
}

export function listOrders(query: OrderListParams, signal?: AbortSignal): Promise<OrderListWire> {
  return api.get<OrderListWire>('/api/v1/supervision/orders', { query: { ...query }, signal });
}

export function getOrder(id: string, signal?: AbortSignal): Promise<OrderDetailWire> {
  return api.get<OrderDetailWire>(`/api/v1/supervision/orders/${id}`, { signal });
}

export function createOrder(body: CreateOrderRequest, idempotencyKey: string): Promise<OrderRefWire> {
  return api.post<OrderRefWire>('/api/v1/supervision/orders', body, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function actOnOrder(id: string, action: OrderAction, body: OrderActionRequest): Promise<OrderRefWire> {
  return api.post<OrderRefWire>(`/api/v1/supervision/orders/${id}/actions/${action}`, body);
}
