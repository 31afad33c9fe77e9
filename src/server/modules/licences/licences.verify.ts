import type { z } from 'zod';
import type { AppContext } from '../../context';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import type { verifyResultSchema } from '../../../shared/licences/licences.schemas';
import { LICENCE_ERR } from './licences.errors';
import { parseLicenceIdentifier } from './licences.identifier';
import { verifyCanonical } from './licences.signature';

/**
 * Verifying an e-licence (docs/domain.md S16; docs/decisions.md D17) from what a person holds: the
 * QR code's text or the licence JSON. The signature is checked against the seal's published key —
 * exactly what an offline verifier does — and then what only the platform knows: whether the seal
 * or the licence was revoked. Nothing needs an account.
 */

type VerifyResult = z.output<typeof verifyResultSchema>;

/** What a licence's QR code holds. */
export function qrPayloadOf(l: { canonical: string; sealId: string; signature: string }): string {
  return JSON.stringify({ v: 1, c: l.canonical, s: l.sealId, g: l.signature });
}

interface Presented {
  canonical: string;
  sealId: string;
  signature: string;
}

function presented(payload: string | Record<string, unknown>): Presented {
  let value: unknown = payload;
  if (typeof payload === 'string') {
    try {
      value = JSON.parse(payload.trim());
    } catch {
      throw new AppError(LICENCE_ERR.VERIFY_INPUT_INVALID);
    }
  }
  const o = (value ?? {}) as Record<string, unknown>;
  const sig = (o.signature ?? {}) as Record<string, unknown>;
  const p = o.v === 1 ? { canonical: o.c, sealId: o.s, signature: o.g } : { canonical: o.canonical, sealId: sig.sealId, signature: sig.value };
  if (typeof p.canonical !== 'string' || typeof p.sealId !== 'string' || typeof p.signature !== 'string') throw new AppError(LICENCE_ERR.VERIFY_INPUT_INVALID);
  return p as Presented;
}

export async function verifyLicence(ctx: AppContext, payload: string | Record<string, unknown>): Promise<VerifyResult> {
  const p = presented(payload);
  let data: Record<string, unknown> | null = null;
  try {
    data = JSON.parse(p.canonical) as Record<string, unknown>;
  } catch {
    data = null;
  }
  const seal = /^\d{14}$/.test(p.sealId)
    ? await ctx.db
        .selectFrom('seals as s')
        .innerJoin('departments as d', 'd.code', 's.department_code')
        .select(['s.id', 's.public_key', 's.status', 'd.name_zh', 'd.name_en'])
        .where('s.id', '=', p.sealId)
        .executeTakeFirst()
    : undefined;
  const sealOut = seal ? { sealId: seal.id, departmentNameZh: seal.name_zh, departmentNameEn: seal.name_en, status: seal.status } : null;
  const holder = (data?.holder ?? {}) as Record<string, unknown>;
  const type = (data?.type ?? {}) as Record<string, unknown>;
  const issuer = (data?.issuer ?? {}) as Record<string, unknown>;
  const licence =
    data && typeof data.identifier === 'string'
      ? {
          identifier: data.identifier,
          type: String(type.name ?? ''),
          number: String(data.number ?? ''),
          holderName: String(holder.name ?? ''),
          issuer: String(issuer.name ?? ''),
          issuedOn: String(data.issuedOn ?? ''),
          validUntil: typeof data.validUntil === 'string' ? data.validUntil : null,
        }
      : null;
  const answer = (reason: VerifyResult['reason']): VerifyResult => ({ valid: reason === 'valid', reason, licence, seal: sealOut });

  if (!seal) return answer('unknown_seal');
  // The signature first: until it holds, nothing in the data can be believed.
  if (!data || data.sealId !== p.sealId || !verifyCanonical(p.canonical, p.signature, seal.public_key)) return answer('tampered');
  if (!licence || !parseLicenceIdentifier(licence.identifier)) return answer('bad_identifier');
  if (seal.status === 'revoked') return answer('seal_revoked');
  const stored = await ctx.db.selectFrom('licences').select('status').where('identifier', '=', licence.identifier).executeTakeFirst();
  if (stored?.status === 'revoked') return answer('licence_revoked');
  if (stored?.status === 'suspended') return answer('licence_suspended');
  if (stored?.status === 'superseded') return answer('superseded');
  if (licence.validUntil && licence.validUntil < toShanghaiDate(ctx.clock.now())) return answer('expired');
  return answer('valid');
}
