import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { LicencesTable } from '../../db/tables/licences';
import type { Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import { LICENCE_ALGORITHM, type departmentLicenceQuery, type licenceListQuery, type licenceSchema } from '../../../shared/licences/licences.schemas';
import { LICENCE_ERR } from './licences.errors';
import { qrPayloadOf } from './licences.verify';

/**
 * Reading e-licences (docs/domain.md S16): the holder's wallet (我的证照), and one licence for its
 * holder, the issuing department's staff, supervisors and administrators. Anyone else — another
 * citizen with a licence's id among them — is refused.
 */

type LicenceRow = Selectable<LicencesTable> & { issuer_name: string };

function selectLicences(ctx: AppContext) {
  return ctx.db.selectFrom('licences as l').innerJoin('departments as d', 'd.code', 'l.department_code').selectAll('l').select('d.name_zh as issuer_name');
}

function summary(r: LicenceRow) {
  return {
    id: r.id,
    identifier: r.identifier,
    type: { code: r.type_code, name: r.type_name },
    number: r.number,
    issuer: { name: r.issuer_name, uscc: r.issuer_uscc, departmentCode: r.department_code },
    issuedAt: r.issued_on,
    validUntil: r.valid_until,
    status: r.status,
    revokedReason: r.revoked_reason,
    suspendedReason: r.suspended_reason,
    supersededBy: r.superseded_by,
  };
}

function mayRead(actor: Actor, r: LicenceRow): boolean {
  if (r.holder_user_id && r.holder_user_id === actor.id) return true;
  if (actor.roles.some((role) => role === 'supervisor' || role === 'admin')) return true;
  return actor.departmentCode === r.department_code && actor.roles.some((role) => role !== 'citizen' && role !== 'enterprise');
}

export async function getLicence(ctx: AppContext, actor: Actor | null, id: string): Promise<z.output<typeof licenceSchema>> {
  if (!actor) throw new AppError(ERR.UNAUTHENTICATED);
  const r = await selectLicences(ctx).where('l.id', '=', id).executeTakeFirst();
  if (!r) throw new AppError(LICENCE_ERR.LICENCE_NOT_FOUND);
  if (!mayRead(actor, r)) throw new AppError(LICENCE_ERR.LICENCE_FORBIDDEN);
  return {
    ...summary(r),
    holder: { name: r.holder_name, idType: r.holder_id_type, idNumber: r.holder_id_number },
    data: r.data as Record<string, unknown>,
    signature: { sealId: r.seal_id, algorithm: LICENCE_ALGORITHM, value: r.signature },
    canonical: r.canonical,
    qr: qrPayloadOf({ canonical: r.canonical, sealId: r.seal_id, signature: r.signature }),
    caseId: r.case_id,
  };
}

/** The signed-in holder's licences, newest first (我的证照). */
export async function listMyLicences(ctx: AppContext, actor: Actor | null, q: z.output<typeof licenceListQuery>) {
  if (!actor) throw new AppError(ERR.UNAUTHENTICATED);
  const { rows, total } = await newestFirst(selectLicences(ctx).where('l.holder_user_id', '=', actor.id), q);
  return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
}

/** One page of licences, newest first, and how many there are. */
async function newestFirst(base: ReturnType<typeof selectLicences>, q: { page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    base
      .orderBy('l.issued_on', 'desc')
      .orderBy('l.created_at', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

const READS_ALL = ['admin', 'supervisor'] as const;

/**
 * 证照管理: the licences the caller's department issued, newest first, filtered by status and by
 * part of the holder's name, the number or the identifier; administrators and supervisors read
 * every department's (or one). The holder's ID number is not in the list.
 */
export async function listDepartmentLicences(ctx: AppContext, actor: Actor | null, q: z.output<typeof departmentLicenceQuery>) {
  if (!actor) throw new AppError(ERR.UNAUTHENTICATED);
  const all = actor.roles.some((r) => (READS_ALL as readonly string[]).includes(r));
  if (!all && !(actor.departmentCode && actor.roles.some((r) => r === 'approver' || r === 'reviewer'))) throw new AppError(LICENCE_ERR.LICENCE_FORBIDDEN);
  const department = all ? (q.department ?? null) : actor.departmentCode;
  let base = selectLicences(ctx);
  if (department) base = base.where('l.department_code', '=', department);
  if (q.status) base = base.where('l.status', '=', q.status);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) => eb.or([eb('l.holder_name', 'like', like), eb('l.number', 'like', like), eb('l.identifier', 'like', like)]));
  }
  const { rows, total } = await newestFirst(base, q);
  return {
    items: rows.map((r) => ({ ...summary(r), holderName: r.holder_name })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
