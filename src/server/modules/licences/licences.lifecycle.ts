import type { z } from 'zod';
import type { AppContext } from '../../context';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import type { licenceSchema } from '../../../shared/licences/licences.schemas';
import { LICENCE_ERR } from './licences.errors';
import { issueLicenceForCase } from './licences.issue';
import { licencesPolicy } from './licences.policy';
import { getLicence } from './licences.read';

/**
 * A licence's life after issuance (docs/domain.md S16): suspended (暂扣) and resumed, or renewed
 * (延续) as the next version — signed afresh by the department's seal, valid from today — which
 * supersedes the old one, so verification of the old QR code says a newer version exists. Each
 * change is an audit event on the hash chain. Revoked (吊销、注销) — valid or suspended — it stays
 * revoked, and verification says so.
 */

type Licence = z.output<typeof licenceSchema>;
type Action = 'suspend' | 'resume' | 'renew' | 'revoke';

const STATUS_TEXT: Record<string, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'valid' },
  suspended: { zh: '已暂扣', en: 'suspended' },
  revoked: { zh: '已注销', en: 'revoked' },
  superseded: { zh: '已换发新版本', en: 'superseded' },
};
const ACTION_TEXT: Record<Action, { zh: string; en: string; from: readonly string[] }> = {
  suspend: { zh: '暂扣', en: 'suspended', from: ['valid'] },
  resume: { zh: '恢复', en: 'resumed', from: ['suspended'] },
  renew: { zh: '延续换发', en: 'renewed', from: ['valid'] },
  revoke: { zh: '注销', en: 'revoked', from: ['valid', 'suspended'] },
};

async function load(ctx: AppContext, actor: Actor | null, id: string, action: Action) {
  if (!actor) throw new AppError(ERR.UNAUTHENTICATED);
  const r = await ctx.db.selectFrom('licences').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError(LICENCE_ERR.LICENCE_NOT_FOUND);
  authorize(actor, licencesPolicy, `licence.${action}`, { departmentCode: r.department_code });
  const a = ACTION_TEXT[action];
  const conflict = () => {
    const s = STATUS_TEXT[r.status];
    return new AppError(LICENCE_ERR.LICENCE_STATUS_CONFLICT, { status: s.zh, statusEn: s.en, action: a.zh, actionEn: a.en });
  };
  if (!a.from.includes(r.status)) throw conflict();
  return { r, actor, conflict };
}

async function audit(ctx: AppContext, actor: Actor, id: string, action: string, data: Record<string, unknown>) {
  await recordAudit(ctx.db, {
    action: `licence.${action}`,
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'licence',
    subjectId: id,
    data,
  });
}

export async function suspendLicence(ctx: AppContext, actor: Actor | null, id: string, reason: string): Promise<Licence> {
  const { r, actor: a, conflict } = await load(ctx, actor, id, 'suspend');
  const done = await ctx.db
    .updateTable('licences')
    .set({ status: 'suspended', suspended_reason: reason })
    .where('id', '=', id)
    .where('status', '=', 'valid')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) throw conflict();
  await audit(ctx, a, id, 'suspend', { identifier: r.identifier, reason });
  return getLicence(ctx, a, id);
}

export async function resumeLicence(ctx: AppContext, actor: Actor | null, id: string, reason: string): Promise<Licence> {
  const { r, actor: a, conflict } = await load(ctx, actor, id, 'resume');
  const done = await ctx.db
    .updateTable('licences')
    .set({ status: 'valid', suspended_reason: null })
    .where('id', '=', id)
    .where('status', '=', 'suspended')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) throw conflict();
  await audit(ctx, a, id, 'resume', { identifier: r.identifier, reason });
  return getLicence(ctx, a, id);
}

export async function revokeLicence(ctx: AppContext, actor: Actor | null, id: string, reason: string): Promise<Licence> {
  const { r, actor: a, conflict } = await load(ctx, actor, id, 'revoke');
  const done = await ctx.db
    .updateTable('licences')
    .set({ status: 'revoked', revoked_at: ctx.clock.now(), revoked_by: a.id, revoked_reason: reason })
    .where('id', '=', id)
    .where('status', 'in', ['valid', 'suspended'])
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) throw conflict();
  await audit(ctx, a, id, 'revoke', { identifier: r.identifier, reason });
  return getLicence(ctx, a, id);
}

/** 延续: the next version under the same type, issuer and number, signed today; the old one is superseded. */
export async function renewLicence(ctx: AppContext, actor: Actor | null, id: string): Promise<Licence> {
  const { r, actor: a, conflict } = await load(ctx, actor, id, 'renew');
  const data = r.data as { fields?: Record<string, unknown>; caseNo?: string };
  const next = await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('licences').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
    if (locked?.status !== 'valid') throw conflict();
    const issued = await issueLicenceForCase(ctx, trx, {
      caseId: r.case_id ?? '',
      caseNo: data.caseNo ?? r.number,
      itemCode: r.type_code,
      resultName: r.type_name,
      departmentCode: r.department_code,
      applicant: { name: r.holder_name, idType: r.holder_id_type, idNumber: r.holder_id_number, userId: r.holder_user_id },
      resultCode: r.number,
      form: data.fields ?? {},
      issuedAt: ctx.clock.now(),
    });
    await trx.updateTable('licences').set({ status: 'superseded', superseded_by: issued.licenceId }).where('id', '=', id).execute();
    return issued;
  });
  await audit(ctx, a, id, 'renew', { identifier: r.identifier, next: next.identifier });
  return getLicence(ctx, a, next.licenceId);
}
