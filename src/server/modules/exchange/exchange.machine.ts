import type { Selectable, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { ExchangeNeedsTable } from '../../db/tables/exchange';
import type { DB } from '../../db/types';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import { commit, runTransition, type Machine } from '../../platform/workflow/engine';
import { EXCHANGE_ERR } from './exchange.errors';
import { authorizeFor } from './exchange.policy';
import * as repo from './exchange.repository';
import type { NeedAction, NeedActionInput, NeedStatus } from './exchange.schemas';
import { decideNeedAction, type NeedFacts, type NeedGuardError } from './exchange.state';

/**
 * A data need as a record of the workflow engine (docs/architecture.md, "The workflow engine"):
 * the engine locks it, authorises, checks the version, asks the rule table (exchange.state.ts),
 * runs the decision's handler (the grant, for an approval), stores the status and appends the
 * event to the need's own chain `exchange_need:<id>`.
 */

/** The need's row as the engine sees it: departments are city-wide, so every need is the city's. */
export type NeedRow = Selectable<ExchangeNeedsTable> & { region_code: string };

interface NeedWorkflow {
  row: NeedRow;
  status: NeedStatus;
  action: NeedAction;
  facts: NeedFacts;
  guardError: NeedGuardError;
  target: NeedStatus;
  loaded: { facts: NeedFacts };
  request: { fields?: string[]; reason?: string };
  patch: { decided_by?: string | null; decided_by_name?: string; decided_at?: Date; refusal_reason?: string | null; granted_fields?: string[] | null };
  env: undefined;
  derived: undefined;
  ref: { id: string; status: NeedStatus; version: number };
  outcome: object;
}

const label = (zh: string, en: string) => ({ zh, en });

export const needMachine: Machine<NeedWorkflow> = {
  kind: 'exchange_need',
  subjectType: 'exchange_need',
  async lock(trx, id) {
    const row = await repo.lockNeed(trx, id);
    return row && { ...row, region_code: CITY_REGION };
  },
  notFound: EXCHANGE_ERR.NEED_NOT_FOUND,
  authorize(actor, action, row) {
    // Either side reaches the need; only the owner side decides it (the consumer is told so, others see nothing).
    authorizeFor(actor, 'need.view', [row.consumer_department_code, row.owner_department_code]);
    try {
      authorizeFor(actor, 'need.decide', [row.owner_department_code]);
    } catch (err) {
      if (err instanceof AppError && err.kind === 'not_found') throw new AppError(ERR.FORBIDDEN, {}, { action });
      throw err;
    }
  },
  load: async ({ row, request }) => ({
    facts: {
      extraFields: (request.fields ?? row.fields).filter((f) => !row.fields.includes(f)),
      reasonGiven: !!request.reason?.trim(),
    },
  }),
  decide: decideNeedAction,
  resolve: ({ to }) => to,
  errors: EXCHANGE_ERR,
  guardParams: (_error, facts): Record<string, string> => ({ fields: facts.extraFields.join(', ') }),
  labels: {
    status: { pending: label('待审批', 'pending'), approved: label('已批准', 'approved'), refused: label('不予批准', 'refused') },
    action: { approve: label('批准', 'approve'), refuse: label('不予批准', 'refuse') },
  },
  env: () => undefined,
  async store(trx, row, c) {
    await repo.decideNeed(trx, row.id, row.version, { status: c.to, ...c.patch });
    return { row: { ...row, ...c.patch, status: c.to, version: row.version + 1 }, derived: undefined };
  },
  ref: (row) => ({ id: row.id, status: row.status, version: row.version }),
};

/** Who decides: a signed-in person, or a named office of the owner department (the demo's stand-ins, unconditional sharing). */
interface Decider {
  id: string | null;
  name: string;
}

/** The grant an approval makes, in the approval's transaction. */
async function grantFor(trx: Transaction<DB>, row: NeedRow, fields: string[], now: Date): Promise<string> {
  return repo.insertGrant(trx, {
    need_id: row.id,
    resource_code: row.resource_code,
    consumer_department_code: row.consumer_department_code,
    owner_department_code: row.owner_department_code,
    fields,
    purpose: row.purpose,
    item_codes: row.item_codes,
    valid_from: row.valid_from,
    valid_until: row.valid_until,
    created_at: now,
  });
}

function patchFor(action: NeedAction, by: Decider, now: Date, fields: string[], reason: string | null): NeedWorkflow['patch'] {
  return action === 'approve'
    ? { decided_by: by.id, decided_by_name: by.name, decided_at: now, refusal_reason: null, granted_fields: fields }
    : { decided_by: by.id, decided_by_name: by.name, decided_at: now, refusal_reason: reason, granted_fields: null };
}

/** The owner department approves (the fields asked for, or fewer) or refuses (with a reason) a pending need. */
export function actOnNeed(ctx: AppContext, actor: Actor, id: string, action: NeedAction, body: NeedActionInput, now: Date) {
  return runTransition<NeedWorkflow, NeedActionInput>(
    ctx,
    needMachine,
    { id, action, actor, body, now, fields: body.fields, reason: body.reason },
    async ({ trx, row }) => {
      const by = { id: actor.id, name: actor.displayName };
      if (action === 'refuse') {
        const reason = body.reason!.trim();
        return { patch: patchFor('refuse', by, now, [], reason), event: { resource: row.resource_code, consumer: row.consumer_department_code, reason } };
      }
      const fields = [...new Set(body.fields ?? row.fields)];
      const grant = await grantFor(trx, row, fields, now);
      return {
        patch: patchFor('approve', by, now, fields, null),
        event: { resource: row.resource_code, consumer: row.consumer_department_code, fields, grant },
      };
    },
  );
}

/**
 * A decision made without a signed-in person — an unconditional resource's need granted as it is
 * filed, or the demo's stand-ins of departments without accounts — stored by the engine's `commit`
 * on the need's chain like any other, in the caller's transaction.
 */
export async function decideAsSystem(
  trx: Transaction<DB>,
  id: string,
  by: Decider,
  decision: { action: 'approve'; fields: string[] | null; auto: boolean } | { action: 'refuse'; reason: string },
  now: Date,
): Promise<void> {
  const row = await needMachine.lock(trx, id);
  if (!row || row.status !== 'pending') throw new AppError(EXCHANGE_ERR.NEED_NOT_FOUND);
  const base = { now, actorId: by.id, actorName: by.name, env: undefined };
  if (decision.action === 'refuse') {
    await commit(trx, needMachine, row, {
      ...base,
      action: 'exchange_need.refuse',
      to: 'refused',
      patch: patchFor('refuse', by, now, [], decision.reason),
      event: { resource: row.resource_code, consumer: row.consumer_department_code, reason: decision.reason },
    });
    return;
  }
  const fields = [...new Set(decision.fields ?? row.fields)];
  const extra = fields.filter((f) => !row.fields.includes(f));
  if (extra.length) throw new AppError(EXCHANGE_ERR.FIELDS_NOT_REQUESTED, { fields: extra.join(', ') });
  const grant = await grantFor(trx, row, fields, now);
  await commit(trx, needMachine, row, {
    ...base,
    action: 'exchange_need.approve',
    to: 'approved',
    patch: patchFor('approve', by, now, fields, null),
    event: { resource: row.resource_code, consumer: row.consumer_department_code, fields, grant, auto: decision.auto },
  });
}
