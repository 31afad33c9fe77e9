import type { AppContext } from '../../context';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { getPublishedItem, type PublishedItem } from '../catalog';
import { CASE_ERR } from './cases.errors';
import { casePolicy } from './cases.policy';
import * as repo from './cases.repository';
import type { MaterialOffersQuery } from './cases.schemas';
import { materialSources, offerMaterials, sharedNeeds, type MaterialOffer, type SourceApplicant } from './cases.sources';
import { APPLICANT_ROLES } from './cases.state';

/**
 * Before applying (docs/decisions.md D21): which of the item's 电子证照 / 共享获取 materials the
 * applicant will not have to bring, and the application form filled from what the government
 * already holds (智能填单).
 */

interface Who {
  applicant: SourceApplicant;
  selfService: boolean;
  /** What the account itself says (name, mobile), for a signed-in applicant. */
  account: { name: string; mobile: string | null } | null;
}

/** The signed-in applicant, or the walk-in applicant a window clerk names. */
async function applicantFor(ctx: AppContext, actor: Actor, q: MaterialOffersQuery): Promise<Who> {
  authorize(actor, casePolicy, 'case.create');
  if (actor.roles.some((r) => APPLICANT_ROLES.includes(r))) {
    if ('idNumber' in q) throw new AppError(CASE_ERR.APPLICANT_NOT_ALLOWED);
    const acct = await repo.findApplicantAccount(ctx.db, actor.id);
    const enterprise = actor.roles.includes('enterprise');
    const idNumber = enterprise ? acct?.uscc : acct?.id_number;
    if (!acct || !idNumber) throw new AppError(CASE_ERR.APPLICANT_ID_MISSING);
    return {
      applicant: { type: enterprise ? 'enterprise' : 'citizen', idType: enterprise ? 'uscc' : 'resident_id', idNumber, userId: actor.id },
      account: { name: acct.display_name, mobile: acct.mobile },
      selfService: true,
    };
  }
  if (!('idNumber' in q)) throw new AppError(CASE_ERR.APPLICANT_REQUIRED);
  return {
    applicant: {
      type: q.idType === 'uscc' ? 'enterprise' : 'citizen',
      idType: q.idType,
      idNumber: q.idNumber,
      userId: await repo.findAccountByIdentity(ctx.db, q.idType, q.idNumber),
    },
    account: null,
    selfService: false,
  };
}

/** What will not be needed, and the wallet's licences to pick; nobody's data is read. */
export async function getMaterialOffers(ctx: AppContext, actor: Actor, q: MaterialOffersQuery): Promise<{ items: MaterialOffer[] }> {
  const { applicant, selfService } = await applicantFor(ctx, actor, q);
  const item = await getPublishedItem(ctx.db, q.itemCode);
  return { items: await offerMaterials(ctx, ctx.db, { item, applicant, needs: sharedNeeds(item), picks: new Map(), selfService }) };
}

/**
 * Form fields and the facts that may fill them, by fact name. A fact fills a field of its own
 * name first; these are the other names the city's resources and licences use for a field.
 */
const FACT_NAMES: Readonly<Record<string, readonly string[]>> = {
  applicantName: ['name'],
  legalRepName: ['legalRepresentative'],
  businessAddress: ['premises', 'address'],
  address: ['address'],
};

type Value = string | number;

/** A fact as the field's type takes it, or undefined when it does not fit. */
function asFieldValue(field: PublishedItem['formFields'][number], v: unknown): Value | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (field.type === 'number') {
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v);
  if (field.type === 'select') return field.options?.some((o) => o.value === s) ? s : undefined;
  return s;
}

export interface Prefill {
  values: Record<string, Value>;
  sources: Record<string, { label: string; labelEn: string }>;
}

/**
 * 智能填单: the item's form filled from the account, then from the applicant's own e-licences and
 * the data the item's department may read through the exchange (each such read is a logged query,
 * with the grant's purpose and no case). A field keeps the first value found.
 */
export async function getPrefill(ctx: AppContext, actor: Actor, q: MaterialOffersQuery, now: Date): Promise<Prefill> {
  const { applicant, account, selfService } = await applicantFor(ctx, actor, q);
  const item = await getPublishedItem(ctx.db, q.itemCode);
  const out: Prefill = { values: {}, sources: {} };
  const fill = (facts: Record<string, unknown>, source: { label: string; labelEn: string }) => {
    for (const field of item.formFields) {
      if (field.key in out.values) continue;
      for (const name of [field.key, ...(FACT_NAMES[field.key] ?? [])]) {
        const v = asFieldValue(field, facts[name]);
        if (v === undefined) continue;
        out.values[field.key] = v;
        out.sources[field.key] = source;
        break;
      }
    }
  };
  const own =
    applicant.type === 'enterprise'
      ? { entityName: account?.name, uscc: applicant.idNumber, mobile: account?.mobile }
      : { applicantName: account?.name, idNumber: applicant.idNumber, mobile: account?.mobile };
  fill(
    own,
    account
      ? { label: '账号实名信息', labelEn: 'Your verified account' }
      : { label: '申请人证件（窗口核验）', labelEn: 'Applicant’s identity document (checked at the window)' },
  );
  let needs = sharedNeeds(item);
  for (const source of materialSources()) {
    if (needs.length === 0) break;
    const got = await source.satisfy(ctx, { item, applicant, needs, picks: new Map(), caseId: null, selfService }, now);
    for (const m of got) fill(m.facts, { label: m.label, labelEn: m.labelEn });
    const taken = new Set(got.map((g) => g.materialCode));
    needs = needs.filter((n) => !taken.has(n.code));
  }
  return out;
}
