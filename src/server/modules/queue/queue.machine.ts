import { AppError, ERR } from '../../platform/errors';
import type { Machine } from '../../platform/workflow/engine';
import { QUEUE_ERR } from './queue.errors';
import { authorizeTicket } from './queue.policy';
import * as repo from './queue.repository';
import type { TicketStatus } from './queue.schemas';
import { decideTicket, type TicketAction, type TicketFacts, type TicketGuardError } from './queue.state';

/**
 * A queue ticket as a record of the workflow engine: the engine locks the row, authorises with the
 * module's policy, checks the version, asks the rule table (queue.state.ts), runs the window's
 * handler (queue.calls.ts), stores the change and appends the event to the ticket's chain
 * `queue_ticket:<id>`.
 */

export interface TicketWorkflow {
  row: repo.TicketRow;
  status: TicketStatus;
  action: TicketAction;
  facts: TicketFacts;
  guardError: TicketGuardError;
  target: TicketStatus;
  loaded: { facts: TicketFacts };
  request: object;
  patch: repo.TicketPatch;
  env: undefined;
  derived: undefined;
  ref: { id: string; status: TicketStatus; version: number };
  outcome: object;
}

const label = (zh: string, en: string) => ({ zh, en });

export const ticketMachine: Machine<TicketWorkflow> = {
  kind: 'queue_ticket',
  subjectType: 'queue_ticket',
  lock: (trx, id) => repo.lockTicket(trx, id),
  notFound: QUEUE_ERR.TICKET_NOT_FOUND,
  authorize: (actor, action, row) => authorizeTicket(actor, action, row),
  load: () => Promise.resolve({ facts: {} }),
  decide: decideTicket,
  resolve: ({ to }) => to,
  errors: QUEUE_ERR,
  labels: {
    status: {
      waiting: label('等候中', 'waiting'),
      called: label('已叫号', 'called'),
      done: label('已办理', 'served'),
      skipped: label('已过号', 'skipped'),
      closed: label('已关闭', 'closed'),
    },
    action: {
      call: label('叫号', 'call'),
      recall: label('重呼', 'call again'),
      skip: label('过号', 'skip'),
      finish: label('完成办理', 'finish'),
      transfer: label('转移', 'transfer'),
    },
  },
  env: () => undefined,
  async store(trx, row, c) {
    if (!(await repo.updateTicket(trx, row.id, row.version, { ...c.patch, status: c.to }, c.now))) throw new AppError(ERR.VERSION_CONFLICT);
    return { row: { ...row, ...c.patch, status: c.to, version: row.version + 1, updated_at: c.now }, derived: undefined };
  },
  ref: (row) => ({ id: row.id, status: row.status, version: row.version }),
};
