import type { AppContext } from '../../context';
import * as repo from './cases.repository';
import { getCaseItem } from './cases.items';
import type { PublishedItem } from '../catalog';
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
  // Read once for both steps: the materials step adds materials, never changes the row.
  let row: repo.CaseRow | undefined;
  let item: PublishedItem;
  try {
    row = await repo.findCase(ctx.db, ref.id);
    if (!row || row.status === 'draft') return ref;
    item = await getCaseItem(ctx.db, row.item_code, row.item_version);
  } catch (err) {
    ctx.log.error({ err, caseId: ref.id }, 'the submitted case could not be read back; no shared materials, no 秒批');
    return ref;
  }
  try {
    await satisfyMaterials(ctx, row, item, picks, now);
  } catch (err) {
    ctx.log.error({ err, caseId: ref.id }, 'materials from shared sources failed');
  }
  try {
    return await tryInstantApproval(ctx, ref, row, item, now);
  } catch (err) {
    ctx.log.error({ err, caseId: ref.id }, '秒批 evaluation failed; the case goes the ordinary way');
    return ref;
  }
}
