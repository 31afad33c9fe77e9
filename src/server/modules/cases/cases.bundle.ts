import type { AppContext } from '../../context';
import type { Executor } from '../../db/executor';
import { appendEvent } from '../../platform/audit/events.repository';
import * as repo from './cases.repository';
import { CLOSED_STATUSES, type CaseStatus } from './cases.state';

/**
 * What the bundles module may read and do of its member cases (docs/decisions.md D24), through
 * the cases door: the members' facts for the bundle view, and the hand-over of an earlier member's
 * result (营业执照, the credit code) to the members of later stages.
 */

export interface BundleMemberCase {
  id: string;
  caseNo: string | null;
  itemCode: string;
  itemVersion: number;
  itemName: string;
  departmentCode: string;
  regionCode: string;
  stage: number;
  /** 即办件: decided on the spot at acceptance. */
  instant: boolean;
  status: CaseStatus;
  version: number;
  light: 'green' | 'yellow' | 'red' | 'overdue' | null;
  promisedDue: Date | null;
  acceptedAt: Date | null;
  decidedAt: Date | null;
  completedAt: Date | null;
  issuedAt: Date | null;
  decision: 'approved' | 'denied' | null;
  resultCode: string | null;
  correction: unknown;
  delivery: unknown;
  form: Record<string, unknown>;
  /** Material codes that have a file or a source. */
  materialCodes: string[];
}

/** The member cases of a bundle, by stage then item. */
export async function findBundleMemberCases(db: Executor, bundleCaseId: string): Promise<BundleMemberCase[]> {
  const rows = await db
    .selectFrom('cases')
    .select([
      'id',
      'case_no',
      'item_code',
      'item_version',
      'item_name',
      'department_code',
      'region_code',
      'bundle_stage',
      'case_kind',
      'status',
      'version',
      'light',
      'promised_due',
      'accepted_at',
      'decided_at',
      'completed_at',
      'issued_at',
      'decision',
      'decision_data',
      'correction',
      'delivery',
      'form',
    ])
    .where('bundle_case_id', '=', bundleCaseId)
    .orderBy('bundle_stage')
    .orderBy('item_code')
    .execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const have = await db
    .selectFrom('case_materials')
    .select(['case_id', 'material_code'])
    .where('case_id', 'in', ids)
    .union(db.selectFrom('case_material_sources').select(['case_id', 'material_code']).where('case_id', 'in', ids))
    .execute();
  return rows.map((r) => {
    const decision = (r.decision_data ?? {}) as { resultCode?: unknown };
    return {
      id: r.id,
      caseNo: r.case_no,
      itemCode: r.item_code,
      itemVersion: r.item_version,
      itemName: r.item_name,
      departmentCode: r.department_code,
      regionCode: r.region_code,
      stage: r.bundle_stage ?? 1,
      instant: r.case_kind === 'instant',
      status: r.status as CaseStatus,
      version: r.version,
      light: r.light,
      promisedDue: r.promised_due,
      acceptedAt: r.accepted_at,
      decidedAt: r.decided_at,
      completedAt: r.completed_at,
      issuedAt: r.issued_at,
      decision: r.decision,
      resultCode: typeof decision.resultCode === 'string' ? decision.resultCode : null,
      correction: r.correction,
      delivery: r.delivery,
      form: r.form,
      materialCodes: have.filter((h) => h.case_id === r.id).map((h) => h.material_code),
    };
  });
}

export interface BundleHandover {
  fromCaseId: string;
  toCaseId: string;
  /** Materials the earlier member's result satisfies, with what the case page shows. */
  materials: Array<{ materialCode: string; label: string; labelEn: string }>;
  /** Form fields it fills when still empty (the credit code). */
  form: Record<string, string>;
}

/**
 * Hands an earlier member's result to a later member (in its own transaction): the materials are
 * recorded as satisfied by that case, empty fields filled, one event on the later case's chain.
 * Safe to repeat: what is already there is left alone. False when nothing was left to hand over.
 */
export async function handOverBundleResult(ctx: AppContext, h: BundleHandover, now: Date): Promise<boolean> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockCase(trx, h.toCaseId);
    if (!row || CLOSED_STATUSES.includes(row.status as CaseStatus)) return false;
    const have = await repo.findMaterialCodes(trx, row.id);
    const materials = h.materials.filter((m) => !have.has(m.materialCode));
    const fill = Object.fromEntries(Object.entries(h.form).filter(([k]) => row.form[k] == null || row.form[k] === ''));
    if (!materials.length && !Object.keys(fill).length) return false;
    await repo.insertSourcedMaterials(
      trx,
      materials.map((m) => ({
        case_id: row.id,
        material_code: m.materialCode,
        source: 'bundle' as const,
        licence_id: null,
        exchange_query_id: null,
        from_case_id: h.fromCaseId,
        label: m.label,
        label_en: m.labelEn,
        added_at: now,
      })),
    );
    if (Object.keys(fill).length) await repo.updateCase(trx, row.id, row.version, { form: JSON.stringify({ ...row.form, ...fill }), updated_at: now });
    await appendEvent(trx, {
      chain: `case:${row.id}`,
      action: 'case.bundle_handover',
      actorId: null,
      actorName: '系统',
      subjectType: 'case',
      subjectId: row.id,
      regionCode: row.region_code,
      data: { fromCaseId: h.fromCaseId, materials: materials.map((m) => m.materialCode), fields: Object.keys(fill) },
      at: now,
    });
    return true;
  });
}
