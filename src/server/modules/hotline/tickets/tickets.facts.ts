import type { Executor } from '../../../db/executor';

/**
 * What other modules may know of a 12345 ticket (a supervision order names the ticket it concerns
 * and the department that holds it). Read through the hotline's door, never by querying the
 * tickets table from another module (docs/architecture.md, module layout).
 */
export interface TicketFacts {
  id: string;
  ticketNo: string;
  status: string;
  regionCode: string;
  /** The lead department, null before dispatch. */
  departmentCode: string | null;
  /** Every department the ticket is assigned to (lead and assisting). */
  departments: string[];
}

/** A ticket's facts, or undefined when there is no such ticket. */
export async function findTicketFacts(db: Executor, id: string): Promise<TicketFacts | undefined> {
  const r = await db
    .selectFrom('hotline_tickets')
    .select(['id', 'ticket_no', 'status', 'region_code', 'department_code', 'departments'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { id: r.id, ticketNo: r.ticket_no, status: r.status, regionCode: r.region_code, departmentCode: r.department_code, departments: r.departments };
}
