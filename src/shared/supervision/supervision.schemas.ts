import { z } from 'zod';
import { ESCALATION_LEVELS, ORDER_ACTIONS, ORDER_FIGURES_BY, ORDER_LIGHTS, ORDER_STATUSES, ORDER_SUBJECT_KINDS } from './supervision.enums';

/** Request and response schemas of the supervision-orders API (跟踪督办, docs/domain.md S25). */

export * from './supervision.enums';

const text = (max: number) => z.string().trim().min(1).max(max);

export const createOrderBody = z.strictObject({
  subjectKind: z.enum(ORDER_SUBJECT_KINDS),
  /** A case, ticket or rectification id; a department's code for a department order. */
  subjectId: z.string().trim().min(1).max(100),
  /** 问题: what is wrong. */
  problem: text(2000),
  /** 督办要求: what is demanded. */
  demand: text(2000),
  /** The deadline in working days, 1–60 (checked by the service, with a message saying so). */
  workdays: z.number().int(),
  /** The responsible department; defaults to the department that holds the case, ticket or rectification. */
  departmentCode: z.string().trim().min(1).max(100).optional(),
});
export type CreateOrderInput = z.infer<typeof createOrderBody>;

export const orderRefSchema = z.object({ id: z.uuid(), orderNo: z.string(), status: z.enum(ORDER_STATUSES), version: z.number() });
export type OrderRef = z.infer<typeof orderRefSchema>;

export const orderListQuery = z.strictObject({
  status: z.enum(ORDER_STATUSES).optional(),
  light: z.enum(ORDER_LIGHTS).optional(),
  subjectKind: z.enum(ORDER_SUBJECT_KINDS).optional(),
  /** Orders on one subject (a case shows its orders, including those on its rectification). */
  subjectId: z.string().trim().min(1).max(100).optional(),
  /** Only orders escalated (to the department head or beyond). */
  escalated: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type OrderListQuery = z.infer<typeof orderListQuery>;

export const orderItemSchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  subjectKind: z.enum(ORDER_SUBJECT_KINDS),
  subjectId: z.string(),
  subjectLabel: z.string(),
  subjectCaseId: z.uuid().nullable(),
  problem: z.string(),
  status: z.enum(ORDER_STATUSES),
  version: z.number(),
  departmentCode: z.string(),
  regionCode: z.string(),
  openerName: z.string(),
  workdays: z.number(),
  openedAt: z.date(),
  dueAt: z.date(),
  /** Null once accepted; frozen at the answer while the answer waits for acceptance. */
  light: z.enum(ORDER_LIGHTS).nullable(),
  escalationLevel: z.literal(ESCALATION_LEVELS),
});

export const orderListSchema = z.object({
  items: z.array(orderItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const orderFileSchema = z.object({ id: z.uuid(), name: z.string(), round: z.number() });

export const orderEventSchema = z.object({
  action: z.string(),
  at: z.date(),
  actorName: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The event's text: the answer, the reason, the escalation level. */
  note: z.string().nullable(),
  level: z.number().nullable(),
});

export const orderDetailSchema = orderItemSchema.extend({
  demand: z.string(),
  assessmentDue: z.date(),
  schedulePublished: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.date().nullable(),
  answeredByName: z.string().nullable(),
  answerRounds: z.number(),
  returnReason: z.string().nullable(),
  returnedAt: z.date().nullable(),
  acceptNote: z.string().nullable(),
  acceptedAt: z.date().nullable(),
  escalated1At: z.date().nullable(),
  escalated2At: z.date().nullable(),
  nextEscalationAt: z.date().nullable(),
  files: z.array(orderFileSchema),
  /** The order's events from its hash chain, oldest first. */
  timeline: z.array(orderEventSchema),
  availableActions: z.array(z.enum(ORDER_ACTIONS)),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderActionBody = z.strictObject({
  version: z.number().int().min(1),
  /** The answer (说明/整改结果), the reason for returning it, or an optional note on acceptance. */
  note: z.string().trim().max(4000).optional(),
  /** Uploaded files attached to an answer. */
  fileIds: z.array(z.uuid()).max(10).default([]),
});
export type OrderActionInput = z.infer<typeof orderActionBody>;

export const orderFiguresRowSchema = z.object({
  key: z.string(),
  opened: z.number(),
  answeredOnTime: z.number(),
  overdue: z.number(),
  escalated: z.number(),
});
export type OrderFiguresRow = z.infer<typeof orderFiguresRowSchema>;

export const orderFiguresBy = z.enum(ORDER_FIGURES_BY);
