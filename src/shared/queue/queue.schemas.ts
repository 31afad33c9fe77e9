import { z } from 'zod';
import { isIsoDate } from '../dates';
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH } from '../appointments/appointments.enums';
import { mobileSchema } from '../ids/zod';
import { HALL_EVENT_TYPES, TICKET_CHANNELS, TICKET_STATUSES, WINDOW_ACTIONS } from './queue.enums';

/** Zod schemas of the queue API (取号、叫号, docs/domain.md S20, docs/decisions.md D29). */

export {
  HALL_EVENT_TYPES,
  TICKET_CHANNELS,
  TICKET_EVENT_ACTIONS,
  TICKET_STATUSES,
  WINDOW_ACTIONS,
  type HallEventType,
  type TicketChannel,
  type TicketStatus,
  type WindowAction,
} from './queue.enums';

const placeCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ or - / 字母、数字、_、-');
const itemCode = z.string().regex(/^[0-9]{12}$/, 'a 12-digit item code / 12位事项编码');
export const groupCode = z
  .string()
  .trim()
  .regex(/^([A-Za-z-]{1,10}|\*)$/, 'a window group (A, J, RS …) / 窗口组（A、J、RS……）')
  .meta({ description: 'A window group: the windows sharing a code prefix (A01…A20 → A)' });
/** An appointment's check-in code (as in appointments.schemas.ts, which imports this file for the check-in answer). */
const checkInCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .length(CHECK_IN_CODE_LENGTH)
  .refine((v) => [...v].every((c) => CHECK_IN_ALPHABET.includes(c)), 'a 6-character check-in code / 6位签到码');
const isoDate = z.string().refine((v) => isIsoDate(v) && v >= '2000-01-01' && v <= '2099-12-31', 'a date YYYY-MM-DD (2000–2099) / 日期 YYYY-MM-DD');

/** A window of a place, in URLs: `<place code>.<window code>` (`150200-CH-01.A03`). */
export const windowId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}\.[A-Za-z0-9-]{1,20}$/, 'a window: place code, a dot, window code (150200-CH-01.A03) / 窗口：场所编码.窗口编号')
  .meta({ description: 'Place code and window code joined by a dot: 150200-CH-01.A03' });

export const takeBody = z
  .strictObject({
    place: placeCode,
    item: itemCode.optional().meta({ description: 'The item the person came for: its window group numbers the ticket' }),
    group: groupCode.optional().meta({ description: 'Or the window group itself (the kiosk’s big buttons)' }),
    checkInCode: checkInCodeSchema
      .optional()
      .meta({ description: 'Or an appointment’s check-in code: checks it in and issues its priority ticket (a kiosk has no session)' }),
    mobile: mobileSchema.optional().meta({ description: 'For an SMS when three people are ahead' }),
    channel: z.enum(['kiosk', 'qr']).default('kiosk'),
  })
  .refine((b) => [b.item, b.group, b.checkInCode].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of item, group or checkInCode / 事项、窗口组、签到码三者选其一',
    path: ['item'],
  });

const named = z.object({ code: z.string(), name: z.string() });

export const ticketSchema = z.object({
  id: z.uuid(),
  number: z.string().meta({ description: 'A001 …: the group taken for, then the day’s sequence' }),
  status: z.enum(TICKET_STATUSES),
  version: z.number().int(),
  priority: z.boolean().meta({ description: 'Priority lane (a checked-in appointment): called before ordinary tickets' }),
  channel: z.enum(TICKET_CHANNELS),
  place: named,
  group: z.string().meta({ description: 'The group that calls it now (a transfer changes it)' }),
  date: z.string().meta({ description: 'The hall’s day, YYYY-MM-DD (Asia/Shanghai)' }),
  item: named.nullable(),
  appointmentId: z.uuid().nullable(),
  issuedAt: z.date(),
  calledAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  window: named.nullable().meta({ description: 'The window that called it (shown while called, and after)' }),
  ahead: z.number().int().meta({ description: 'Waiting tickets called before this one (0 unless waiting)' }),
  estimatedWaitMinutes: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'While waiting: median service time of the group today × people ahead ÷ windows serving' }),
});

export const ticketParams = z.object({ id: z.uuid() });

export const windowParams = z.object({ id: windowId });
export const windowActionParams = z.object({ id: windowId, action: z.enum(WINDOW_ACTIONS) });

export const windowActionBody = z.strictObject({
  ticket: z.uuid().optional().meta({ description: 'recall/skip/transfer: the ticket the clerk sees; 409 TICKET_CHANGED when the window’s ticket is another' }),
  group: groupCode.optional().meta({ description: 'transfer: the group to send the ticket to (it keeps its place in line)' }),
});

/** What the clerk's screen opens for the called person (the window's intake page, /window/intake). */
export const openSchema = z.object({
  kind: z.enum(['appointment', 'intake']),
  path: z.string().meta({ description: 'The web page to open' }),
  itemCode: z.string().nullable(),
  appointmentId: z.uuid().nullable(),
});

export const windowSchema = z.object({ code: z.string(), name: z.string(), group: z.string(), place: named });

export const windowStateSchema = z.object({
  window: windowSchema,
  ticket: ticketSchema.nullable().meta({ description: 'The ticket the window is serving (called), if any' }),
  open: openSchema.nullable(),
  waiting: z.number().int().meta({ description: 'Waiting tickets of the window’s group' }),
});

export const windowActionResponse = windowStateSchema.extend({
  finished: z.object({ id: z.uuid(), number: z.string() }).nullable().meta({ description: 'call_next: the ticket it finished' }),
  acted: ticketSchema.nullable().meta({ description: 'skip/transfer: the ticket acted on, as it is now' }),
});

export const listQuery = z.strictObject({
  date: isoDate.optional().meta({ description: 'Default today (Asia/Shanghai)' }),
  group: groupCode.optional(),
  status: z.enum(TICKET_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A ticket in the staff's list: the line first (priority lane, then oldest), then the others by time taken. */
export const ticketListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(TICKET_STATUSES),
  priority: z.boolean(),
  channel: z.enum(TICKET_CHANNELS),
  group: z.string(),
  item: named.nullable(),
  appointmentId: z.uuid().nullable(),
  window: z.string().nullable(),
  clerk: z.string().nullable().meta({ description: 'Who called it' }),
  calls: z.number().int(),
  mobile: z.string().nullable().meta({ description: 'Masked (139****1234)' }),
  issuedAt: z.date(),
  calledAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});

export const listResponse = z.object({
  place: named,
  date: z.string(),
  tickets: z.array(ticketListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const statsQuery = z.strictObject({ date: isoDate.optional().meta({ description: 'Default today (Asia/Shanghai)' }) });

const figures = z.object({
  taken: z.number().int().meta({ description: 'Tickets taken (per group) or called (per window and clerk)' }),
  served: z.number().int(),
  skipped: z.number().int(),
  closed: z.number().int().meta({ description: 'Left unserved when the hall day ended, closed by the nightly job' }),
  waiting: z.number().int(),
  waitAvgSeconds: z.number().nullable(),
  waitMedianSeconds: z.number().nullable(),
  serviceAvgSeconds: z.number().nullable(),
  serviceMedianSeconds: z.number().nullable(),
});

export const statsResponse = z.object({
  place: named,
  date: z.string(),
  total: figures,
  groups: z.array(figures.extend({ group: z.string() })),
  windows: z.array(figures.extend({ window: z.string(), name: z.string(), group: z.string() })),
  clerks: z.array(figures.extend({ clerkId: z.uuid(), name: z.string() })),
});

/** The hall screen's first message: what each window called last and how many wait per group. */
export const hallSnapshotSchema = z.object({
  type: z.literal('snapshot'),
  place: named,
  date: z.string(),
  at: z.date(),
  windows: z.array(z.object({ code: z.string(), name: z.string(), group: z.string(), number: z.string().nullable(), calledAt: z.date().nullable() })),
  groups: z.array(z.object({ group: z.string(), waiting: z.number().int() })),
});

/** One event of the hall screen's stream after the snapshot. */
export const hallEventSchema = z.object({
  type: z.enum(HALL_EVENT_TYPES),
  place: z.string(),
  number: z.string(),
  group: z.string().meta({ description: 'The group the ticket is in after the event' }),
  fromGroup: z.string().nullable().meta({ description: 'transfer: the group it left' }),
  window: named.nullable(),
  at: z.date(),
  waiting: z.record(z.string(), z.number().int()).meta({ description: 'Waiting tickets of the groups concerned, after the event' }),
});

export type TakeInput = z.infer<typeof takeBody>;
export type WindowActionInput = z.infer<typeof windowActionBody>;
export type TicketView = z.infer<typeof ticketSchema>;
export type OpenView = z.infer<typeof openSchema>;
export type WindowState = z.infer<typeof windowStateSchema>;
export type WindowActionResult = z.infer<typeof windowActionResponse>;
export type QueueStats = z.infer<typeof statsResponse>;
export type TicketList = z.infer<typeof listResponse>;
export type ListInput = z.infer<typeof listQuery>;
export type QueueFigures = z.infer<typeof figures>;
export type HallSnapshot = z.infer<typeof hallSnapshotSchema>;
export type HallEvent = z.infer<typeof hallEventSchema>;
