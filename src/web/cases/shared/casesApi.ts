import { api } from '../../shared/api';
import type { CaseAction } from '../../../shared/cases/cases.enums';
import type {
  ApplicantInput,
  CaseDetail,
  CaseList,
  CaseListQuery,
  CaseRef,
  CreateCaseInput,
  DepartmentLoad,
  EditDraftInput,
  MaterialRef,
  Progress,
} from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide, ItemSummary } from '../../../shared/catalog/catalog.wire';
import type { UploadedFile } from '../../../shared/files/files.wire';
import type { NotificationPage } from '../../../shared/notifications/notifications.wire';
import type { Department } from '../../../shared/org/org.wire';

/** The cases, files, catalog and notification calls the case pages make, all through the one API client. */

export type { ApplicantInput, CreateCaseInput, MaterialRef };

/** A fresh key per logical submission, so a retried POST never makes a second case. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function createCase(input: CreateCaseInput, idempotencyKey: string): Promise<CaseRef> {
  return api.post<CaseRef>('/api/v1/cases', input, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function saveDraft(id: string, body: EditDraftInput): Promise<CaseRef> {
  return api.patch<CaseRef>(`/api/v1/cases/${id}`, body);
}

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/v1/cases/${id}`, { signal });
}

export function listCases(query: CaseListQuery, signal?: AbortSignal): Promise<CaseList> {
  return api.get<CaseList>('/api/v1/cases', { query: { ...query }, signal });
}

/** Takes one lifecycle action; `body` carries the version the user saw (stale → 409). */
export function performAction(id: string, action: CaseAction, body: Record<string, unknown> & { version: number }): Promise<CaseRef> {
  return api.post<CaseRef>(`/api/v1/cases/${id}/actions/${action}`, body);
}

export function getDepartmentLoad(signal?: AbortSignal): Promise<DepartmentLoad> {
  return api.get<DepartmentLoad>('/api/v1/cases/stats/department-load', { signal });
}

export async function findDepartments(signal?: AbortSignal): Promise<Department[]> {
  const r = await api.get<{ items: Department[] }>('/api/v1/departments', { signal });
  return r.items;
}

export function getItemGuide(code: string, signal?: AbortSignal): Promise<ItemGuide> {
  return api.get<ItemGuide>(`/api/v1/items/${code}`, { signal });
}

export async function searchItems(q: string, signal?: AbortSignal): Promise<ItemSummary[]> {
  const r = await api.get<{ items: ItemSummary[] }>('/api/v1/items', { query: { q: q || undefined, pageSize: 20 }, signal });
  return r.items;
}

/** Uploads one material file (multipart field "file"). */
export function uploadFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<UploadedFile>('/api/v1/files', body);
}

/** Where a stored file is read (its uploader, or staff who can see a case using it). */
export function fileUrl(fileId: string): string {
  return `/api/v1/files/${fileId}`;
}

export function getProgress(caseNo: string, idTail: string, signal?: AbortSignal): Promise<Progress> {
  return api.get<Progress>('/api/v1/progress', { query: { caseNo, idTail }, signal, redirectOnUnauthorized: false });
}

export function findNotifications(query: { unread?: boolean; page?: number; pageSize?: number }, signal?: AbortSignal): Promise<NotificationPage> {
  return api.get<NotificationPage>('/api/v1/notifications', {
    query: { unread: query.unread ? 'true' : undefined, page: query.page, pageSize: query.pageSize },
    signal,
  });
}

export function markNotificationRead(id: number): Promise<void> {
  return api.post<void>(`/api/v1/notifications/${id}/read`);
}
