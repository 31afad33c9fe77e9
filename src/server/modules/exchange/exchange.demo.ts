import type { AppContext } from '../../context';
import { findActorsByUsername } from '../../platform/auth/actors';
import { toShanghaiDate } from '../../platform/calendar/work-calendar';
import { AppError } from '../../platform/errors';
import type { DemoSeeder } from '../../seed/seed';
import { DEMO_ENTITIES, DEMO_PEOPLE, DEMO_RESOURCES, demoRecords } from './exchange.demo.data';
import * as repo from './exchange.repository';
import { decideNeedAsOwner, fileNeed, fileNeedFor, queryResource } from './exchange.service';

/**
 * The demo exchange (docs/decisions.md D7: played through the services): the catalog and its
 * data, then the market regulation bureau's needs — 户籍信息 granted with the name and ID fields
 * only, 纳税信息 granted, 社保参保信息 pending, 不动产登记信息 refused — the health commission's
 * pending need for the bureau's 食品经营许可证信息 (for its approver to decide), and a few queries by the
 * demo reviewer, answered and refused, so the citizen and the enterprise find them under 我的数据使用记录.
 */

/** 食品经营许可证核发, the market regulation bureau's demo item. */
export const FOOD_PERMIT_ITEM = '000101019000';
/** 公共场所卫生许可, the health commission's item the pending demo need serves. */
const PUBLIC_HYGIENE_ITEM = '000103004000';
export const DEMO_PURPOSES = {
  household: '食品经营许可审查：核验申请人身份',
  tax: '食品经营许可审查：核验经营主体纳税信用',
  social: '食品经营许可审查：核验从业人员参保情况',
  estate: '食品经营许可审查：核验经营场所权属',
} as const;

/** Loads the catalog and its rows (the same rows again on a later run: idempotent). */
export async function loadDemoCatalog(ctx: AppContext, now: Date): Promise<void> {
  const records = demoRecords();
  for (const r of DEMO_RESOURCES) {
    await repo.upsertResource(ctx.db, {
      code: r.code,
      name_zh: r.nameZh,
      name_en: r.nameEn,
      description_zh: r.descriptionZh,
      description_en: r.descriptionEn,
      owner_department_code: r.owner,
      update_frequency: r.frequency,
      sharing_type: r.sharing,
      key_kind: r.keyKind,
      materials: [...r.materials],
      fields: JSON.stringify(r.fields),
      updated_at: now,
    });
    await repo.upsertRecords(ctx.db, r.code, records[r.code] ?? [], now);
  }
}

const plusYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');

/** The demo needs, grants and queries; nothing when grants exist already or the reviewer is missing. */
export async function loadDemoExchange(ctx: AppContext, now: Date): Promise<number> {
  if (await repo.hasAnyGrant(ctx.db)) return 0;
  const reviewer = (await findActorsByUsername(ctx.db, ['reviewer'])).get('reviewer');
  if (!reviewer || reviewer.departmentCode !== 'market-regulation') return 0;
  const today = toShanghaiDate(now);
  const period = { validFrom: today, validUntil: plusYear(today), itemCodes: [FOOD_PERMIT_ITEM] };

  const household = await fileNeed(
    ctx,
    reviewer,
    { resource: 'household-registration', fields: ['idNumber', 'name', 'sex', 'birthDate', 'address'], purpose: DEMO_PURPOSES.household, ...period },
    now,
  );
  await decideNeedAsOwner(ctx, household.id, '市公安局人口管理支队', { action: 'approve', fields: ['idNumber', 'name'] }, now);
  const tax = await fileNeed(
    ctx,
    reviewer,
    { resource: 'tax-payment', fields: ['uscc', 'taxpayerName', 'creditRating', 'taxpayerStatus'], purpose: DEMO_PURPOSES.tax, ...period },
    now,
  );
  await decideNeedAsOwner(ctx, tax.id, '市税务局纳税服务科', { action: 'approve', fields: null }, now);
  await fileNeed(ctx, reviewer, { resource: 'social-insurance', fields: ['idNumber', 'name', 'status'], purpose: DEMO_PURPOSES.social, ...period }, now);
  const estate = await fileNeed(
    ctx,
    reviewer,
    { resource: 'real-estate', fields: ['idNumber', 'name', 'location', 'usage'], purpose: DEMO_PURPOSES.estate, ...period },
    now,
  );
  // The owner departments have no demo accounts: their decisions carry the deciding office's name.
  await decideNeedAsOwner(
    ctx,
    estate.id,
    '市自然资源局不动产登记中心',
    { action: 'refuse', reason: '经营场所权属可由申请人提交租赁合同证明，不需共享不动产登记信息' },
    now,
  );

  // A need the market regulation bureau receives, pending, so its approver has one to decide.
  await fileNeedFor(
    ctx,
    { id: null, name: '市卫生健康委食品安全标准与监测评估科', departmentCode: 'health' },
    {
      resource: 'food-business-permit',
      fields: ['uscc', 'entityName', 'permitNo', 'premises', 'mainBusiness'],
      purpose: '公共场所卫生许可审查：核验食品经营许可',
      itemCodes: [PUBLIC_HYGIENE_ITEM],
      validFrom: today,
      validUntil: plusYear(today),
    },
    now,
  );

  const citizen = DEMO_PEOPLE[0].idNumber;
  const queries = [
    { resource: 'household-registration', key: citizen, purpose: DEMO_PURPOSES.household },
    { resource: 'tax-payment', key: DEMO_ENTITIES[0].uscc, purpose: DEMO_PURPOSES.tax },
    { resource: 'tax-payment', key: DEMO_ENTITIES[1].uscc, purpose: DEMO_PURPOSES.tax },
    // Refused and logged: no grant for 不动产登记信息.
    { resource: 'real-estate', key: citizen, purpose: DEMO_PURPOSES.estate },
  ];
  for (const q of queries) {
    try {
      await queryResource(ctx, reviewer, q, now);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
  return queries.length;
}

/** Demo mode: the catalog with its data, then the needs, grants and queries (all small, so in the seed itself). */
export const exchangeDemoSeeder: DemoSeeder = async (ctx) => {
  const now = ctx.clock.now();
  await loadDemoCatalog(ctx, now);
  await loadDemoExchange(ctx, now);
};
