import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import { makeUscc } from '../../platform/ids/generate';
import { createSeal } from './licences.seals';

/**
 * Demo e-seals (docs/domain.md S17): every department gets a 电子证照专用章, made by the demo
 * administrator through the same code an administrator's request runs, so a demo case can be
 * delivered as an e-licence at once. The credit codes are the 机关 form (11 + region + a
 * nine-digit organisation code) with a valid check character; they are demo values.
 */
export async function licencesDemoSeeder(ctx: AppContext): Promise<void> {
  const admin = (await findActorsByUsername(ctx.db, ['admin'])).get('admin');
  if (!admin) return;
  const [departments, sealed] = await Promise.all([
    ctx.db.selectFrom('departments').select(['code', 'region_code']).orderBy('sort').orderBy('code').execute(),
    ctx.db.selectFrom('seals').select('department_code').distinct().execute(),
  ]);
  const have = new Set(sealed.map((s) => s.department_code));
  for (const [i, d] of departments.entries()) {
    if (have.has(d.code) || !/^\d{6}$/.test(d.region_code)) continue;
    const organisation = String(11_505_900 + i * 13).padStart(9, '0');
    await createSeal(ctx, admin, {
      departmentCode: d.code,
      holderUscc: makeUscc(`11${d.region_code}${organisation}`),
      name: '电子证照专用章',
      kind: 'licence',
      validFrom: '2020-01-01',
      validTo: '2030-12-31',
      maker: '包头市公安局治安管理支队（印章备案）',
    });
  }
}
