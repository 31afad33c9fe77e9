import type { Selectable } from 'kysely';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/executor';
import type { ExchangeGrantsTable } from '../../db/tables/exchange';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError } from '../../platform/errors';
import { EXCHANGE_ERR } from './exchange.errors';
import type { FactAnswer, FactReader, MaterialNeed, MaterialOffer, MaterialSource, SatisfiedMaterial, SourceRequest } from '../cases';
import { findDepartmentNames } from '../../platform/org/org.repository';
import * as repo from './exchange.repository';
import { queryAs, type Querier } from './exchange.service';

/**
 * The exchange as a source of materials (免提交, docs/decisions.md D21): a material the guide says
 * is 共享获取 or 电子证照 is fetched for the item's department from the resource that stands in for
 * it (the resource's `materials` name the material's catalog key or its name), keyed by the
 * applicant's own ID number or credit code, through the department's grant for that item — or read
 * by the department that owns the resource. The query is the exchange's own (queryAs): its rules,
 * its log on the hash chain, the case's id on the log. Nothing fits, no grant, no record: the
 * material stays to be brought, as before.
 */

/** How the platform appears on the exchange's log when it asks for a department at submission. */
const PLATFORM_QUERIER = '系统（申请材料免提交核验）';

type Resource = repo.ResourceRow;
type Grant = Selectable<ExchangeGrantsTable>;

interface Route {
  need: MaterialNeed;
  resource: Resource;
  /** null: the department reads its own resource. */
  grant: Grant | null;
}

function standsFor(resource: Resource, need: MaterialNeed): boolean {
  return resource.materials.some((m) => m === need.ref || m === need.name);
}

/** For each need, the resource and grant a query would go through, if any; reads no data. */
async function routes(db: Executor, request: SourceRequest, today: string): Promise<Route[]> {
  const consumer = request.item.departmentCode;
  const keyKind = request.applicant.idType === 'uscc' ? 'uscc' : 'resident_id';
  const resources = (await repo.findResourcesForMaterials(db)).filter((r) => r.key_kind === keyKind && r.sharing_type !== 'none');
  const out: Route[] = [];
  for (const need of request.needs) {
    for (const resource of resources.filter((r) => standsFor(r, need))) {
      if (resource.owner_department_code === consumer) {
        out.push({ need, resource, grant: null });
        break;
      }
      const grant = (await repo.findGrantsOf(db, consumer, resource.code)).find(
        (g) => !g.revoked_at && g.valid_from <= today && today <= g.valid_until && g.item_codes.includes(request.item.code),
      );
      if (grant) {
        out.push({ need, resource, grant });
        break;
      }
    }
  }
  return out;
}

function label(resource: Resource, owner: { zh: string; en: string } | undefined) {
  const o = owner ?? { zh: resource.owner_department_code, en: resource.owner_department_code };
  return { label: `共享获取：${resource.name_zh}（${o.zh}）`, labelEn: `Shared data: ${resource.name_en} (${o.en})` };
}

export const exchangeSource: MaterialSource = {
  async offer(_ctx, db, request): Promise<MaterialOffer[]> {
    const found = await routes(db, request, toShanghaiDate(new Date()));
    const owners = await findDepartmentNames(
      db,
      found.map((r) => r.resource.owner_department_code),
    );
    return found.map((r) => ({ materialCode: r.need.code, source: 'exchange' as const, ...label(r.resource, owners.get(r.resource.owner_department_code)) }));
  },

  async satisfy(ctx: AppContext, request, now): Promise<SatisfiedMaterial[]> {
    const found = await routes(ctx.db, request, toShanghaiDate(now));
    const owners = await findDepartmentNames(
      ctx.db,
      found.map((r) => r.resource.owner_department_code),
    );
    const querier: Querier = { id: null, displayName: PLATFORM_QUERIER, departmentCode: request.item.departmentCode };
    const out: SatisfiedMaterial[] = [];
    for (const r of found) {
      const purpose = r.grant?.purpose ?? `${request.item.code} 申请材料免提交核验`;
      try {
        const answer = await queryAs(
          ctx,
          querier,
          {
            resource: r.resource.code,
            key: request.applicant.idNumber,
            purpose,
            ...(request.caseId ? { caseId: request.caseId } : {}),
            ...(r.grant ? { fields: r.grant.fields } : {}),
          },
          now,
        );
        out.push({
          materialCode: r.need.code,
          source: 'exchange',
          licenceId: null,
          queryId: answer.queryId,
          ...label(r.resource, owners.get(r.resource.owner_department_code)),
          facts: answer.record,
        });
      } catch (err) {
        // Refused or no record: logged by the exchange; the material stays to be brought.
        if (!(err instanceof AppError)) throw err;
      }
    }
    return out;
  },
};

/**
 * One resource's record about the applicant, read for the item's department (秒批, docs/decisions.md
 * D22): by the owner, or through the department's grant for the item. Null when it cannot be asked
 * (unknown resource, a key of the wrong kind, no grant, the query refused); `found: false` when the
 * resource holds no record — for some conditions (no criminal record) that is the fact.
 */
export const readExchangeFact: FactReader = async (ctx, request, now): Promise<FactAnswer | null> => {
  const resource = await repo.findResource(ctx.db, request.resource);
  const keyKind = request.applicant.idType === 'uscc' ? 'uscc' : 'resident_id';
  if (!resource || resource.key_kind !== keyKind) return null;
  const consumer = request.item.departmentCode;
  let grant: Grant | null = null;
  if (resource.owner_department_code !== consumer) {
    const today = toShanghaiDate(now);
    grant =
      (await repo.findGrantsOf(ctx.db, consumer, resource.code)).find(
        (g) => !g.revoked_at && g.valid_from <= today && today <= g.valid_until && g.item_codes.includes(request.item.code),
      ) ?? null;
    if (!grant) return null;
  }
  const querier: Querier = { id: null, displayName: PLATFORM_DECIDER, departmentCode: consumer };
  try {
    const answer = await queryAs(
      ctx,
      querier,
      {
        resource: resource.code,
        key: request.applicant.idNumber,
        purpose: grant?.purpose ?? `${request.item.code} 秒批条件核验`,
        caseId: request.caseId,
        ...(grant ? { fields: grant.fields } : {}),
      },
      now,
    );
    return { found: true, facts: answer.record, queryId: answer.queryId, grantId: answer.grantId };
  } catch (err) {
    if (err instanceof AppError && err.def.code === EXCHANGE_ERR.RECORD_NOT_FOUND.code)
      return { found: false, facts: {}, queryId: null, grantId: grant?.id ?? null };
    if (err instanceof AppError) return null;
    throw err;
  }
};

const PLATFORM_DECIDER = '系统（秒批条件核验）';
