import { sql, type Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import type { IssuedLicence, LicenceRequest } from '../cases';
import { LICENCE_ERR } from './licences.errors';
import { licenceIdentifier } from './licences.identifier';
import { sealPrivateKeyOf } from './licences.seals';
import { canonicalOf, signCanonical } from './licences.signature';

/**
 * Issuing an e-licence (docs/domain.md S16; docs/decisions.md D17): the issuing department's
 * active seal (a licence seal before an approval seal before the official seal) signs the
 * canonical text of the licence's data, in the transaction that delivers the case's result. The
 * type code is the catalog item that issues it; the serial is the decision's licence number, or
 * the case number; issuing again under the same type, issuer and serial makes the next version.
 */

const SEAL_ORDER = sql<number>`CASE s.kind WHEN 'licence' THEN 0 WHEN 'approval' THEN 1 ELSE 2 END`;

/** Validity by the kind of result, from the rules that govern them; no match: 长期有效. */
const VALIDITY_YEARS: ReadonlyArray<[RegExp, number]> = [
  [/食品经营许可|食品生产许可|药品经营许可|医疗器械经营许可/, 5],
  [/烟草专卖零售许可/, 5],
  [/道路运输经营许可|网络预约出租汽车/, 4],
  [/驾驶证/, 6],
  [/卫生许可/, 4],
];

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
const serialOf = (text: string) =>
  text
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, 40) || '0';

export async function issueLicenceForCase(ctx: AppContext, trx: Kysely<DB>, r: LicenceRequest): Promise<IssuedLicence> {
  const issuedOn = toShanghaiDate(r.issuedAt);
  const seal = await trx
    .selectFrom('seals as s')
    .innerJoin('departments as d', 'd.code', 's.department_code')
    .selectAll('s')
    .select(['d.name_zh', 'd.name_en'])
    .where('s.department_code', '=', r.departmentCode)
    .where('s.status', '=', 'active')
    .where('s.valid_from', '<=', issuedOn)
    .where('s.valid_to', '>=', issuedOn)
    .orderBy(SEAL_ORDER)
    .orderBy('s.id')
    .limit(1)
    .executeTakeFirst();
  if (!seal) throw new AppError(LICENCE_ERR.NO_ACTIVE_SEAL, { department: r.departmentCode });

  const number = r.resultCode?.trim() || r.caseNo;
  const serial = serialOf(number);
  const typeCode = r.itemCode;
  const previous = await trx
    .selectFrom('licences')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('type_code', '=', typeCode)
    .where('issuer_uscc', '=', seal.holder_uscc)
    .where('number', '=', number)
    .executeTakeFirst();
  const version = Number(previous?.v ?? 0) + 1;
  const identifier = licenceIdentifier({ typeCode, issuerUscc: seal.holder_uscc, serial, version });
  const years = VALIDITY_YEARS.find(([re]) => re.test(r.resultName))?.[1] ?? null;
  const validUntil = years ? addYears(issuedOn, years) : null;
  const fields = Object.fromEntries(Object.entries(r.form).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const data = {
    identifier,
    type: { code: typeCode, name: r.resultName },
    number,
    holder: { name: r.applicant.name, idType: r.applicant.idType, idNumber: r.applicant.idNumber },
    issuer: { name: seal.name_zh, uscc: seal.holder_uscc },
    issuedOn,
    validUntil,
    fields,
    caseNo: r.caseNo,
    sealId: seal.id,
  };
  const canonical = canonicalOf(data);
  const signature = signCanonical(canonical, sealPrivateKeyOf(ctx, seal), seal.public_key);
  const row = await trx
    .insertInto('licences')
    .values({
      identifier,
      type_code: typeCode,
      type_name: r.resultName,
      number,
      holder_name: r.applicant.name,
      holder_id_type: r.applicant.idType,
      holder_id_number: r.applicant.idNumber,
      holder_user_id: r.applicant.userId,
      department_code: r.departmentCode,
      issuer_uscc: seal.holder_uscc,
      issued_on: issuedOn,
      valid_until: validUntil,
      version,
      data: JSON.stringify(data),
      canonical,
      seal_id: seal.id,
      signature,
      case_id: r.caseId || null,
      revoked_at: null,
      revoked_by: null,
      revoked_reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { licenceId: row.id, identifier };
}
