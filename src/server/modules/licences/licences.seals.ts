import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { SealsTable } from '../../db/tables/licences';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { idProblemMessages } from '../../platform/ids/messages';
import { checkUscc } from '../../platform/ids/uscc';
import { readOrCreateKeyFile } from '../../platform/key-file';
import { isIsoDate } from '../../platform/calendar/shanghai-date';
import type { createSealBody, sealSchema } from '../../../shared/licences/seals.schemas';
import { LICENCE_ERR } from './licences.errors';
import { licencesPolicy } from './licences.policy';
import { generateSealKeyPair, openPrivateKey, SIGNATURE_ALGORITHM, sealPrivateKey } from './licences.signature';

/**
 * E-seals (docs/domain.md S17; docs/decisions.md D17): made and revoked by administrators, each an
 * SM2 key pair whose private key is kept sealed under the platform's seal key; read by anyone.
 */

type SealWire = z.output<typeof sealSchema>;
type SealRow = Selectable<SealsTable> & { name_zh: string; name_en: string };

/** The platform's seal key: TONGBAN_SEAL_KEY, else a random key kept in `<data dir>/keys/seal.key`. */
export function sealKeyOf(config: AppContext['config']): string {
  return config.sealKey ?? readOrCreateKeyFile(config.dataDir, 'seal.key', () => randomBytes(32).toString('hex'));
}

function selectSeals(ctx: AppContext) {
  return ctx.db.selectFrom('seals as s').innerJoin('departments as d', 'd.code', 's.department_code').selectAll('s').select(['d.name_zh', 'd.name_en']);
}

function toWire(r: SealRow): SealWire {
  return {
    sealId: r.id,
    departmentCode: r.department_code,
    departmentNameZh: r.name_zh,
    departmentNameEn: r.name_en,
    holderUscc: r.holder_uscc,
    name: r.name,
    kind: r.kind,
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: r.public_key,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    maker: r.maker,
    status: r.status,
    revokedAt: r.revoked_at,
    revokedReason: r.revoked_reason,
    imageUrl: `/api/v1/seals/${r.id}/image.svg`,
  };
}

export async function findSealRow(ctx: AppContext, sealId: string): Promise<SealRow> {
  const row = /^\d{14}$/.test(sealId) ? await selectSeals(ctx).where('s.id', '=', sealId).executeTakeFirst() : undefined;
  if (!row) throw new AppError(LICENCE_ERR.SEAL_NOT_FOUND, { sealId });
  return row;
}

export async function listSeals(ctx: AppContext, departmentCode?: string): Promise<{ items: SealWire[] }> {
  let q = selectSeals(ctx).orderBy('s.department_code').orderBy('s.id');
  if (departmentCode) q = q.where('s.department_code', '=', departmentCode);
  return { items: (await q.execute()).map(toWire) };
}

export async function getSeal(ctx: AppContext, sealId: string): Promise<SealWire> {
  return toWire(await findSealRow(ctx, sealId));
}

export async function createSeal(ctx: AppContext, actor: Actor | null, body: z.output<typeof createSealBody>): Promise<SealWire> {
  authorize(actor, licencesPolicy, 'seal.create');
  const department = await ctx.db.selectFrom('departments').select(['code', 'region_code']).where('code', '=', body.departmentCode).executeTakeFirst();
  if (!department) throw new AppError(LICENCE_ERR.SEAL_DEPARTMENT_UNKNOWN, { department: body.departmentCode });
  const uscc = checkUscc(body.holderUscc);
  if (!uscc.ok) {
    const m = idProblemMessages(uscc.reason);
    throw new AppError(LICENCE_ERR.SEAL_USCC_INVALID, { uscc: body.holderUscc, problem: m['zh-CN'], problemEn: m['en-US'] });
  }
  if (!isIsoDate(body.validFrom) || !isIsoDate(body.validTo) || body.validTo < body.validFrom)
    throw new AppError(LICENCE_ERR.SEAL_VALIDITY_INVALID, { validFrom: body.validFrom, validTo: body.validTo });
  const keys = generateSealKeyPair();
  const sealed = sealPrivateKey(keys.privateKey, sealKeyOf(ctx.config));
  const region = department.region_code.padEnd(6, '0').slice(0, 6);
  const id = await ctx.db.transaction().execute(async (trx) => {
    // One seal code after another per region: the region's seals are locked while the next is counted.
    const last = await trx.selectFrom('seals').select('id').where('id', 'like', `${region}%`).orderBy('id', 'desc').limit(1).forUpdate().executeTakeFirst();
    const next = `${region}${String((last ? Number(last.id.slice(6)) : 0) + 1).padStart(8, '0')}`;
    await trx
      .insertInto('seals')
      .values({
        id: next,
        department_code: department.code,
        holder_uscc: uscc.value,
        name: body.name,
        kind: body.kind,
        public_key: keys.publicKey,
        private_key_sealed: sealed,
        valid_from: body.validFrom,
        valid_to: body.validTo,
        maker: body.maker,
        created_by: actor.id,
        revoked_at: null,
        revoked_by: null,
        revoked_reason: null,
      })
      .execute();
    return next;
  });
  await recordAudit(ctx.db, {
    action: 'seal.create',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'seal',
    subjectId: id,
    data: { departmentCode: department.code, name: body.name, kind: body.kind, publicKey: keys.publicKey, validFrom: body.validFrom, validTo: body.validTo },
  });
  return getSeal(ctx, id);
}

export async function revokeSeal(ctx: AppContext, actor: Actor | null, sealId: string, reason: string): Promise<SealWire> {
  authorize(actor, licencesPolicy, 'seal.revoke');
  const seal = await findSealRow(ctx, sealId);
  const now = ctx.clock.now();
  const updated = await ctx.db
    .updateTable('seals')
    .set({ status: 'revoked', revoked_at: now, revoked_by: actor.id, revoked_reason: reason })
    .where('id', '=', seal.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    const current = await findSealRow(ctx, sealId);
    throw new AppError(LICENCE_ERR.SEAL_ALREADY_REVOKED, { sealId, revokedAt: current.revoked_at ? current.revoked_at.toISOString().slice(0, 10) : '' });
  }
  await recordAudit(ctx.db, {
    action: 'seal.revoke',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'seal',
    subjectId: seal.id,
    data: { reason },
  });
  return getSeal(ctx, seal.id);
}

/** The private key of an active seal, for the licence issuer (never leaves the server). */
export function sealPrivateKeyOf(ctx: AppContext, seal: Pick<SealRow, 'private_key_sealed'>): string {
  return openPrivateKey(seal.private_key_sealed, sealKeyOf(ctx.config));
}
