import { api } from '../shared/api';
import type {
  CreateSealRequest,
  LicenceListWire,
  LicenceWire,
  SealListWire,
  SealWire,
  VerifyRequest,
  VerifyResultWire,
} from '../../shared/licences/licences.wire';
import type { departmentLicenceListSchema } from '../../shared/licences/licences.schemas';
import type { WireOf } from '../../shared/wire';
import type { LicenceStatus, ReasonAction } from './format';

/** 证照管理: a page of the licences the caller's department issued, with the holder's name and the reasons. */
export type DepartmentLicenceListWire = WireOf<typeof departmentLicenceListSchema>;
export type DepartmentLicenceWire = DepartmentLicenceListWire['items'][number];

/** The e-licences and e-seals API (docs/decisions.md D17) as the pages call it; every shape comes from src/shared. */

export function listMyLicences(query: { page: number; pageSize: number }, signal?: AbortSignal): Promise<LicenceListWire> {
  return api.get<LicenceListWire>('/api/v1/licenses/mine', { query, signal });
}

export function getLicence(id: string, signal?: AbortSignal): Promise<LicenceWire> {
  return api.get<LicenceWire>(`/api/v1/licenses/${id}`, { signal });
}

export function listDepartmentLicences(
  query: { status?: LicenceStatus; q?: string; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<DepartmentLicenceListWire> {
  return api.get<DepartmentLicenceListWire>('/api/v1/licenses', { query, signal });
}

/** Suspends (暂扣), resumes or revokes a licence with the reason; answers the licence as it now is. */
export function changeLicence(id: string, action: ReasonAction, reason: string): Promise<LicenceWire> {
  return api.post<LicenceWire>(`/api/v1/licenses/${id}/${action}`, { reason });
}

/** Renews (延续) a valid licence: answers the new version; the old one is then superseded. */
export function renewLicence(id: string): Promise<LicenceWire> {
  return api.post<LicenceWire>(`/api/v1/licenses/${id}/renew`);
}

/** Public: no sign-in, so a 401 is never expected and never redirects. */
export function verifyLicence(body: VerifyRequest): Promise<VerifyResultWire> {
  return api.post<VerifyResultWire>('/api/v1/licenses/verify', body, { redirectOnUnauthorized: false });
}

export function listSeals(signal?: AbortSignal): Promise<SealListWire> {
  return api.get<SealListWire>('/api/v1/seals', { signal });
}

export function createSeal(body: CreateSealRequest): Promise<SealWire> {
  return api.post<SealWire>('/api/v1/seals', body);
}

export function revokeSeal(sealId: string, reason: string): Promise<SealWire> {
  return api.post<SealWire>(`/api/v1/seals/${sealId}/revoke`, { reason });
}

export const sealImageUrl = (sealId: string) => `/api/v1/seals/${encodeURIComponent(sealId)}/image.svg`;
export const licenceQrUrl = (id: string) => `/api/v1/licenses/${id}/qr.svg`;
export const licencePdfUrl = (id: string) => `/api/v1/licenses/${id}/pdf`;
