import type { AppContext } from '../../../context';
import type { Actor } from '../../../platform/auth/roles';
import type { ActionBody } from './actions.schemas';
import { approveReturnHandler, dispatchHandler, isSimpleDispatch, rejectReturnHandler, transferHandler } from './dispatch.service';
import { approveExtensionHandler, rejectExtensionHandler, replyHandler, requestExtensionHandler, returnHandler, signHandler } from './handling.service';
import { mergeHandler } from './merge.service';
import type { TicketAction } from './tickets.state';
import { runAction, type ActionHandler, type ActionRequest, type TicketRef } from './tickets.transition';
import { closeHandler, returnVisitHandler } from './visit.service';

/** Every ticket action's handler, in one table so the routes and the tests reach them the same way. */
const HANDLERS: { [A in TicketAction]: ActionHandler<ActionBody<A>> } = {
  dispatch: dispatchHandler,
  sign: signHandler,
  return: returnHandler,
  approve_return: approveReturnHandler,
  reject_return: rejectReturnHandler,
  transfer: transferHandler,
  request_extension: requestExtensionHandler,
  approve_extension: approveExtensionHandler,
  reject_extension: rejectExtensionHandler,
  reply: replyHandler,
  return_visit: returnVisitHandler,
  close: closeHandler,
  merge: mergeHandler,
};

/** Facts only the action's body can tell before its handler runs. */
function factsOf<A extends TicketAction>(action: A, body: ActionBody<A>): ActionRequest<ActionBody<A>>['facts'] {
  if (action === 'dispatch') return async (row, trx) => ({ simpleDispatch: await isSimpleDispatch(trx, row, body as ActionBody<'dispatch'>) });
  if (action === 'return_visit') {
    const b = body as ActionBody<'return_visit'>;
    return async () => ({ visit: { satisfaction: b.satisfaction, resolved: b.resolved } });
  }
  return undefined;
}

/** Takes one action on one ticket: permission, scope, version, state table, change, event, messages — one transaction. */
export function performAction<A extends TicketAction>(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  action: A,
  body: ActionBody<A>,
  now: Date,
): Promise<TicketRef> {
  return runAction(ctx, { ticketId, action, actor, body, now, facts: factsOf(action, body) }, HANDLERS[action] as ActionHandler<ActionBody<A>>);
}
