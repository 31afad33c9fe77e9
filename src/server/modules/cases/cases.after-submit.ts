import type { AppContext } from '../../context';
import { tryInstantApproval } from './cases.instant';
import { satisfyMaterials } from './cases.sources';
import type { CaseRef } from './cases.transition';

/**
 * What follows a submission, after its transaction: the materials shared sources satisfy, then
 * 秒批 for an item with rules (cases.instant.ts). A failure here loses nothing — the case stands as
 * submitted, the window asks for the material and decides it the ordinary way.
 */
export async function afterSubmit(ctx: AppContext, ref: CaseRef, picks: ReadonlyMap<string, string>, now: Date): Promise<CaseRef> {
  if (ref.status === 'draft') return ref;
  try {
    await satisfyMaterials(ctx, ref.id, picks, now);
  } catch (err) {
    ctx.log.error({ err, caseId: ref.id }, 'materials from shared sources failed');
  }
  try {
    return await tryInstantApproval(ctx, ref, now);
  } catch (err) {
    ctx.log.error({ err, caseId: ref.id }, '秒批 evaluation failed; the case goes the ordinary way');
    return ref;
  }
}
