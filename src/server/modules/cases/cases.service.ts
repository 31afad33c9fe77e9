import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import type { Actor } from '../../platform/auth/roles';
import { accept, acceptWithDeficiency, precheck, reject, requestCorrection, resubmit, supplyMaterials } from './cases.accept';
import { complete, issue, withdraw } from './cases.issue';
import { approve, deny, endSpecial, returnCase, review, startSpecial } from './cases.review';
import { reassign, route } from './cases.route';
import type { ActionBody } from './cases.schemas';
import type { CaseAction } from './cases.state';
import { submitDraft } from './cases.submit';
import { runTransition, type ActionHandler, type CaseRef } from './cases.transition';

/** Every action of the lifecycle and the use case that carries it out. */
const HANDLERS: { [A in CaseAction]: ActionHandler<ActionBody<A>> } = {
  submit: submitDraft,
  precheck,
  accept,
  accept_with_deficiency: acceptWithDeficiency,
  reject,
  request_correction: requestCorrection,
  resubmit,
  supply_materials: supplyMaterials,
  route,
  reassign,
  review,
  approve,
  deny,
  start_special: startSpecial,
  end_special: endSpecial,
  complete,
  issue,
  withdraw,
  return: returnCase,
};

/** Takes one action on one case as `actor` (one transaction; see cases.transition.ts). */
export function performAction<A extends CaseAction>(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  action: A,
  body: ActionBody<A>,
  now: Date,
): Promise<CaseRef> {
  return runTransition(ctx, { caseId, action, actor, body, now }, HANDLERS[action] as ActionHandler<ActionBody<A>>);
}

/**
 * Takes one action on one case inside the caller's transaction: for changes that span several
 * cases and must all happen or none (the members of a "一件事", docs/decisions.md D24).
 */
export function performActionIn<A extends CaseAction>(
  ctx: AppContext,
  inside: { trx: Transaction<DB>; cal: WorkCalendar },
  actor: Actor,
  caseId: string,
  action: A,
  body: ActionBody<A>,
  now: Date,
): Promise<CaseRef> {
  return runTransition(ctx, { caseId, action, actor, body, now }, HANDLERS[action] as ActionHandler<ActionBody<A>>, inside);
}
