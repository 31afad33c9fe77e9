import { api } from '../shared/api';
import type { z } from 'zod';
import type { BundleDetail } from '../../shared/catalog/catalog.wire';
import type { BUNDLE_ACTION_BODIES } from '../../shared/bundles/bundles.schemas';
import type { BundleAction, BundleStatus } from './bundleTypes';
import type { BundleCaseDetail, BundleCaseList, BundleCaseRef, BundlePlan, BundleQuestion, CreateBundleCaseRequest } from '../../shared/bundles/bundles.wire';

/** The "一件事一次办" calls the bundle pages make, all through the one API client (docs/architecture.md). */

/** A bundle's guide with what applying needs: its questions and the plan listing every member. */
export type BundleGuide = BundleDetail & { questions?: BundleQuestion[]; plan?: BundlePlan };

export type Answers = CreateBundleCaseRequest['answers'];

export function getBundle(code: string, signal?: AbortSignal): Promise<BundleGuide> {
  return api.get<BundleGuide>(`/api/v1/bundles/${encodeURIComponent(code)}`, { signal });
}

/** Which members the answers select (and why), the merged form and materials, the promise. */
export function planBundle(code: string, answers: Answers, signal?: AbortSignal): Promise<BundlePlan> {
  return api.post<BundlePlan>(`/api/v1/bundles/${encodeURIComponent(code)}/plan`, { answers }, { signal });
}

export function createBundleCase(body: CreateBundleCaseRequest, idempotencyKey: string): Promise<BundleCaseRef> {
  return api.post<BundleCaseRef>('/api/v1/bundle-cases', body, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function listBundleCases(
  query: { status?: BundleStatus; bundleCode?: string; page?: number; pageSize?: number },
  signal?: AbortSignal,
): Promise<BundleCaseList> {
  return api.get<BundleCaseList>('/api/v1/bundle-cases', { query: { ...query }, signal });
}

export function getBundleCase(id: string, signal?: AbortSignal): Promise<BundleCaseDetail> {
  return api.get<BundleCaseDetail>(`/api/v1/bundle-cases/${id}`, { signal });
}

export type BundleActionBody<A extends BundleAction> = z.input<(typeof BUNDLE_ACTION_BODIES)[A]>;

/** One bundle-level action on every member it concerns; `body.version` is the bundle's (stale → 409). */
export function performBundleAction<A extends BundleAction>(id: string, action: A, body: BundleActionBody<A>): Promise<BundleCaseRef> {
  return api.post<BundleCaseRef>(`/api/v1/bundle-cases/${id}/actions/${action}`, body);
}
