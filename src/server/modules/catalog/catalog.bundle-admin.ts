import type { Kysely } from 'kysely';
import { definitionVersion } from '../../../shared/bundles/bundles.definition';
import { bundleDefinitionSchema, type BundleDefinition } from '../../../shared/bundles/bundles.schemas';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import { CATALOG_ERR } from './catalog.errors';
import { authorizeCatalog } from './catalog.policy';
import { lockBundle, replaceBundleDefinition } from './catalog.reference.repository';
import { getPublishedItem } from './catalog.service';

/**
 * An admin edits a bundle's definition (docs/decisions.md D24): questions, members, stages,
 * conditions, aliases, promise and milestones, checked as a whole and stored as the next
 * version. Bundle cases keep the definition they were applied under.
 */

export interface DefinitionProblem {
  path: string;
  message: string;
}

/** Everything wrong with a definition, given which of its items are published. */
export function checkDefinition(def: BundleDefinition, published: ReadonlySet<string>): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const questions = new Map(def.questions.map((q) => [q.key, q]));
  if (questions.size !== def.questions.length) problems.push({ path: 'questions', message: '问题的 key 重复 / duplicate question keys' });
  for (const [i, q] of def.questions.entries()) {
    if (q.kind === 'choice' && !q.options?.length) problems.push({ path: `questions.${i}.options`, message: '选择题需要选项 / a choice needs options' });
  }
  const codes = def.members.map((m) => m.itemCode);
  if (new Set(codes).size !== codes.length) problems.push({ path: 'members', message: '同一事项重复 / an item appears twice' });
  const stages = [...new Set(def.members.map((m) => m.stage))].sort((a, b) => a - b);
  if (stages.some((s, i) => s !== i + 1)) problems.push({ path: 'members', message: '阶段须从 1 起连续编号 / stages must run 1, 2, 3 … without gaps' });
  if (!def.members.some((m) => !m.when?.length)) problems.push({ path: 'members', message: '至少一个事项必办 / at least one member must apply always' });
  for (const [i, m] of def.members.entries()) {
    if (!published.has(m.itemCode))
      problems.push({ path: `members.${i}.itemCode`, message: `事项 ${m.itemCode} 不存在或未发布 / item ${m.itemCode} is not published` });
    for (const [j, c] of (m.when ?? []).entries()) {
      const q = questions.get(c.question);
      const path = `members.${i}.when.${j}`;
      if (!q) problems.push({ path, message: `没有问题 ${c.question} / no question ${c.question}` });
      else if (q.kind === 'yes_no' && typeof c.value !== 'boolean')
        problems.push({ path, message: '是否题的条件须为 true/false / a yes-no condition compares with true or false' });
      else if (q.kind === 'number' && typeof c.value !== 'number')
        problems.push({ path, message: '数字题的条件须为数字 / a number condition compares with a number' });
      else if (q.kind === 'choice' && !q.options?.some((o) => o.value === c.value))
        problems.push({ path, message: '条件值不在选项中 / the value is not an option' });
    }
  }
  for (const [i, a] of def.aliases.entries()) {
    if (!codes.includes(a.itemCode))
      problems.push({ path: `aliases.${i}.itemCode`, message: '别名所指事项不在本“一件事”中 / the alias names an item outside the bundle' });
  }
  for (const [i, ms] of def.milestones.entries()) {
    if (ms.itemCodes.some((c) => !codes.includes(c)))
      problems.push({ path: `milestones.${i}.itemCodes`, message: '节点事项不在本“一件事”中 / a milestone names an item outside the bundle' });
    if (ms.workdays > def.promisedWorkdays)
      problems.push({ path: `milestones.${i}.workdays`, message: '节点时限不能超过整体承诺 / a milestone cannot be later than the promise' });
  }
  return problems;
}

/** Stores the definition as the next version; VERSION_CONFLICT when someone saved in between. */
export async function updateBundleDefinition(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  input: { version: number; definition: unknown },
): Promise<{ code: string; version: number }> {
  authorizeCatalog(actor, 'item.edit');
  const parsed = bundleDefinitionSchema.safeParse(input.definition);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError(CATALOG_ERR.BUNDLE_DEFINITION_INVALID, { count: problems.length }, problems);
  }
  const def = parsed.data;
  const published = new Set<string>();
  for (const m of def.members) {
    try {
      await getPublishedItem(db, m.itemCode);
      published.add(m.itemCode);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
  const problems = checkDefinition(def, published);
  if (problems.length) throw new AppError(CATALOG_ERR.BUNDLE_DEFINITION_INVALID, { count: problems.length }, problems);
  return db.transaction().execute(async (trx) => {
    const row = await lockBundle(trx, code);
    if (!row) throw new AppError(CATALOG_ERR.BUNDLE_NOT_FOUND, { code });
    const current = definitionVersion(row.definition);
    if (current !== input.version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: current });
    const version = current + 1;
    await replaceBundleDefinition(
      trx,
      code,
      { ...row.definition, plan: def, promisedWorkdays: def.promisedWorkdays, version },
      def.members.map((m) => m.itemCode),
    );
    await appendEvent(trx, {
      chain: 'catalog:bundles',
      action: 'bundle.definition_updated',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'bundle',
      subjectId: code,
      data: { version, members: def.members.length, questions: def.questions.length },
    });
    return { code, version };
  });
}
