import type { AppContext } from '../../context';
import { appendEvent } from '../../platform/audit/events.repository';
import { authorize, regionFilter } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { InstantRule, PublishedItem } from '../catalog';
import { licenceIssuer, licenceRequestOf } from './cases.licences';
import { notifyApplicant } from './cases.notify';
import { casePolicy } from './cases.policy';
import * as repo from './cases.repository';
import { applicantOf, readFact, type FactAnswer } from './cases.sources';
import { applyTransition, SYSTEM_ACTOR, type CaseRef } from './cases.transition';

/**
 * 秒批 (docs/decisions.md D22): an item whose conditions are all facts the government holds carries
 * rules in its published version. Right after submission (and after 免提交 has fetched what it
 * could), every rule's fact is read through the exchange for the item's department; all met and
 * every required material in → the case is accepted, approved, completed and — for a licence or
 * certificate — issued as an e-licence within the same second; anything failed or unknown → the
 * ordinary workflow, with the reason. The evaluation (which fact, through which query and grant,
 * which rule, met or not; never the values) is an event on the case's chain and a row supervisors list.
 */

export type RuleOutcome = 'met' | 'failed' | 'unknown';

export interface RuleEvidence {
  textZh: string;
  textEn: string;
  resource: string;
  field: string | null;
  op: InstantRule['op'];
  outcome: RuleOutcome;
  queryId: string | null;
  grantId: string | null;
}

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** One rule against the answer its resource gave (null: the resource could not be asked). Pure. */
export function evaluateRule(rule: InstantRule, answer: FactAnswer | null, today: string): RuleOutcome {
  if (!answer) return 'unknown';
  if (rule.op === 'noRecord') return answer.found ? 'failed' : 'met';
  if (!answer.found) return rule.op === 'present' ? 'failed' : 'unknown';
  if (rule.op === 'present' && !rule.field) return 'met';
  const value = rule.field ? str(answer.facts[rule.field]) : null;
  if (value === null) return rule.op === 'present' ? 'failed' : 'unknown';
  const values = rule.values ?? [];
  switch (rule.op) {
    case 'present':
      return 'met';
    case 'equals':
      return value === values[0] ? 'met' : 'failed';
    case 'oneOf':
      return values.includes(value) ? 'met' : 'failed';
    case 'contains':
      return values.some((v) => value.includes(v)) ? 'met' : 'failed';
    case 'notExpired':
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? (value.slice(0, 10) >= today ? 'met' : 'failed') : 'unknown';
  }
}

/** Why a declined case goes the ordinary way, in words for the applicant and the clerk. */
function reasonOf(missing: readonly string[], evidence: readonly RuleEvidence[]): string {
  const parts: string[] = [];
  if (missing.length) parts.push(`材料不全：${missing.join('、')}`);
  const failed = evidence.filter((e) => e.outcome === 'failed').map((e) => e.textZh);
  if (failed.length) parts.push(`条件不符：${failed.join('；')}`);
  const unknown = evidence.filter((e) => e.outcome === 'unknown').map((e) => e.textZh);
  if (unknown.length) parts.push(`无法通过共享数据核验：${unknown.join('；')}`);
  return parts.join('。');
}

/**
 * Evaluates the item's rules for a just-submitted case and, when all hold, decides it. Safe to call
 * again: a case already evaluated or no longer submitted is left alone. Returns the case as it now is.
 */
export async function tryInstantApproval(ctx: AppContext, ref: CaseRef, row: repo.CaseRow, item: PublishedItem, now: Date): Promise<CaseRef> {
  if (row.status !== 'submitted') return ref;
  const rules = item.instantApproval?.rules;
  if (!rules?.length) return ref;
  if (await repo.findInstantDecision(ctx.db, row.id)) return ref;

  const have = await repo.findMaterialCodes(ctx.db, row.id);
  const missing = item.materials.filter((m) => m.required && !have.has(m.code)).map((m) => m.name);
  const today = toShanghaiDate(now);
  const answers = new Map<string, FactAnswer | null>();
  for (const resource of new Set(rules.map((r) => r.resource))) {
    answers.set(resource, await readFact(ctx, { item, applicant: applicantOf(row), resource, caseId: row.id }, now));
  }
  const evidence: RuleEvidence[] = rules.map((r) => {
    const a = answers.get(r.resource) ?? null;
    return {
      textZh: r.textZh,
      textEn: r.textEn,
      resource: r.resource,
      field: r.field ?? null,
      op: r.op,
      outcome: evaluateRule(r, a, today),
      queryId: a?.queryId ?? null,
      grantId: a?.grantId ?? null,
    };
  });
  const approved = missing.length === 0 && evidence.every((e) => e.outcome === 'met');
  const reason = approved ? null : reasonOf(missing, evidence);
  const cal = await ctx.calendar.get();

  return ctx.db.transaction().execute(async (trx) => {
    let current = await repo.lockCase(trx, row.id);
    if (!current || current.status !== 'submitted' || current.version !== row.version) return ref;
    await repo.insertInstantDecision(trx, {
      case_id: row.id,
      decided_at: now,
      outcome: approved ? 'approved' : 'declined',
      item_code: item.code,
      item_name: item.name,
      department_code: item.departmentCode,
      region_code: row.region_code,
      evidence: JSON.stringify(evidence),
      reason,
    });
    if (!approved) {
      await appendEvent(trx, {
        chain: `case:${row.id}`,
        action: 'case.instant_declined',
        actorId: null,
        actorName: SYSTEM_ACTOR.name,
        subjectType: 'case',
        subjectId: row.id,
        regionCode: row.region_code,
        data: { evidence, reason },
        at: now,
      });
      return ref;
    }
    const by = { now, actorId: SYSTEM_ACTOR.id, actorName: SYSTEM_ACTOR.name };
    let out = await applyTransition(trx, current, item, cal, {
      action: 'case.accept',
      to: 'accepted',
      patch: {},
      eventData: { instant: true, evidence },
      ...by,
    });
    current = (await repo.lockCase(trx, row.id))!;
    out = await applyTransition(trx, current, item, cal, {
      action: 'case.complete',
      to: 'completed',
      patch: { completed_at: now, decision: 'approved', decided_at: now, decision_data: JSON.stringify({ instantApproval: true }) },
      eventData: { instant: true },
      ...by,
      after: (r) => notifyApplicant(trx, r, 'case.completed', {}),
    });
    const issue = licenceIssuer();
    if (issue && isLicence(item)) {
      current = (await repo.lockCase(trx, row.id))!;
      const licence = await issue(ctx, trx, licenceRequestOf(row, item, null, now));
      const delivery = { mode: 'e_licence', issuedAt: now.toISOString(), by: SYSTEM_ACTOR.name, licenceNo: licence.identifier, licenceId: licence.licenceId };
      out = await applyTransition(trx, current, item, cal, {
        action: 'case.issue',
        to: 'issued',
        patch: { delivery: JSON.stringify(delivery), issued_at: now },
        eventData: { delivery },
        ...by,
        after: (r) => notifyApplicant(trx, r, 'case.issued', { delivery: '电子证照', deliveryEn: 'issued as an e-licence' }),
      });
    }
    return out;
  });
}

function isLicence(item: PublishedItem): boolean {
  return item.resultType === 'licence' || item.resultType === 'certificate';
}

/** Every 秒批 decision in the caller's region, newest first (supervisors, dispatchers, administrators). */
export async function listInstantDecisions(ctx: AppContext, actor: Actor, q: { outcome?: 'approved' | 'declined'; page: number; pageSize: number }) {
  authorize(actor, casePolicy, 'case.stats');
  const { rows, total } = await repo.listInstantDecisions(ctx.db, { region: regionFilter(actor), outcome: q.outcome }, q.page, q.pageSize);
  return {
    items: rows.map((r) => ({
      caseId: r.case_id,
      caseNo: r.case_no,
      decidedAt: r.decided_at,
      outcome: r.outcome,
      itemCode: r.item_code,
      itemName: r.item_name,
      departmentCode: r.department_code,
      regionCode: r.region_code,
      reason: r.reason,
      evidence: r.evidence as RuleEvidence[],
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
