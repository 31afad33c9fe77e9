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
import type { materialOffersSchema, prefillSchema } from '../../../shared/cases/cases.schemas';
import type { Guide as ItemGuide, ItemSummary } from '../../../shared/catalog/catalog.wire';
import type { UploadedFile } from '../../../shared/files/files.wire';
import type { NotificationPage } from '../../../shared/notifications/notifications.wire';
import type { Department } from '../../../shared/org/org.wire';
import type { WireOf } from '../../../shared/wire';

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
/** The applicant's identifiers in full (case pages show them masked); the server audits each reveal. */
export function revealIdentity(id: string, reason: string): Promise<{ idNumber: string; mobile: string | null; form: Record<string, string> }> {
  return api.post(`/api/v1/cases/${id}/identity/reveal`, { reason });
}

export function performAction(id: string, action: CaseAction, body: Record<string, unknown> & { version: number }): Promise<CaseRef> {
  return api.post<CaseRef>(`/api/v1/cases/${id}/actions/${action}`, body);
}

/** One material the applicant need not bring (免提交): an e-licence they hold, or data fetched through the exchange. */
export type MaterialOffer = WireOf<typeof materialOffersSchema>['items'][number];

/**
 * What would stand in for the item's 电子证照 / 共享获取 materials (docs/decisions.md D21); reads
 * nobody's data. A window clerk names the walk-in applicant.
 */
export async function getMaterialOffers(
  itemCode: string,
  applicant?: { idType: 'resident_id' | 'uscc'; idNumber: string },
  signal?: AbortSignal,
): Promise<MaterialOffer[]> {
  const r = await api.get<WireOf<typeof materialOffersSchema>>('/api/v1/cases/material-offers', {
    query: { itemCode, ...(applicant ? { idType: applicant.idType, idNumber: applicant.idNumber } : {}) },
    signal,
  });
  return r.items;
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

export async function searchItems(q: string, signal?: AbortSignal, pageSize = 20): Promise<ItemSummary[]> {
  const r = await api.get<{ items: ItemSummary[] }>('/api/v1/items', { query: { q: q || undefined, pageSize }, signal });
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

/** 智能填单: values for the item's form from what the government holds, and where each came from. */
export type Prefill = WireOf<typeof prefillSchema>;

/**
 * Asks for the form's 智能填单 values. Each exchange read it makes is logged on the applicant's
 * data-usage record (docs/decisions.md D21), so a page asks once, not on every render or language change.
 */
export function getPrefill(itemCode: string, applicant?: { idType: 'resident_id' | 'uscc'; idNumber: string }, signal?: AbortSignal): Promise<Prefill> {
  return api.get<Prefill>('/api/v1/cases/prefill', {
    query: { itemCode, ...(applicant ? { idType: applicant.idType, idNumber: applicant.idNumber } : {}) },
    signal,
  });
}
