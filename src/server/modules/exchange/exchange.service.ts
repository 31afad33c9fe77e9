import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';
import { appendEvent } from '../../platform/audit/events.repository';
import { ERR, AppError, type ErrorDef, type ErrorParams } from '../../platform/errors';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/work-calendar';
import { idProblemMessage } from '../../platform/ids/messages';
import { checkResidentId, maskResidentId } from '../../platform/ids/resident-id';
import { checkUscc } from '../../platform/ids/uscc';
import { findCaseFacts } from '../cases';
import { actOnNeed, decideAsSystem } from './exchange.machine';
import { EXCHANGE_ERR } from './exchange.errors';
import { authorizeFor, departmentOf, readsAllDepartments } from './exchange.policy';
import * as repo from './exchange.repository';
import type {
  CreateNeedInput,
  ExchangeGrant,
  ExchangeNeed,
  ExchangeQueryInput,
  ExchangeQueryResult,
  ExchangeResource,
  GrantListQuery,
  GrantStatus,
  NeedAction,
  NeedActionInput,
  NeedListQuery,
  ResourceListQuery,
  UsageItem,
  UsageQuery,
} from './exchange.schemas';

/**
 * The data-sharing exchange (共享交换, docs/domain.md S16; docs/decisions.md D20): the resource
 * catalog, data needs and the grants they become, and the queries that go through a grant. Every
 * query — answered or refused — and every revocation is an event on the hash-chained chain
 * `exchange`; a need is a workflow record with its own chain `exchange_need:<id>` (filing, then
 * the decision through the engine, exchange.machine.ts), so `tongban audit verify` covers the
 * data's use (docs/audit-chain.md).
 */

export const EXCHANGE_CHAIN = 'exchange';
/** A grant lasts at most this long (the need's period is checked against it). */
const MAX_PERIOD_DAYS = 3 * 366;
/** Who decides an unconditional resource's need: nobody, the catalog's sharing type does. */
const AUTO_DECIDER = '系统（无条件共享自动登记）';

type Row = repo.ResourceRow & { records: number };

function resourceOut(r: Row): ExchangeResource {
  return {
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    descriptionZh: r.description_zh,
    descriptionEn: r.description_en,
    ownerDepartmentCode: r.owner_department_code,
    updateFrequency: r.update_frequency,
    sharingType: r.sharing_type,
    keyKind: r.key_kind,
    fields: r.fields,
    records: Number(r.records),
    updatedAt: r.updated_at,
  };
}

/** The resource catalog (目录): every staff member may read it. */
export async function listResources(ctx: AppContext, actor: Actor, q: ResourceListQuery) {
  authorizeFor(actor, 'resource.view');
  const { rows, total } = await repo.listResources(ctx.db, { sharingType: q.sharingType, owner: q.owner }, q.page, q.pageSize);
  return { items: rows.map(resourceOut), total, page: q.page, pageSize: q.pageSize };
}

export async function getResource(ctx: AppContext, actor: Actor, code: string): Promise<ExchangeResource> {
  authorizeFor(actor, 'resource.view');
  const r = await repo.findResource(ctx.db, code);
  if (!r) throw new AppError(EXCHANGE_ERR.RESOURCE_NOT_FOUND, { resource: code });
  return resourceOut(r);
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function unknownFields(resource: repo.ResourceRow, fields: readonly string[]): string[] {
  const known = new Set(resource.fields.map((f) => f.name));
  return fields.filter((f) => !known.has(f));
}

function needOut(n: repo.NeedRow): ExchangeNeed {
  return {
    id: n.id,
    resource: n.resource_code,
    resourceNameZh: n.resource_name_zh,
    resourceNameEn: n.resource_name_en,
    consumerDepartmentCode: n.consumer_department_code,
    ownerDepartmentCode: n.owner_department_code,
    fields: n.fields,
    purpose: n.purpose,
    itemCodes: n.item_codes,
    validFrom: n.valid_from,
    validUntil: n.valid_until,
    status: n.status,
    version: n.version,
    requestedByName: n.requested_by_name,
    createdAt: n.created_at,
    decidedByName: n.decided_by_name,
    decidedAt: n.decided_at,
    refusalReason: n.refusal_reason,
    grantedFields: n.granted_fields,
    grantId: n.grant_id,
  };
}

/**
 * A consumer department files a data need (需求清单). A resource that is not shared (不予共享)
 * cannot be needed; an unconditionally shared one (无条件共享) is granted at once, but only for the
 * purpose and period the need registers.
 */
export async function fileNeed(ctx: AppContext, actor: Actor, input: CreateNeedInput, now: Date): Promise<ExchangeNeed> {
  const consumer = departmentOf(actor);
  authorizeFor(actor, 'need.file', [consumer]);
  return fileNeedFor(ctx, { id: actor.id, name: actor.displayName, departmentCode: consumer }, input, now);
}

/** Who files a need: a signed-in person, or (the demo seeder) a named office of a department without an account. */
export interface Requester {
  id: string | null;
  name: string;
  departmentCode: string;
}

/** Files a need for a requester already authorised (or a demo stand-in); every rule of the need itself is checked here. */
export async function fileNeedFor(ctx: AppContext, requester: Requester, input: CreateNeedInput, now: Date): Promise<ExchangeNeed> {
  const consumer = requester.departmentCode;
  const resource = await repo.findResource(ctx.db, input.resource);
  if (!resource) throw new AppError(EXCHANGE_ERR.RESOURCE_NOT_FOUND, { resource: input.resource });
  if (resource.sharing_type === 'none') throw new AppError(EXCHANGE_ERR.RESOURCE_NOT_SHARED, { resource: resource.name_zh });
  if (resource.owner_department_code === consumer) throw new AppError(EXCHANGE_ERR.OWN_RESOURCE);
  const fields = [...new Set(input.fields)];
  const unknown = unknownFields(resource, fields);
  if (unknown.length) throw new AppError(EXCHANGE_ERR.UNKNOWN_FIELDS, { fields: unknown.join(', ') });
  const today = toShanghaiDate(now);
  const span = dayNumber(input.validUntil) - dayNumber(input.validFrom);
  if (input.validFrom < today || span < 0 || span > MAX_PERIOD_DAYS) throw new AppError(EXCHANGE_ERR.PERIOD_INVALID);

  const id = await ctx.db.transaction().execute(async (trx) => {
    const needId = await repo.insertNeed(trx, {
      resource_code: resource.code,
      consumer_department_code: consumer,
      owner_department_code: resource.owner_department_code,
      fields,
      purpose: input.purpose,
      item_codes: [...new Set(input.itemCodes)],
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      status: 'pending',
      requested_by: requester.id,
      requested_by_name: requester.name,
      created_at: now,
    });
    // The need's own chain starts with its filing; the engine appends its decision (exchange.machine.ts).
    await appendEvent(trx, {
      chain: `exchange_need:${needId}`,
      action: 'exchange_need.file',
      actorId: requester.id,
      actorName: requester.name,
      subjectType: 'exchange_need',
      subjectId: needId,
      regionCode: CITY_REGION,
      data: {
        to: 'pending',
        version: 1,
        resource: resource.code,
        consumer,
        owner: resource.owner_department_code,
        fields,
        purpose: input.purpose,
        itemCodes: input.itemCodes,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
      },
      at: now,
    });
    if (resource.sharing_type === 'unconditional')
      await decideAsSystem(trx, needId, { id: null, name: AUTO_DECIDER }, { action: 'approve', fields: null, auto: true }, now);
    return needId;
  });
  return needOut((await repo.findNeed(ctx.db, id))!);
}

/**
 * The owner department approves a need — with the fields asked for, or fewer — into a grant, or
 * refuses it with a reason, through the workflow engine. Another department's need is not found;
 * the consumer may not decide it.
 */
export async function decideNeed(ctx: AppContext, actor: Actor, id: string, action: NeedAction, body: NeedActionInput, now: Date): Promise<ExchangeNeed> {
  await actOnNeed(ctx, actor, id, action, body, now);
  return needOut((await repo.findNeed(ctx.db, id))!);
}

/**
 * Decides a pending need for the owner department without a signed-in person (the demo seeder,
 * for departments that have no demo account): the deciding office's name is recorded, no user id.
 */
export async function decideNeedAsOwner(
  ctx: AppContext,
  id: string,
  deciderName: string,
  decision: { action: 'approve'; fields: string[] | null } | { action: 'refuse'; reason: string },
  now: Date,
): Promise<void> {
  const by = { id: null, name: deciderName };
  await ctx.db.transaction().execute((trx) => decideAsSystem(trx, id, by, decision.action === 'approve' ? { ...decision, auto: false } : decision, now));
}

/** The needs the caller's department filed and received (a supervisor: every department's). */
export async function listNeeds(ctx: AppContext, actor: Actor, q: NeedListQuery) {
  const all = readsAllDepartments(actor);
  const department = all ? null : departmentOf(actor);
  authorizeFor(actor, 'need.view', department ? [department] : undefined);
  const { rows, total } = await repo.listNeeds(ctx.db, { department, direction: q.direction, status: q.status, resource: q.resource }, q.page, q.pageSize);
  return { items: rows.map(needOut), total, page: q.page, pageSize: q.pageSize };
}

function grantStatus(g: { revoked_at: Date | null; valid_from: string; valid_until: string }, today: string): GrantStatus {
  if (g.revoked_at) return 'revoked';
  return g.valid_from <= today && today <= g.valid_until ? 'active' : 'expired';
}

function grantOut(g: repo.GrantRow, today: string): ExchangeGrant {
  return {
    id: g.id,
    needId: g.need_id,
    resource: g.resource_code,
    resourceNameZh: g.resource_name_zh,
    resourceNameEn: g.resource_name_en,
    consumerDepartmentCode: g.consumer_department_code,
    ownerDepartmentCode: g.owner_department_code,
    fields: g.fields,
    purpose: g.purpose,
    itemCodes: g.item_codes,
    validFrom: g.valid_from,
    validUntil: g.valid_until,
    status: grantStatus(g, today),
    createdAt: g.created_at,
    revokedAt: g.revoked_at,
    revokeReason: g.revoke_reason,
  };
}

/** The grants the caller's department holds or gave (a supervisor: every department's). */
export async function listGrants(ctx: AppContext, actor: Actor, q: GrantListQuery, now: Date) {
  const all = readsAllDepartments(actor);
  const department = all ? null : departmentOf(actor);
  authorizeFor(actor, 'grant.view', department ? [department] : undefined);
  const today = toShanghaiDate(now);
  const { rows, total } = await repo.listGrants(
    ctx.db,
    { department, direction: q.direction, status: q.status, resource: q.resource, today },
    q.page,
    q.pageSize,
  );
  return { items: rows.map((g) => grantOut(g, today)), total, page: q.page, pageSize: q.pageSize };
}

/** The owner department withdraws a grant; queries through it are refused from then on. */
export async function revokeGrant(ctx: AppContext, actor: Actor, id: string, reason: string, now: Date): Promise<ExchangeGrant> {
  await ctx.db.transaction().execute(async (trx) => {
    const g = await repo.lockGrant(trx, id);
    if (!g) throw new AppError(EXCHANGE_ERR.GRANT_NOT_FOUND);
    authorizeFor(actor, 'grant.view', [g.consumer_department_code, g.owner_department_code], EXCHANGE_ERR.GRANT_NOT_FOUND);
    try {
      authorizeFor(actor, 'grant.revoke', [g.owner_department_code], EXCHANGE_ERR.GRANT_NOT_FOUND);
    } catch (err) {
      if (err instanceof AppError && err.kind === 'not_found') throw new AppError(ERR.FORBIDDEN);
      throw err;
    }
    if (g.revoked_at) throw new AppError(EXCHANGE_ERR.GRANT_ALREADY_REVOKED);
    await repo.revokeGrant(trx, g.id, { id: actor.id, name: actor.displayName }, reason, now);
    await appendEvent(trx, {
      chain: EXCHANGE_CHAIN,
      action: 'exchange.grant_revoked',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'exchange_grant',
      subjectId: g.id,
      data: { resource: g.resource_code, consumer: g.consumer_department_code, reason },
      at: now,
    });
  });
  return grantOut((await repo.findGrant(ctx.db, id))!, toShanghaiDate(now));
}

/** The fields as people read them, for a refusal: 经营场所 rather than premises. */
function fieldLabels(resource: repo.ResourceRow, names: readonly string[]): { fields: string; fieldsEn: string } {
  const label = (n: string) => resource.fields.find((f) => f.name === n);
  return { fields: names.map((n) => label(n)?.labelZh ?? n).join('、'), fieldsEn: names.map((n) => label(n)?.labelEn ?? n).join(', ') };
}

/** The digest under which a key is logged (the data subject finds their own rows by it). */
export function keyDigest(key: string): string {
  return createHash('sha256').update(key.trim().toUpperCase()).digest('hex');
}

interface QueryLog {
  resource: string;
  owner: string | null;
  fields: string[];
  result: 'allowed' | 'refused' | 'no_record';
  refusalCode: string | null;
  grantId: string | null;
}

/** Writes one query's row and its event on the exchange chain, in a transaction of its own. */
/** Who asks: a signed-in person, or the platform for a department (免提交 at submission, docs/decisions.md D21). */
export interface Querier {
  id: string | null;
  displayName: string;
  departmentCode: string | null;
}

async function logQuery(ctx: AppContext, actor: Querier, input: ExchangeQueryInput, log: QueryLog, now: Date): Promise<string> {
  const id = randomUUID();
  const key = input.key.trim().toUpperCase();
  const keyMasked = maskResidentId(key);
  const digest = keyDigest(key);
  await ctx.db.transaction().execute(async (trx) => {
    const e = await appendEvent(trx, {
      chain: EXCHANGE_CHAIN,
      action: 'exchange.query',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'exchange_query',
      subjectId: id,
      data: {
        result: log.result,
        code: log.refusalCode,
        resource: log.resource,
        owner: log.owner,
        consumer: actor.departmentCode,
        purpose: input.purpose,
        caseId: input.caseId ?? null,
        fields: log.fields,
        grant: log.grantId,
        keyMasked,
        keyDigest: digest,
      },
      at: now,
    });
    await repo.insertQuery(trx, {
      id,
      at: now,
      resource_code: log.resource,
      owner_department_code: log.owner,
      consumer_department_code: actor.departmentCode,
      user_id: actor.id,
      user_name: actor.displayName,
      purpose: input.purpose,
      case_id: input.caseId ?? null,
      fields: log.fields,
      key_digest: digest,
      key_masked: keyMasked,
      result: log.result,
      refusal_code: log.refusalCode,
      grant_id: log.grantId,
      event_seq: e.seq,
    });
  });
  return id;
}

/**
 * A query through the exchange (docs/decisions.md D20): the consumer department's grant for the
 * resource must exist, be unrevoked and valid today, name the query's purpose, cover the fields
 * asked for, and — when the query names a case — serve the case's item. Only the granted fields
 * come back. Every query is logged, the refused ones before the refusal is answered.
 */
export async function queryResource(ctx: AppContext, actor: Actor, input: ExchangeQueryInput, now: Date): Promise<ExchangeQueryResult> {
  try {
    authorizeFor(actor, 'query', actor.departmentCode ? [actor.departmentCode] : undefined);
  } catch (err) {
    if (err instanceof AppError) await refusal(ctx, actor, input, now)(err.def, err.params);
    throw err;
  }
  return queryAs(ctx, actor, input, now);
}

/** A refusal: logged (in its own transaction), then thrown. */
function refusal(ctx: AppContext, actor: Querier, input: ExchangeQueryInput, now: Date, base?: QueryLog) {
  const asked = input.fields ? [...new Set(input.fields)] : [];
  const b = base ?? { resource: input.resource, owner: null, fields: asked, result: 'refused' as const, refusalCode: null, grantId: null };
  return async (def: ErrorDef, params: ErrorParams = {}, log: Partial<QueryLog> = {}): Promise<never> => {
    await logQuery(ctx, actor, input, { ...b, ...log, refusalCode: def.code }, now);
    throw new AppError(def, params);
  };
}

/** The query's rules, for a querier already authorised (a person through the route, or the platform for a department). */
export async function queryAs(ctx: AppContext, actor: Querier, input: ExchangeQueryInput, now: Date): Promise<ExchangeQueryResult> {
  const asked = input.fields ? [...new Set(input.fields)] : null;
  const base: QueryLog = { resource: input.resource, owner: null, fields: asked ?? [], result: 'refused', refusalCode: null, grantId: null };
  const refuse = refusal(ctx, actor, input, now, base);
  if (!actor.departmentCode) return refuse(EXCHANGE_ERR.NO_DEPARTMENT);
  const consumer = actor.departmentCode;
  const resource = await repo.findResource(ctx.db, input.resource);
  if (!resource) return refuse(EXCHANGE_ERR.RESOURCE_NOT_FOUND, { resource: input.resource });
  base.owner = resource.owner_department_code;
  const resourceName = { resource: resource.name_zh };

  const key = input.key.trim().toUpperCase();
  const check = resource.key_kind === 'resident_id' ? checkResidentId(key) : checkUscc(key);
  if (!check.ok) {
    const kind = resource.key_kind === 'resident_id' ? { kind: '身份证号码', kindEn: 'resident ID' } : { kind: '统一社会信用代码', kindEn: 'credit code' };
    return refuse(EXCHANGE_ERR.KEY_INVALID, { ...kind, problem: idProblemMessage(check.reason, 'zh-CN'), problemEn: idProblemMessage(check.reason, 'en-US') });
  }
  const unknown = asked ? unknownFields(resource, asked) : [];
  if (unknown.length) return refuse(EXCHANGE_ERR.FIELDS_NOT_GRANTED, fieldLabels(resource, unknown));

  let fields: string[];
  let grantId: string | null = null;
  if (resource.owner_department_code === consumer) {
    // The owner reads its own resource; it needs no grant, and the read is logged all the same.
    fields = asked ?? resource.fields.map((f) => f.name);
  } else {
    const grants = await repo.findGrantsOf(ctx.db, consumer, resource.code);
    if (grants.length === 0 || resource.sharing_type === 'none') return refuse(EXCHANGE_ERR.NO_GRANT, resourceName);
    const forPurpose = grants.filter((g) => g.purpose === input.purpose);
    if (forPurpose.length === 0) return refuse(EXCHANGE_ERR.PURPOSE_MISMATCH);
    const live = forPurpose.filter((g) => !g.revoked_at);
    if (live.length === 0) return refuse(EXCHANGE_ERR.GRANT_REVOKED, {}, { grantId: forPurpose[0].id });
    const today = toShanghaiDate(now);
    const valid = live.filter((g) => g.valid_from <= today && today <= g.valid_until);
    if (valid.length === 0)
      return refuse(EXCHANGE_ERR.GRANT_EXPIRED, { validFrom: live[0].valid_from, validUntil: live[0].valid_until }, { grantId: live[0].id });
    const covering = asked ? valid.filter((g) => asked.every((f) => g.fields.includes(f))) : valid;
    if (covering.length === 0) {
      const granted = new Set(valid.flatMap((g) => g.fields));
      const outside = asked!.filter((f) => !granted.has(f));
      return refuse(EXCHANGE_ERR.FIELDS_NOT_GRANTED, fieldLabels(resource, outside.length ? outside : asked!), { grantId: valid[0].id });
    }
    let usable = covering;
    if (input.caseId) {
      const c = await findCaseFacts(ctx.db, input.caseId);
      usable = c ? covering.filter((g) => g.item_codes.includes(c.itemCode)) : [];
      if (usable.length === 0) return refuse(EXCHANGE_ERR.CASE_NOT_COVERED, {}, { grantId: covering[0].id });
    }
    grantId = usable[0].id;
    fields = asked ?? usable[0].fields;
  }

  const data = await repo.findRecord(ctx.db, resource.code, key);
  if (!data) {
    await logQuery(ctx, actor, input, { ...base, fields, result: 'no_record', grantId }, now);
    throw new AppError(EXCHANGE_ERR.RECORD_NOT_FOUND);
  }
  const queryId = await logQuery(ctx, actor, input, { ...base, fields, result: 'allowed', grantId }, now);
  const record: ExchangeQueryResult['record'] = {};
  for (const f of fields) record[f] = data[f] ?? null;
  return { queryId, resource: resource.code, grantId, fields, record };
}

function usageOut(r: repo.QueryRow): UsageItem {
  return {
    id: r.id,
    at: r.at,
    resource: r.resource_code,
    resourceNameZh: r.resource_name_zh ?? r.resource_code,
    resourceNameEn: r.resource_name_en ?? r.resource_code,
    consumerDepartmentCode: r.consumer_department_code,
    userName: r.user_name,
    purpose: r.purpose,
    caseId: r.case_id,
    fields: r.fields,
    result: r.result,
    refusalCode: r.refusal_code,
    keyMasked: r.key_masked,
  };
}

/** Who used the caller's department's resources and why (a supervisor: every resource's). */
export async function listUsage(ctx: AppContext, actor: Actor, q: UsageQuery) {
  const all = readsAllDepartments(actor);
  const owner = all ? null : departmentOf(actor);
  authorizeFor(actor, 'usage.view', owner ? [owner] : undefined);
  const { rows, total } = await repo.listQueries(ctx.db, { owner, resource: q.resource, result: q.result }, q.page, q.pageSize);
  return { items: rows.map(usageOut), total, page: q.page, pageSize: q.pageSize };
}

/** 我的数据使用记录: who looked at the data kept under the caller's own resident ID or credit code. */
export async function listMyUsage(ctx: AppContext, actor: Actor, q: UsageQuery) {
  authorizeFor(actor, 'usage.mine');
  const ids = await repo.findSubjectIds(ctx.db, actor.id);
  const keys = [ids?.id_number, ids?.uscc].filter((k): k is string => !!k);
  if (keys.length === 0) throw new AppError(EXCHANGE_ERR.NOT_A_DATA_SUBJECT);
  const { rows, total } = await repo.listQueries(ctx.db, { keyDigests: keys.map(keyDigest), resource: q.resource, result: q.result }, q.page, q.pageSize);
  return { items: rows.map(usageOut), total, page: q.page, pageSize: q.pageSize };
}
