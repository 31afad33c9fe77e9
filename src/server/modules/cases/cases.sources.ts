import type { AppContext } from '../../context';
import { appendEvent } from '../../platform/audit/events.repository';
import type { PublishedItem } from '../catalog';
import * as repo from './cases.repository';
import type { Executor } from './cases.repository';

/**
 * Materials the applicant need not bring (免提交, docs/decisions.md D21): a material whose source in
 * the guide is 电子证照 or 共享获取 is satisfied by one of the applicant's own e-licences or by a
 * query through the data-sharing exchange. The cases module declares what it asks of such a
 * source; the licences and exchange modules implement it and the composition root plugs them in
 * (src/server/modules.ts), so cases read neither licence nor exchange tables.
 */

/** Who applies, as a source needs to know them. */
export interface SourceApplicant {
  type: 'citizen' | 'enterprise';
  idType: string;
  idNumber: string;
  userId: string | null;
}

/** One material of the item a source may stand in for. */
export interface MaterialNeed {
  code: string;
  name: string;
  /** The catalog's shared material key (`business_licence`, …), when it has one. */
  ref: string | null;
}

export interface SourceRequest {
  item: Pick<PublishedItem, 'code' | 'departmentCode'>;
  applicant: SourceApplicant;
  needs: readonly MaterialNeed[];
  /** Licences the applicant picked from the wallet, per material code. */
  picks: ReadonlyMap<string, string>;
  /** The applicants apply themselves, signed in to their real-name account (not a clerk at the window). */
  selfService: boolean;
}

/** What a source could use for a material, said before anything is read (the form's 免提交 marks). */
export interface MaterialOffer {
  materialCode: string;
  source: 'e_licence' | 'exchange' | 'identity';
  /** zh/en: the licence identifier, or the resource and the department that holds it. */
  label: string;
  labelEn: string;
  /** The applicant's licences that fit, newest first (e-licences only). */
  licences?: Array<{ id: string; identifier: string; typeName: string; validUntil: string | null }>;
}

/** A material satisfied for a submitted case, with its evidence. */
export interface SatisfiedMaterial {
  materialCode: string;
  source: 'e_licence' | 'exchange' | 'identity';
  licenceId: string | null;
  queryId: string | null;
  label: string;
  labelEn: string;
  /** The facts it gave, by field name (智能填单 and 秒批 read them); never stored on the case. */
  facts: Record<string, unknown>;
}

export interface MaterialSource {
  /** Checks the applicant's picks against the source (a licence of someone else's is refused); throws an AppError. */
  checkPicks?(ctx: AppContext, db: Executor, request: SourceRequest): Promise<void>;
  /** What it could satisfy; reads nobody's data. */
  offer(ctx: AppContext, db: Executor, request: SourceRequest): Promise<MaterialOffer[]>;
  /**
   * Satisfies what it can for a submitted case — or, with no case, gives the facts for 智能填单 —
   * outside any transaction of the caller's (an exchange query is logged in its own).
   */
  satisfy(ctx: AppContext, request: SourceRequest & { caseId: string | null }, now: Date): Promise<SatisfiedMaterial[]>;
}

/** A fact about the applicant as a source read it for 秒批 (docs/decisions.md D22). */
export interface FactAnswer {
  /** Whether the resource holds a record for the applicant. */
  found: boolean;
  facts: Record<string, unknown>;
  queryId: string | null;
  grantId: string | null;
}

export interface FactRequest {
  item: Pick<PublishedItem, 'code' | 'departmentCode'>;
  applicant: SourceApplicant;
  resource: string;
  caseId: string;
}

/** Reads one resource's record about the applicant for the item's department; null when it cannot be asked (no grant, wrong key). */
export type FactReader = (ctx: AppContext, request: FactRequest, now: Date) => Promise<FactAnswer | null>;

let factReader: FactReader | null = null;

/** Plugged in by the composition root (the exchange). */
export function registerFactReader(fn: FactReader): void {
  factReader = fn;
}

export function readFact(ctx: AppContext, request: FactRequest, now: Date): Promise<FactAnswer | null> {
  return factReader ? factReader(ctx, request, now) : Promise.resolve(null);
}

const sources: MaterialSource[] = [];

/** Plugged in by the composition root, in the order they are tried (e-licences before the exchange). */
export function registerMaterialSource(source: MaterialSource): void {
  if (!sources.includes(source)) sources.push(source);
}

export function materialSources(): readonly MaterialSource[] {
  return sources;
}

/** The item's materials whose source in the guide is 电子证照 or 共享获取. */
export function sharedNeeds(item: PublishedItem): MaterialNeed[] {
  return item.materials.filter((m) => m.source === 'e_license' || m.source === 'shared').map((m) => ({ code: m.code, name: m.name, ref: m.ref ?? null }));
}

/** The applicant of a case row, as sources see them. */
export function applicantOf(row: Pick<repo.CaseRow, 'applicant_type' | 'applicant_id_type' | 'applicant_id_number' | 'applicant_user_id'>): SourceApplicant {
  return { type: row.applicant_type, idType: row.applicant_id_type, idNumber: row.applicant_id_number, userId: row.applicant_user_id };
}

/** Every source's offers for the needs, the first source's offer winning per material. */
export async function offerMaterials(ctx: AppContext, db: Executor, request: SourceRequest): Promise<MaterialOffer[]> {
  const out: MaterialOffer[] = [];
  let needs = request.needs;
  for (const source of sources) {
    const offers = await source.offer(ctx, db, { ...request, needs });
    out.push(...offers);
    const taken = new Set(offers.map((o) => o.materialCode));
    needs = needs.filter((n) => !taken.has(n.code));
  }
  return out;
}

/** Checks the applicant's wallet picks with every source that checks picks. */
export async function checkPicks(ctx: AppContext, db: Executor, request: SourceRequest): Promise<void> {
  for (const source of sources) await source.checkPicks?.(ctx, db, request);
}

/**
 * After a case is submitted (in its own transaction, so the exchange logs its queries in theirs):
 * the materials still without a file or a source are asked of each source in turn; what is
 * satisfied is stored with its evidence and recorded as one event on the case's chain. Safe to run
 * again (a material already satisfied is not asked for twice). Returns what was satisfied now.
 */
export async function satisfyMaterials(
  ctx: AppContext,
  row: repo.CaseRow,
  item: PublishedItem,
  picks: ReadonlyMap<string, string>,
  now: Date,
): Promise<SatisfiedMaterial[]> {
  const caseId = row.id;
  const shared = sharedNeeds(item);
  if (sources.length === 0 || shared.length === 0 || row.status === 'draft') return [];
  const have = await repo.findMaterialCodes(ctx.db, caseId);
  let needs = shared.filter((n) => !have.has(n.code));
  const satisfied: SatisfiedMaterial[] = [];
  for (const source of sources) {
    if (needs.length === 0) break;
    const got = await source.satisfy(ctx, { item, applicant: applicantOf(row), needs, picks, caseId, selfService: row.channel !== 'window' }, now);
    satisfied.push(...got);
    const taken = new Set(got.map((g) => g.materialCode));
    needs = needs.filter((n) => !taken.has(n.code));
  }
  if (satisfied.length === 0) return [];
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertSourcedMaterials(
      trx,
      satisfied.map((m) => ({
        case_id: caseId,
        material_code: m.materialCode,
        source: m.source,
        licence_id: m.licenceId,
        exchange_query_id: m.queryId,
        label: m.label,
        label_en: m.labelEn,
        added_at: now,
      })),
    );
    await appendEvent(trx, {
      chain: `case:${caseId}`,
      action: 'case.materials_shared',
      actorId: null,
      actorName: '系统',
      subjectType: 'case',
      subjectId: caseId,
      regionCode: row.region_code,
      data: { materials: satisfied.map((m) => ({ materialCode: m.materialCode, source: m.source, licenceId: m.licenceId, queryId: m.queryId })) },
      at: now,
    });
  });
  return satisfied;
}

/** The picks of a request, by material code. */
export function picksOf(picks: ReadonlyArray<{ materialCode: string; licenceId: string }> | undefined): Map<string, string> {
  return new Map((picks ?? []).map((p) => [p.materialCode, p.licenceId]));
}

/** The identity document of the signed-in applicant. */
const ID_CARD = 'id_card';

/**
 * The applicant's own identity card, when they apply signed in to their real-name account: the
 * account's verified ID number is the card's (docs/decisions.md D21). At the window the clerk
 * checks the card itself, so this source says nothing there.
 */
export const identitySource: MaterialSource = {
  async offer(_ctx, _db, request) {
    return identityNeeds(request).map((n) => ({ materialCode: n.code, source: 'identity' as const, ...IDENTITY_LABEL }));
  },
  async satisfy(_ctx, request) {
    return identityNeeds(request).map((n) => ({
      materialCode: n.code,
      source: 'identity' as const,
      licenceId: null,
      queryId: null,
      ...IDENTITY_LABEL,
      facts: {},
    }));
  },
};

const IDENTITY_LABEL = { label: '实名认证账号（本人身份已核验）', labelEn: 'Real-name account (identity verified)' };

function identityNeeds(request: SourceRequest): MaterialNeed[] {
  if (!request.selfService || !request.applicant.userId || request.applicant.idType !== 'resident_id') return [];
  return request.needs.filter((n) => n.ref === ID_CARD);
}
