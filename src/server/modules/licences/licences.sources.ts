import type { AppContext } from '../../context';
import type { Executor } from '../../db/executor';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import type { MaterialNeed, MaterialOffer, MaterialSource, SatisfiedMaterial } from '../cases';
import { LICENCE_ERR } from './licences.errors';

/**
 * The wallet as a source of materials (免提交, docs/decisions.md D21): a material whose source is
 * 电子证照 is satisfied by a valid e-licence the applicant holds — picked from 我的证照, or the
 * newest that fits when nothing was picked. A licence fits a material when the material's name
 * ends with the licence type's name, both without the 中华人民共和国 prefix and a parenthesised
 * variant: 营业执照（变更） fits 营业执照, 中华人民共和国残疾人证 fits 原残疾人证.
 */

const normalise = (name: string) =>
  name
    .replace(/^中华人民共和国/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '');

export function licenceFits(materialName: string, typeName: string): boolean {
  const type = normalise(typeName);
  return type.length >= 2 && normalise(materialName).endsWith(type);
}

interface Held {
  id: string;
  identifier: string;
  type_name: string;
  valid_until: string | null;
  holder_id_number: string;
  status: string;
}

/** The applicant's licences that are in force today, newest first. */
async function heldBy(db: Executor, idNumber: string, today: string): Promise<Held[]> {
  const rows = await db
    .selectFrom('licences')
    .select(['id', 'identifier', 'type_name', 'valid_until', 'holder_id_number', 'status'])
    .where('holder_id_number', '=', idNumber)
    .where('status', '=', 'valid')
    .orderBy('issued_on', 'desc')
    .orderBy('version', 'desc')
    .execute();
  return rows.filter((r) => !r.valid_until || r.valid_until >= today);
}

function fitting(need: MaterialNeed, held: readonly Held[]): Held[] {
  return held.filter((l) => licenceFits(need.name, l.type_name));
}

const label = (l: Held) => ({ label: `电子证照 ${l.type_name}（${l.identifier}）`, labelEn: `E-licence ${l.type_name} (${l.identifier})` });

export const walletSource: MaterialSource = {
  async checkPicks(_ctx, db, request) {
    if (request.picks.size === 0) return;
    const today = toShanghaiDate(new Date());
    for (const [code, licenceId] of request.picks) {
      const need = request.needs.find((n) => n.code === code);
      const material = need?.name ?? code;
      const refuse = (reason: string, reasonEn: string) => new AppError(LICENCE_ERR.PICK_NOT_USABLE, { material, reason, reasonEn });
      if (!need) throw refuse('该材料不能以电子证照代替', 'this material cannot be replaced by an e-licence');
      const l = await db
        .selectFrom('licences')
        .select(['id', 'identifier', 'type_name', 'valid_until', 'holder_id_number', 'status'])
        .where('id', '=', licenceId)
        .executeTakeFirst();
      // Another holder's licence reads as unknown: its existence is not the applicant's to learn.
      if (!l || l.holder_id_number !== request.applicant.idNumber) throw refuse('不是申请人本人持有的电子证照', 'it is not a licence the applicant holds');
      if (l.status !== 'valid') throw refuse('该电子证照已注销', 'the licence has been revoked');
      if (l.valid_until && l.valid_until < today) throw refuse(`该电子证照已于 ${l.valid_until} 过期`, `the licence expired on ${l.valid_until}`);
      if (!licenceFits(need.name, l.type_name)) throw refuse(`证照类型“${l.type_name}”与材料不符`, `its type “${l.type_name}” is not this material`);
    }
  },

  async offer(_ctx, db, request): Promise<MaterialOffer[]> {
    const held = await heldBy(db, request.applicant.idNumber, toShanghaiDate(new Date()));
    return request.needs.flatMap((need) => {
      const fit = fitting(need, held);
      if (fit.length === 0) return [];
      return [
        {
          materialCode: need.code,
          source: 'e_licence' as const,
          ...label(fit[0]),
          licences: fit.map((l) => ({ id: l.id, identifier: l.identifier, typeName: l.type_name, validUntil: l.valid_until })),
        },
      ];
    });
  },

  async satisfy(ctx: AppContext, request, now): Promise<SatisfiedMaterial[]> {
    const held = await heldBy(ctx.db, request.applicant.idNumber, toShanghaiDate(now));
    const out: SatisfiedMaterial[] = [];
    for (const need of request.needs) {
      const picked = request.picks.get(need.code);
      const l = picked ? held.find((h) => h.id === picked) : fitting(need, held)[0];
      if (!l) continue;
      const row = await ctx.db.selectFrom('licences').select('data').where('id', '=', l.id).executeTakeFirstOrThrow();
      // The licence's own fields (the form it was issued on) are the facts it gives.
      const data = (row.data ?? {}) as { fields?: Record<string, unknown> };
      out.push({ materialCode: need.code, source: 'e_licence', licenceId: l.id, queryId: null, ...label(l), facts: { ...data.fields } });
    }
    return out;
  },
};
