import { allow, can, definePolicy, type Grant, type Scope, type ScopedRecord, allowByScope } from '../../platform/auth/policy';
import type { Actor, Role } from '../../platform/auth/roles';
import { TICKET_ACTIONS, rolesFor, type TicketAction } from './tickets/tickets.state';

/**
 * Who reaches which tickets: the hotline centre (agents, dispatchers) and viewers their region
 * (city staff every region); department handlers only tickets assigned to their department.
 * Which role may take which action comes from the state table, so the two cannot disagree.
 * Citizens reach no staff endpoint (403); they follow their own tickets through the public ones.
 */
const SCOPE_OF: Partial<Record<Role, Scope>> = {
  dispatcher: 'region',
  hotline_agent: 'region',
  dept_handler: 'department',
  supervisor: 'region',
  admin: 'region',
};

const grantsFor = (roles: readonly Role[]): Grant[] => allowByScope(roles, SCOPE_OF, 'hotline');

/** Roles that work tickets and therefore see the caller in full (within their reach). */
const CALLER_VISIBLE: readonly Role[] = ['dispatcher', 'hotline_agent', 'dept_handler'];

type PolicyAction =
  | TicketAction
  | 'ticket.view'
  | 'ticket.create'
  | 'call.take'
  | 'caller.history'
  | 'classify'
  | 'duplicates.view'
  | 'reports.view'
  | 'emergency.view'
  | 'model.view'
  | 'model.retrain'
  | 'category.edit'
  | 'kb.edit'
  | 'apikey.manage';

/** The hotline’s access rules: action → roles and their reach. */
export const hotlinePolicy = definePolicy<PolicyAction>({
  'ticket.view': grantsFor(['dispatcher', 'hotline_agent', 'dept_handler', 'supervisor', 'admin']),
  'ticket.create': [allow(['hotline_agent', 'dispatcher'])],
  'call.take': [allow(['hotline_agent', 'dispatcher'])],
  'caller.history': [allow(['hotline_agent', 'dispatcher'], 'region')],
  classify: [allow(['hotline_agent', 'dispatcher', 'admin'])],
  'duplicates.view': [allow(['dispatcher', 'hotline_agent'], 'region')],
  'reports.view': [allow(['dispatcher', 'hotline_agent', 'supervisor', 'admin'], 'region')],
  'emergency.view': [allow(['dispatcher', 'hotline_agent', 'supervisor', 'admin'], 'region')],
  'model.view': [allow(['admin', 'dispatcher', 'supervisor'])],
  'model.retrain': [allow(['admin'])],
  'category.edit': [allow(['admin'])],
  'kb.edit': [allow(['admin'])],
  'apikey.manage': [allow(['admin'])],
  ...(Object.fromEntries(TICKET_ACTIONS.map((a) => [a, grantsFor(rolesFor(a))])) as Record<TicketAction, Grant[]>),
});

/** Where a ticket belongs, for the scope checks: its region and the departments it is assigned to. */
export function ticketRecord(row: { region_code: string; departments: readonly string[] }): ScopedRecord {
  return { regionCode: row.region_code, departmentCodes: row.departments };
}

/**
 * Whether the actor sees the caller's name and number in full: the hotline centre always, a
 * department only while the ticket is assigned to it and the caller did not ask for anonymity.
 */
export function seesCaller(actor: Actor, row: { region_code: string; departments: readonly string[]; anonymous: boolean }): boolean {
  if (!actor.roles.some((r) => CALLER_VISIBLE.includes(r))) return false;
  if (actor.roles.includes('dispatcher') || actor.roles.includes('hotline_agent')) return can(actor, hotlinePolicy, 'ticket.view', ticketRecord(row));
  return !row.anonymous && !!actor.departmentCode && row.departments.includes(actor.departmentCode);
}

/** Whether the actor's ticket lists are limited to their department's tickets. */
export function departmentBound(actor: Actor): boolean {
  return !actor.roles.some((r) => SCOPE_OF[r] === 'region') && actor.roles.includes('dept_handler');
}
