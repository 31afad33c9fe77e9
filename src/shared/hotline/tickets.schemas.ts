import { z } from 'zod';
import { categoryCodeSchema, departmentCodeSchema, regionCodeSchema } from './actions.schemas';
import { LIMIT_UNITS, SATISFACTIONS, TICKET_ACTIONS, TICKET_CHANNELS, TICKET_LIGHTS, TICKET_STATUSES, URGENCIES } from './tickets.enums';

/** Schemas of ticket queries: the console list, the detail view, a caller's history. */

const statuses = z.enum(TICKET_STATUSES);
const inRange = (d: string) => d >= '2000-01-01' && d <= '2100-12-31';
const channels = z.enum(TICKET_CHANNELS);
const lights = z.enum(TICKET_LIGHTS);

export const listQuery = z.strictObject({
  status: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/)
    .optional()
    .meta({ description: 'One status or a comma list, e.g. `dispatched,processing`' }),
  light: lights.optional(),
  category: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/)
    .max(80)
    .optional()
    .meta({ description: 'A leaf code, or a group code for all its leaves' }),
  department: departmentCodeSchema.optional(),
  region: regionCodeSchema.optional(),
  channel: channels.optional(),
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'Ticket number prefix, or words in the text or address' }),
  overdue: z.enum(['true', 'false']).optional(),
  repeat: z.enum(['true', 'false']).optional(),
  from: z.iso.date().refine(inRange, 'a date from 2000 to 2100').optional(),
  to: z.iso.date().refine(inRange, 'a date from 2000 to 2100').optional().meta({ description: 'Inclusive (Beijing date)' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ticketSummarySchema = z.object({
  id: z.uuid(),
  ticketNo: z.string(),
  channel: channels,
  status: statuses,
  light: lights.nullable(),
  text: z.string(),
  categoryCode: z.string(),
  categoryNameZh: z.string(),
  categoryNameEn: z.string(),
  departmentCode: z.string().nullable().meta({ description: 'Lead department' }),
  departments: z.array(z.string()),
  regionCode: z.string(),
  address: z.string().nullable(),
  callerName: z
    .string()
    .nullable()
    .meta({ description: 'Masked in lists (王**); in full on the detail view for the ticket’s handlers, dispatchers and agents' }),
  callerPhone: z.string().nullable(),
  anonymous: z.boolean(),
  repeatCall: z.boolean(),
  linkedHotline: z.string().nullable(),
  urgency: z.enum(URGENCIES),
  dueAt: z.date(),
  createdAt: z.date(),
  closedAt: z.date().nullable(),
  reopenedCount: z.number().int(),
  masterTicketId: z.uuid().nullable(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  version: z.number().int(),
});

export const ticketPageSchema = z.object({ items: z.array(ticketSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const assignmentSchema = z.object({
  id: z.number().int(),
  departmentCode: z.string(),
  departmentNameZh: z.string(),
  departmentNameEn: z.string(),
  regionCode: z.string(),
  role: z.enum(['lead', 'assist']),
  status: z.enum(['pending', 'signed', 'replied', 'returned', 'withdrawn']),
  round: z.number().int(),
  note: z.string().nullable(),
  assignedAt: z.date(),
  signDueAt: z.date(),
  signedAt: z.date().nullable(),
  signedOnTime: z.boolean().nullable(),
  returnedAt: z.date().nullable(),
  returnReason: z.string().nullable(),
  returnDecision: z.enum(['approved', 'rejected']).nullable(),
  repliedAt: z.date().nullable(),
  reply: z.string().nullable(),
});

const timelineSchema = z.object({
  seq: z.number().int(),
  action: z.string(),
  actorName: z.string().nullable(),
  at: z.date(),
  data: z.record(z.string(), z.unknown()),
});

export const ticketDetailSchema = ticketSummarySchema.extend({
  callerEmail: z.string().nullable(),
  callerVisible: z.boolean().meta({ description: 'Whether the caller fields are shown in full to this user' }),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  limit: z.object({ value: z.number().int(), unit: z.enum(LIMIT_UNITS) }),
  acceptedAt: z.date(),
  warnAt: z.date(),
  schedulePublished: z.boolean(),
  suggestedCategory: z.string().nullable(),
  suggestedConfidence: z.number().nullable(),
  resolution: z.enum(['answered', 'handled']).nullable(),
  reply: z.string().nullable(),
  repliedAt: z.date().nullable(),
  repliedOnTime: z.boolean().nullable(),
  resolved: z.boolean().nullable(),
  visitedAt: z.date().nullable(),
  closeNote: z.string().nullable(),
  extension: z.object({ value: z.number(), unit: z.enum(LIMIT_UNITS), reason: z.string(), requestedByName: z.string(), requestedAt: z.string() }).nullable(),
  extensionsGranted: z.number().int(),
  masterTicketNo: z.string().nullable(),
  assignments: z.array(assignmentSchema),
  timeline: z.array(timelineSchema),
  availableActions: z.array(z.enum(TICKET_ACTIONS)),
  duplicates: z.array(
    z.object({
      id: z.uuid(),
      ticketNo: z.string(),
      text: z.string(),
      status: statuses,
      address: z.string().nullable(),
      distance: z.number().nullable(),
      sameAddress: z.boolean(),
      createdAt: z.date(),
    }),
  ),
  children: z.array(z.object({ id: z.uuid(), ticketNo: z.string(), status: statuses })),
});

export const idParams = z.strictObject({ id: z.uuid() });
export const phoneParams = z.strictObject({
  phone: z
    .string()
    .trim()
    .regex(/^[0-9-]{5,20}$/),
});

export { categoryCodeSchema };
