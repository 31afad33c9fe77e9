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

/** The e-licences and e-seals API (docs/decisions.md D17) as the pages call it; every shape comes from src/shared. */

export function listMyLicences(query: { page: number; pageSize: number }, signal?: AbortSignal): Promise<LicenceListWire> {
  return api.get<LicenceListWire>('/api/v1/licenses/mine', { query, signal });
}

export function getLicence(id: string, signal?: AbortSignal): Promise<LicenceWire> {
  return api.get<LicenceWire>(`/api/v1/licenses/${id}`, { signal });
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
