import type { AppContext } from '../../context';
import { checkUscc } from '../../../shared/ids/uscc';
import { findBundleMemberCases, handOverBundleResult } from '../cases';
import type { Handover } from './bundles.merge';
import * as repo from './bundles.repository';

/**
 * Hands each decided, approved member's result to the members of later stages that need it
 * (docs/decisions.md D24): 营业执照 satisfies their material, and the registration's result code —
 * the new business's unified social credit code — fills their credit-code field. Runs as a job
 * after the deciding change commits; safe to run again.
 */
export async function runHandover(ctx: AppContext, bundleCaseId: string, now: Date): Promise<number> {
  const bundle = await repo.findBundleCase(ctx.db, bundleCaseId);
  if (!bundle) return 0;
  const handovers = ((bundle.definition as { handovers?: Handover[] }).handovers ?? []) as Handover[];
  const members = await findBundleMemberCases(ctx.db, bundleCaseId);
  let done = 0;
  for (const h of handovers) {
    const from = members.find((m) => m.itemCode === h.from);
    const to = members.find((m) => m.itemCode === h.to);
    if (!from || !to || from.decision !== 'approved' || !(from.status === 'completed' || from.status === 'issued')) continue;
    const code = from.resultCode?.toUpperCase() ?? null;
    const form = code && checkUscc(code).ok ? Object.fromEntries(h.fields.map((f) => [f, code])) : {};
    const ok = await handOverBundleResult(
      ctx,
      {
        fromCaseId: from.id,
        toCaseId: to.id,
        materials: h.materials.map((m) => ({
          materialCode: m.materialCode,
          label: `本“一件事”中《${from.itemName}》的办理结果（${from.caseNo ?? ''}）`,
          labelEn: `The result of “${from.itemName}” in this bundle (${from.caseNo ?? ''})`,
        })),
        form,
      },
      now,
    );
    if (ok) done += 1;
  }
  return done;
}
