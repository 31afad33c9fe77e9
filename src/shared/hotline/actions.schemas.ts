import { z } from 'zod';
import { LIMIT_UNITS, SATISFACTIONS, TICKET_STATUSES, type TicketAction } from './tickets.enums';

/** Bodies of the ticket actions (POST /api/v1/hotline/tickets/{id}/actions/{action}); unknown fields are refused. */

export const text = (max: number) => z.string().trim().min(1).max(max);
export const versionField = z
  .number()
  .int()
  .min(1)
  .max(2_147_483_647)
  .meta({ description: 'The version of the ticket the client saw (optimistic concurrency: 409 when it changed)' });
export const departmentCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/)
  .meta({ description: 'Department code (docs/domain.md §7)', examples: ['urban-management'] });
export const regionCodeSchema = z
  .string()
  .regex(/^\d{6}$/)
  .meta({ description: 'Region code (GB/T 2260; 150271 稀土高新区)', examples: ['150203'] });
export const categoryCodeSchema = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9-]+$/)
  .max(80)
  .meta({ description: 'Leaf category code', examples: ['heating.low-temperature'] });

export const assignmentInputSchema = z.strictObject({
  departmentCode: departmentCodeSchema,
  role: z.enum(['lead', 'assist']).default('lead').meta({ description: '主办 lead or 协办 assist; a dispatch has exactly one lead' }),
  regionCode: regionCodeSchema.optional().meta({ description: 'Send down to this district (区县) instead of the city-level department' }),
});
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

const dispatchFields = {
  categoryCode: categoryCodeSchema.optional().meta({ description: 'Confirm or change the category; a change is recorded as a training correction' }),
  departments: z
    .array(assignmentInputSchema)
    .min(1)
    .max(8)
    .optional()
    .meta({ description: 'Departments with one lead (多部门联动); default: the category’s department' }),
  note: text(1000).optional(),
};

export const dispatchBody = z.strictObject({ version: versionField, ...dispatchFields });
export type DispatchInput = z.infer<typeof dispatchBody>;

/** The body of each action. */
export const ACTION_BODIES = {
  dispatch: dispatchBody,
  sign: z.strictObject({ version: versionField, note: text(500).optional() }),
  return: z.strictObject({ version: versionField, reason: text(1000).meta({ description: '退单理由: why this is not the department’s matter' }) }),
  approve_return: z.strictObject({
    version: versionField,
    note: text(1000).optional(),
    redispatch: z.strictObject(dispatchFields).optional().meta({ description: 'Dispatch again at once, in the same transaction' }),
  }),
  reject_return: z.strictObject({ version: versionField, note: text(1000).meta({ description: 'Why the department must handle it after all' }) }),
  transfer: z.strictObject({
    version: versionField,
    reason: text(1000),
    categoryCode: dispatchFields.categoryCode,
    departments: z.array(assignmentInputSchema).min(1).max(8),
  }),
  request_extension: z.strictObject({
    version: versionField,
    value: z.number().int().min(1).max(30),
    unit: z.enum(LIMIT_UNITS),
    reason: text(1000),
  }),
  approve_extension: z.strictObject({ version: versionField, note: text(1000).optional() }),
  reject_extension: z.strictObject({ version: versionField, note: text(1000) }),
  reply: z.strictObject({
    version: versionField,
    reply: text(2000).meta({ description: '答复: the result, sent to the caller by SMS (lead department); an assisting department’s part goes to the lead' }),
  }),
  return_visit: z.strictObject({
    version: versionField,
    satisfaction: z.enum(SATISFACTIONS).meta({ description: '满意 / 基本满意 / 不满意' }),
    resolved: z.boolean().meta({ description: 'Whether the caller says the matter is resolved' }),
    note: text(1000).optional(),
  }),
  close: z.strictObject({ version: versionField, note: text(1000) }),
  merge: z.strictObject({ version: versionField, masterId: z.uuid().meta({ description: 'The ticket this duplicate joins' }) }),
} satisfies Record<TicketAction, z.ZodType>;

export type ActionBody<A extends TicketAction> = z.infer<(typeof ACTION_BODIES)[A]>;

export const ticketRefSchema = z.object({
  id: z.uuid(),
  ticketNo: z.string(),
  status: z.enum(TICKET_STATUSES),
  version: z.number().int(),
});
