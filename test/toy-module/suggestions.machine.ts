import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../../src/server/context';
import type { DB } from '../../src/server/db/types';
import { allow, authorize, definePolicy } from '../../src/server/platform/auth/policy';
import type { Actor } from '../../src/server/platform/auth/roles';
import { defineErrors } from '../../src/server/platform/errors';
import { runTransition, type Machine } from '../../src/server/platform/workflow/engine';
import { decideSuggestion, type SuggestionAction, type SuggestionFacts, type SuggestionGuardError, type SuggestionStatus } from './suggestions.state';

/** What the migration would hold (docs/architecture.md, checklist step 2); the test creates it. */
export const SUGGESTIONS_DDL = `CREATE TABLE IF NOT EXISTS toy_suggestions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'submitted',
  version integer NOT NULL DEFAULT 1,
  region_code text NOT NULL,
  department_code text NOT NULL,
  owner_id uuid NOT NULL,
  text text NOT NULL,
  answer text,
  updated_at timestamptz NOT NULL DEFAULT now())`;

export interface SuggestionRow {
  id: string;
  status: SuggestionStatus;
  version: number;
  region_code: string;
  department_code: string;
  owner_id: string;
  text: string;
  answer: string | null;
}

export const SUGGESTION_ERR = defineErrors({
  SUGGESTION_NOT_FOUND: { kind: 'not_found', zh: '未找到该意见建议', en: 'Suggestion not found' },
  INVALID_TRANSITION: {
    kind: 'rule',
    zh: '意见建议当前状态为“{status}”，不能执行“{action}”',
    en: 'The suggestion is “{statusEn}”; “{actionEn}” is not possible now',
  },
  ANSWER_REQUIRED: { kind: 'rule', zh: '请填写答复内容', en: 'Write the answer' },
});

export const suggestionPolicy = definePolicy<SuggestionAction>({
  answer: [allow(['dept_handler'], 'department')],
  close: [allow(['citizen'], 'owner')],
  withdraw: [allow(['citizen'], 'owner')],
});

interface SuggestionWorkflow {
  row: SuggestionRow;
  status: SuggestionStatus;
  action: SuggestionAction;
  facts: SuggestionFacts;
  guardError: SuggestionGuardError;
  target: SuggestionStatus;
  loaded: { facts: SuggestionFacts };
  request: { answer?: string };
  patch: { answer?: string };
  env: undefined;
  derived: undefined;
  ref: { id: string; status: SuggestionStatus; version: number };
  outcome: object;
}

const label = (zh: string, en: string) => ({ zh, en });

export const suggestionMachine: Machine<SuggestionWorkflow> = {
  kind: 'suggestion',
  subjectType: 'toy_suggestion',
  async lock(trx, id) {
    const r = await sql<SuggestionRow>`SELECT * FROM toy_suggestions WHERE id = ${id} FOR UPDATE`.execute(trx);
    return r.rows[0];
  },
  notFound: SUGGESTION_ERR.SUGGESTION_NOT_FOUND,
  authorize: (actor, action, row) =>
    authorize(actor, suggestionPolicy, action, { regionCode: row.region_code, departmentCode: row.department_code, ownerId: row.owner_id }),
  load: async ({ request }) => ({ facts: { answerGiven: !!request.answer?.trim() } }),
  decide: decideSuggestion,
  resolve: ({ to }) => to,
  errors: SUGGESTION_ERR,
  labels: {
    status: {
      submitted: label('已提交', 'submitted'),
      answered: label('已答复', 'answered'),
      closed: label('已关闭', 'closed'),
      withdrawn: label('已撤回', 'withdrawn'),
    },
    action: { answer: label('答复', 'answer'), close: label('关闭', 'close'), withdraw: label('撤回', 'withdraw') },
  },
  env: () => undefined,
  async store(trx, row, c) {
    const r =
      await sql`UPDATE toy_suggestions SET status = ${c.to}, answer = coalesce(${c.patch.answer ?? null}, answer), version = version + 1, updated_at = ${c.now}
      WHERE id = ${row.id} AND version = ${row.version}`.execute(trx);
    if (Number(r.numAffectedRows ?? 0) !== 1) throw new Error('version moved under the lock');
    return { row: { ...row, ...c.patch, status: c.to, version: row.version + 1 }, derived: undefined };
  },
  ref: (row) => ({ id: row.id, status: row.status, version: row.version }),
};

/** The module's service: every action through the engine; the answer also queues a job in the same transaction. */
export function actOnSuggestion(ctx: AppContext, actor: Actor, id: string, action: SuggestionAction, body: { version: number; answer?: string }, now: Date) {
  return runTransition<SuggestionWorkflow, typeof body>(
    ctx,
    suggestionMachine,
    { id, action, actor, body, now, answer: body.answer },
    async ({ trx, body: b }) => ({
      patch: action === 'answer' ? { answer: b.answer!.trim() } : {},
      event: action === 'answer' ? { answerLength: b.answer!.trim().length } : {},
      after: async (row) => {
        if (action === 'answer') await ctx.jobs.send('toy.suggestion-answered', { id: row.id }, {}, trx as Transaction<DB>);
      },
    }),
  );
}
