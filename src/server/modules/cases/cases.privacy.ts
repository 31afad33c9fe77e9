import type { AppContext } from '../../context';
import { recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { maskMobile } from '../../platform/ids/mobile';
import { maskResidentId } from '../../platform/ids/resident-id';
import { PERSONAL_FIELD_TYPES, type PersonalFieldType } from '../../../shared/catalog/catalog.enums';
import type { FormField } from '../catalog';
import { CASE_ERR } from './cases.errors';
import { getCaseItem } from './cases.items';
import { authorizeCase } from './cases.policy';
import * as repo from './cases.repository';

/**
 * Personal identifiers on a case are masked wherever the case is shown (docs/decisions.md D25):
 * the applicant's resident ID and mobile, and the form's fields of those kinds. A person who must
 * compare them (the window clerk checking an ID card) reveals them on demand, and every reveal is
 * audited. A credit code is a public register's number and is not masked.
 */

type Masker = (value: string) => string;

/** Every personal field type with its mask: a type added to PERSONAL_FIELD_TYPES must say how it is masked. */
const MASK_BY_FIELD_TYPE: Record<PersonalFieldType, Masker> = { idNumber: maskResidentId, mobile: maskMobile };

/** The applicant as a case page shows it. */
export function maskedApplicant<A extends { idType: string; idNumber: string; mobile: string | null }>(a: A): A {
  return { ...a, idNumber: a.idType === 'resident_id' ? maskResidentId(a.idNumber) : a.idNumber, mobile: a.mobile === null ? null : maskMobile(a.mobile) };
}

/** The keys of the form's personal fields (resident IDs, mobiles). */
function personalKeys(fields: ReadonlyArray<Pick<FormField, 'key'> & { type: string }>): Map<string, Masker> {
  const out = new Map<string, Masker>();
  for (const f of fields) {
    if (PERSONAL_FIELD_TYPES.has(f.type)) out.set(f.key, MASK_BY_FIELD_TYPE[f.type as PersonalFieldType]);
  }
  return out;
}

/** The form with its personal fields masked. */
export function maskedForm(form: Record<string, unknown>, fields: ReadonlyArray<Pick<FormField, 'key'> & { type: string }>): Record<string, unknown> {
  const personal = personalKeys(fields);
  if (personal.size === 0) return form;
  const out: Record<string, unknown> = { ...form };
  for (const [key, mask] of personal) if (typeof out[key] === 'string' && out[key]) out[key] = mask(out[key]);
  return out;
}

export interface RevealedIdentity {
  idNumber: string;
  mobile: string | null;
  /** The form's personal fields in full, by key. */
  form: Record<string, string>;
}

/** The applicant's identifiers in full, for someone who may see the case; audited. */
export async function revealIdentity(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<RevealedIdentity> {
  const row = await repo.findCase(ctx.db, id);
  if (!row) throw new AppError(CASE_ERR.CASE_NOT_FOUND);
  authorizeCase(actor, 'case.view', row);
  const item = await getCaseItem(ctx.db, row.item_code, row.item_version);
  const form: Record<string, string> = {};
  for (const key of personalKeys(item.formFields).keys()) {
    const v = row.form[key];
    if (typeof v === 'string' && v) form[key] = v;
  }
  await recordAudit(ctx.db, {
    action: 'case.personal_data_revealed',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'case',
    subjectId: id,
    data: { caseNo: row.case_no, reason, fields: ['idNumber', 'mobile', ...Object.keys(form)] },
  });
  return { idNumber: row.applicant_id_number, mobile: row.applicant_mobile, form };
}
