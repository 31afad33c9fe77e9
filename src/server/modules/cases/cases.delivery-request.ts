import { AppError } from '../../platform/errors';
import { maskMobile } from '../../platform/ids/mobile';
import type { PublishedItem } from '../catalog';
import { offeredDeliveryModes } from '../../../shared/catalog/catalog.enums';
import { CASE_ERR } from './cases.errors';
import { DELIVERY_LABELS } from './cases.labels';
import type { DeliveryRequest } from './cases.schemas';

/**
 * 领取方式: how the applicant asks to receive the result, chosen when applying and checked against
 * what the item offers (docs/decisions.md D27).
 */

/** The request as stored, or a rule error when the item does not offer that way. */
export function checkDeliveryRequest(item: PublishedItem, request: DeliveryRequest | undefined): string | undefined {
  if (!request) return undefined;
  if (!offeredDeliveryModes(item).includes(request.mode)) {
    const label = DELIVERY_LABELS[request.mode];
    throw new AppError(CASE_ERR.DELIVERY_NOT_OFFERED, { mode: label.zh, modeEn: label.en });
  }
  return JSON.stringify(request);
}

/** The stored request as a case page shows it: the recipient's mobile masked (D25) except on a draft. */
export function shownDeliveryRequest(stored: unknown, draft: boolean): DeliveryRequest | null {
  if (!stored || typeof stored !== 'object') return null;
  const r = stored as DeliveryRequest;
  return r.mode === 'express' && !draft ? { ...r, mobile: maskMobile(r.mobile) } : r;
}
