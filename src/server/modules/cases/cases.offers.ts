import type { AppContext } from '../../context';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { getPublishedItem } from '../catalog';
import { CASE_ERR } from './cases.errors';
import { casePolicy } from './cases.policy';
import * as repo from './cases.repository';
import type { MaterialOffersQuery } from './cases.schemas';
import { offerMaterials, sharedNeeds, type MaterialOffer, type SourceApplicant } from './cases.sources';
import { APPLICANT_ROLES } from './cases.state';

/**
 * Before applying: which of the item's 电子证照 / 共享获取 materials the applicant will not have to
 * bring, and the wallet's licences to pick from (docs/decisions.md D21). Nobody's data is read —
 * only whether a licence or a grant exists — so asking costs the applicant nothing on the exchange's log.
 */
export async function getMaterialOffers(ctx: AppContext, actor: Actor, q: MaterialOffersQuery): Promise<{ items: MaterialOffer[] }> {
  authorize(actor, casePolicy, 'case.create');
  const item = await getPublishedItem(ctx.db, q.itemCode);
  let applicant: SourceApplicant;
  if (actor.roles.some((r) => APPLICANT_ROLES.includes(r))) {
    if ('idNumber' in q) throw new AppError(CASE_ERR.APPLICANT_NOT_ALLOWED);
    const acct = await repo.findApplicantAccount(ctx.db, actor.id);
    const enterprise = actor.roles.includes('enterprise');
    const idNumber = enterprise ? acct?.uscc : acct?.id_number;
    if (!idNumber) throw new AppError(CASE_ERR.APPLICANT_ID_MISSING);
    applicant = { type: enterprise ? 'enterprise' : 'citizen', idType: enterprise ? 'uscc' : 'resident_id', idNumber, userId: actor.id };
  } else {
    if (!('idNumber' in q)) throw new AppError(CASE_ERR.APPLICANT_REQUIRED);
    applicant = {
      type: q.idType === 'uscc' ? 'enterprise' : 'citizen',
      idType: q.idType,
      idNumber: q.idNumber,
      userId: await repo.findAccountByIdentity(ctx.db, q.idType, q.idNumber),
    };
  }
  return { items: await offerMaterials(ctx, ctx.db, { item, applicant, needs: sharedNeeds(item), picks: new Map() }) };
}
