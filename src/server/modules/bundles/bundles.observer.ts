import type { Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { enqueue } from '../../platform/jobs/queue';
import { findBundleMemberCases, type BundleMemberChange } from '../cases';
import * as repo from './bundles.repository';
import { deriveStatus } from './bundles.status';

/** The queue that hands an earlier member's result to the later ones (bundles.handover.ts). */
export const HANDOVER_QUEUE = 'bundles.handover';

/**
 * Every change of a member case, inside its transaction (docs/decisions.md D24): the bundle's
 * status follows its members, and a member decided in an earlier stage queues the hand-over of
 * its result to the later ones (in the same transaction: it happens if and only if the change
 * commits). The bundle row is locked after the member, the order bundle actions keep too.
 */
export async function onMemberChange(trx: Transaction<DB>, change: BundleMemberChange): Promise<void> {
  const bundle = await repo.lockBundleCase(trx, change.bundleCaseId);
  if (!bundle) return;
  const members = await findBundleMemberCases(trx, bundle.id);
  const status = deriveStatus(bundle.status, members);
  if (status !== bundle.status) {
    await repo.updateBundleCase(trx, bundle.id, { status, completed_at: status === 'completed' ? change.at : null, updated_at: change.at });
    await appendEvent(trx, {
      chain: `bundle:${bundle.id}`,
      action: 'bundle.status',
      actorId: null,
      actorName: '系统',
      subjectType: 'bundle_case',
      subjectId: bundle.id,
      regionCode: bundle.region_code,
      data: { from: bundle.status, to: status, caseId: change.caseId, caseAction: change.action },
      at: change.at,
    });
  }
  const laterStages = members.some((m) => m.stage > (change.stage ?? 1));
  if (laterStages && change.decision === 'approved' && (change.status === 'completed' || change.status === 'issued'))
    await enqueue(trx, HANDOVER_QUEUE, { bundleCaseId: bundle.id }, { singletonKey: bundle.id });
}
