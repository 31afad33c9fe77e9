import { z } from 'zod';
import { checkMobile } from '../ids/mobile';
import { categoryCodeSchema, regionCodeSchema, text } from './actions.schemas';
import { EMERGENCY_LINES, PUBLIC_CHANNELS, TICKET_CHANNELS, TICKET_STATUSES } from './tickets.enums';

/** Request and response schemas of intake: the agent console, the public form, the SMS adapter, classification. */

/** Responses that an Idempotency-Key may replay from storage carry instants as ISO strings. */
const isoTime = z.iso.datetime().meta({ description: 'ISO 8601 instant (UTC)' });

/** A mobile number (checked) or a landline with area code (0472-1234567). */
export const phoneSchema = z
  .string()
  .trim()
  .refine(
    (v) => checkMobile(v).ok || /^0\d{2,3}-?\d{7,8}$/.test(v),
    'a valid mainland mobile number or a landline with area code / 有效的手机号或带区号的固定电话',
  )
  .meta({ description: 'Caller number: mobile (11 digits, checked) or landline with area code', examples: ['13947201234', '0472-5123456'] });

const location = {
  address: text(300).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  regionCode: regionCodeSchema.optional(),
};

export const takeCallBody = z.strictObject({
  callerPhone: phoneSchema.optional().meta({ description: 'Caller number from the switchboard (absent when withheld)' }),
  callerName: text(50).optional(),
  answered: z.boolean().default(true).meta({ description: 'false records an abandoned call (for the connection rate)' }),
  text: text(4000).optional().meta({ description: 'What the caller said so far: emergency check, suggestion and knowledge search' }),
  ...location,
});
export type TakeCallInput = z.infer<typeof takeCallBody>;

export const suggestionSchema = z.object({
  categoryCode: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  departmentCode: z.string(),
  confidence: z.number(),
});

export const classificationSchema = z.object({
  category: z.string().meta({ description: 'Suggested leaf category code' }),
  categoryNameZh: z.string(),
  categoryNameEn: z.string(),
  departmentCode: z.string().meta({ description: 'The category’s responsible department (docs/domain.md §7)' }),
  confidence: z.number().meta({ description: 'Calibrated probability, 0..1' }),
  lowConfidence: z.boolean().meta({ description: 'The suggestion is unsure (low confidence, or no model yet): let the agent choose among the alternatives' }),
  source: z.enum(['model', 'keywords']).meta({ description: 'The trained model, or a keyword match while the first model is still being trained' }),
  emergency: z.enum(EMERGENCY_LINES).nullable(),
  emergencyReason: z.string().nullable(),
  linkedHotline: z.literal('12315').nullable().meta({ description: 'Consumer complaints are also handed to 12315 (market regulation)' }),
  alternatives: z.array(suggestionSchema),
  modelId: z.number().int().nullable().meta({ description: 'The model that answered; null for the keyword fallback' }),
});

export const emergencySchema = z.object({
  line: z.enum(EMERGENCY_LINES),
  nameZh: z.string(),
  nameEn: z.string(),
  reason: z.string(),
  instructionZh: z.string(),
  instructionEn: z.string(),
  transferId: z.number().int(),
});

export const ticketSummarySchema = z.object({
  id: z.uuid(),
  ticketNo: z.string(),
  status: z.enum(TICKET_STATUSES),
  categoryCode: z.string(),
  text: z.string(),
  createdAt: isoTime,
  closedAt: isoTime.nullable(),
});

export const articleSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  question: z.string(),
  answer: z.string(),
  categoryCode: z.string().nullable(),
  score: z.number(),
});

export const takeCallResponse = z.object({
  callId: z.number().int(),
  answered: z.boolean(),
  repeatCaller: z.boolean().meta({ description: 'The number called or wrote within the last 30 days' }),
  earlierTickets: z.array(ticketSummarySchema),
  emergency: emergencySchema.nullable().meta({ description: 'Set when the text is an emergency: transfer at once (三方通话); no ticket may be created' }),
  suggestion: classificationSchema.nullable(),
  knowledge: z.array(articleSummarySchema),
});

export const createTicketBody = z.strictObject({
  callId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  channel: z.enum(TICKET_CHANNELS).exclude(['open311']).default('phone'),
  callerPhone: phoneSchema.optional(),
  callerName: text(50).optional(),
  anonymous: z.boolean().default(false).meta({ description: 'Hide the caller from the handling departments (the hotline centre still sees them)' }),
  text: text(4000),
  ...location,
  categoryCode: categoryCodeSchema.meta({ description: 'The category the agent confirmed (a change from the suggestion is a training correction)' }),
  resolution: z
    .enum(['ticket', 'answered'])
    .default('ticket')
    .meta({ description: '`answered`: answered at first contact from the knowledge base, stored closed' }),
  answer: text(2000).optional(),
  kbArticleId: z.number().int().positive().max(2_147_483_647).optional(),
});
export type CreateTicketInput = z.infer<typeof createTicketBody>;

export const createdTicketResponse = z.object({
  id: z.uuid(),
  ticketNo: z.string(),
  status: z.enum(TICKET_STATUSES),
  categoryCode: z.string(),
  departmentCode: z.string().meta({ description: 'The category’s department (dispatch target by default)' }),
  dueAt: isoTime,
  repeatCall: z.boolean(),
  linkedHotline: z.string().nullable(),
  version: z.number().int(),
});

export const publicTicketBody = z.strictObject({
  channel: z.enum(PUBLIC_CHANNELS).default('web').meta({ description: 'web form, WeChat mini-page or the mobile app' }),
  name: text(50).optional(),
  phone: phoneSchema.optional().meta({ description: 'Needed for the SMS receipt, the reply and tracking' }),
  email: z.email().max(200).optional(),
  anonymous: z.boolean().default(false),
  text: z.string().trim().min(5).max(2000),
  ...location,
  categoryCode: categoryCodeSchema.optional().meta({ description: 'Optional; the classifier suggests one otherwise' }),
});
export type PublicTicketInput = z.infer<typeof publicTicketBody>;

export const publicTicketResponse = z.object({ id: z.uuid(), ticketNo: z.string(), status: z.enum(TICKET_STATUSES), dueAt: isoTime });

export const trackResponse = z.object({
  ticketNo: z.string(),
  status: z.enum(TICKET_STATUSES),
  statusZh: z.string(),
  statusEn: z.string(),
  categoryNameZh: z.string(),
  createdAt: z.date(),
  dueAt: z.date(),
  reply: z.string().nullable(),
  repliedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
});

export const smsInboundBody = z.strictObject({
  from: phoneSchema,
  text: z.string().trim().min(1).max(1000),
  messageId: z.string().min(1).max(100).optional().meta({ description: 'The SMS platform’s id; a redelivered message creates no second ticket' }),
});

export const smsInboundResponse = z.object({
  accepted: z.boolean(),
  ticketNo: z.string().nullable(),
  emergency: z.enum(EMERGENCY_LINES).nullable(),
  duplicate: z.boolean(),
});

export const classifyBody = z.strictObject({ text: z.string().trim().min(1).max(4000) });
