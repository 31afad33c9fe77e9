import type { Executor, TicketRow } from '../tickets/tickets.repository';

/** SQL of the public Open311 request list. */

export interface RequestFilter {
  ticketNos?: string[];
  serviceCodes?: string[];
  from: Date;
  to: Date;
  status?: Array<'open' | 'closed'>;
  limit: number;
}

/**
 * Service requests as Open311 lists them: every ticket except consultations answered on the
 * phone (they are not requests for service). By number when asked, else by date and filters.
 */
export async function findRequests(db: Executor, f: RequestFilter): Promise<TicketRow[]> {
  let q = db
    .selectFrom('hotline_tickets')
    .selectAll()
    .where((eb) => eb.or([eb('resolution', 'is', null), eb('resolution', '!=', 'answered')]));
  if (f.ticketNos?.length) return q.where('ticket_no', 'in', f.ticketNos).orderBy('created_at', 'desc').limit(f.limit).execute();
  q = q.where('created_at', '>=', f.from).where('created_at', '<', f.to);
  if (f.serviceCodes?.length) q = q.where('category_code', 'in', f.serviceCodes);
  if (f.status?.length === 1) q = f.status[0] === 'closed' ? q.where('status', '=', 'closed') : q.where('status', '!=', 'closed');
  return q.orderBy('created_at', 'desc').limit(f.limit).execute();
}
