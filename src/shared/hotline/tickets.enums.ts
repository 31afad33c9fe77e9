/**
 * The words of the 12345 ticket lifecycle (docs/domain.md) that the server's rule table and the
 * web app both use. The rule table itself is the server's `tickets.state.ts`.
 */

export const TICKET_STATUSES = ['pending_dispatch', 'dispatched', 'processing', 'returned', 'replied', 'closed', 'merged'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = [
  'dispatch',
  'sign',
  'return',
  'approve_return',
  'reject_return',
  'transfer',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'reply',
  'return_visit',
  'close',
  'merge',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Where a ticket came from. Open311 tickets come from other systems, never from the agent console. */
export const TICKET_CHANNELS = ['phone', 'sms', 'web', 'wechat', 'app', 'open311'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** The channels of the public form (web, WeChat mini-page, the mobile app). */
export const PUBLIC_CHANNELS = ['web', 'wechat', 'app'] as const;
export type PublicChannel = (typeof PUBLIC_CHANNELS)[number];

/** A ticket's light against its limit; null once it no longer runs. */
export const TICKET_LIGHTS = ['green', 'yellow', 'red'] as const;
export type TicketLight = (typeof TICKET_LIGHTS)[number];

export const URGENCIES = ['urgent', 'utility', 'normal', 'complex'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** 满意 / 基本满意 / 不满意 */
export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** Emergency lines a call is transferred to (三方通话) instead of becoming a ticket. */
export const EMERGENCY_LINES = ['110', '119', '120', '122'] as const;
export type EmergencyLine = (typeof EMERGENCY_LINES)[number];

/** Units of a handling limit: natural hours, or working days of the calendar. */
export const LIMIT_UNITS = ['hours', 'workdays'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export const REPORT_PERIODS = ['day', 'week', 'month'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
