import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import type { PublishedItem } from '../catalog';
import type { CaseRow } from './cases.repository';

/**
 * What the cases module asks of an e-licence issuer when a result is delivered as an e-licence
 * (出件 by 电子证照, docs/domain.md S16). The cases module declares it; the licences module
 * implements it and the composition root plugs it in (src/server/modules.ts), so cases know
 * nothing of seals and signatures and the licences module reads no case tables.
 */
export interface LicenceRequest {
  caseId: string;
  caseNo: string;
  itemCode: string;
  /** The item's result, e.g. 食品经营许可证. */
  resultName: string;
  departmentCode: string;
  applicant: { name: string; idType: string; idNumber: string; userId: string | null };
  /** The licence number the decision gave, when it gave one. */
  resultCode: string | null;
  /** The application form's answers, the licence's own fields. */
  form: Record<string, unknown>;
  issuedAt: Date;
}

export interface IssuedLicence {
  licenceId: string;
  identifier: string;
}

export type LicenceIssuer = (ctx: AppContext, trx: Kysely<DB>, request: LicenceRequest) => Promise<IssuedLicence>;

let issuer: LicenceIssuer | null = null;

/** Plugged in once by the composition root. */
export function registerLicenceIssuer(fn: LicenceIssuer): void {
  issuer = fn;
}

export function licenceIssuer(): LicenceIssuer | null {
  return issuer;
}

/** What the issuer is asked for a case's result, as the case row and its item say. */
export function licenceRequestOf(row: CaseRow, item: PublishedItem, resultCode: string | null, issuedAt: Date): LicenceRequest {
  return {
    caseId: row.id,
    caseNo: row.case_no ?? row.id,
    itemCode: row.item_code,
    resultName: item.resultName,
    departmentCode: row.department_code,
    applicant: { name: row.applicant_name, idType: row.applicant_id_type, idNumber: row.applicant_id_number, userId: row.applicant_user_id },
    resultCode,
    form: (row.form ?? {}) as Record<string, unknown>,
    issuedAt,
  };
}
