/**
 * The closed lists of supervision orders (跟踪督办, docs/domain.md S25) that the server and the web
 * app both use. They import nothing, so the web app uses them without bundling zod.
 */

/** What an order is about: a case, a 12345 ticket, a rating rectification, or a department as a whole. */
export const ORDER_SUBJECT_KINDS = ['case', 'ticket', 'rectification', 'department'] as const;
export type OrderSubjectKind = (typeof ORDER_SUBJECT_KINDS)[number];

/** open → answered → accepted, or → returned → answered again … */
export const ORDER_STATUSES = ['open', 'answered', 'returned', 'accepted'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = ['answer', 'accept', 'return'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** The order's own light: green, yellow near its deadline, red once overdue (null once accepted). */
export const ORDER_LIGHTS = ['green', 'yellow', 'red'] as const;
export type OrderLight = (typeof ORDER_LIGHTS)[number];

/** 0 none, 1 the department head, 2 the city leadership. */
export const ESCALATION_LEVELS = [0, 1, 2] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** An order's deadline in working days. */
export const ORDER_MIN_WORKDAYS = 1;
export const ORDER_MAX_WORKDAYS = 60;

/** The cuts of the order figures used in scoring. */
export const ORDER_FIGURES_BY = ['department', 'region'] as const;
export type OrderFiguresBy = (typeof ORDER_FIGURES_BY)[number];
