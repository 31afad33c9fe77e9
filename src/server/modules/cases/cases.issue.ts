import { AppError } from '../../platform/errors';
import { CASE_ERR } from './cases.errors';
import { DELIVERY_LABELS } from './cases.labels';
import { issuesLicence } from '../../../shared/catalog/catalog.enums';
import { licenceIssuer, licenceRequestOf } from './cases.licences';
import { notifyApplicant } from './cases.notify';
import type { ActionBody } from './cases.schemas';
import type { ActionHandler } from './cases.transition';

/** Completion (办结), unified issuance (统一出件) and the applicant's withdrawal. */

/** 办结: after the decision, or straight after acceptance for a 即办件 (decided on the spot). */
export const complete: ActionHandler<ActionBody<'complete'>> = async ({ trx, row, body, now }) => {
  const instant = row.status === 'accepted';
  const data = { ...(row.decision_data as Record<string, unknown> | null), ...(body.resultCode ? { resultCode: body.resultCode } : {}) };
  return {
    patch: { completed_at: now, decision_data: JSON.stringify(data), ...(instant ? { decision: 'approved' as const, decided_at: now } : {}) },
    event: { instant, ...(body.resultCode ? { resultCode: body.resultCode } : {}) },
    after: async (r) => {
      if (instant) await notifyApplicant(trx, r, 'case.completed', {});
    },
  };
};

/**
 * 出件: at the window, by express (tracking number required) or as an e-licence, which the
 * licences module issues and signs in this transaction (a licence or certificate result only).
 */
export const issue: ActionHandler<ActionBody<'issue'>> = async ({ ctx, trx, row, item, body, now, actor }) => {
  if (body.mode === 'express' && !body.trackingNo) throw new AppError(CASE_ERR.TRACKING_NO_REQUIRED);
  let licence: { licenceId: string; identifier: string } | null = null;
  if (body.mode === 'e_licence') {
    if (!issuesLicence(item)) throw new AppError(CASE_ERR.NOT_A_LICENCE, { result: item.resultName });
    const issueLicence = licenceIssuer();
    if (!issueLicence) throw new AppError(CASE_ERR.LICENCES_UNAVAILABLE);
    const decision = (row.decision_data ?? {}) as { resultCode?: unknown };
    licence = await issueLicence(ctx, trx, licenceRequestOf(row, item, typeof decision.resultCode === 'string' ? decision.resultCode : null, now));
  }
  const delivery = {
    mode: body.mode,
    issuedAt: now.toISOString(),
    by: actor.displayName,
    ...(body.trackingNo ? { trackingNo: body.trackingNo } : {}),
    ...(body.carrier ? { carrier: body.carrier } : {}),
    ...(body.recipient ? { recipient: body.recipient } : {}),
    ...(licence ? { licenceNo: licence.identifier, licenceId: licence.licenceId } : {}),
  };
  return {
    patch: { delivery: JSON.stringify(delivery), issued_at: now },
    event: { delivery },
    after: (r) => notifyApplicant(trx, r, 'case.issued', { delivery: DELIVERY_LABELS[body.mode].zh, deliveryEn: DELIVERY_LABELS[body.mode].en }),
  };
};

/** 撤回 by the applicant before a decision; the reason, if any, goes on the record. */
export const withdraw: ActionHandler<ActionBody<'withdraw'>> = async ({ body }) => ({
  event: body.reason ? { reason: body.reason } : {},
});
