import type { z } from 'zod';
import type { WireOf } from '../wire';
import type { ticketRefSchema } from './actions.schemas';
import type { apiKeyCreateBody, apiKeySchema, articleSchema, categorySchema, categoryTreeSchema, kbPageSchema } from './admin.schemas';
import type {
  classificationSchema,
  createdTicketResponse,
  createTicketBody,
  emergencySchema,
  publicTicketBody,
  publicTicketResponse,
  suggestionSchema,
  takeCallBody,
  takeCallResponse,
  trackResponse,
} from './intake.schemas';
import type { reportSchema } from './reports.schemas';
import type { ticketDetailSchema, ticketPageSchema, ticketSummarySchema } from './tickets.schemas';

/** The hotline API's answers as the browser receives them, and the bodies it sends (see wire.ts). */

export type Limit = WireOf<typeof categorySchema>['limit'];
export type Category = WireOf<typeof categorySchema>;
export type CategoryGroup = WireOf<typeof categoryTreeSchema>['groups'][number];

export type Suggestion = WireOf<typeof suggestionSchema>;
/** `POST /api/v1/hotline/classify` */
export type Classification = WireOf<typeof classificationSchema>;

/** A ticket as lists show it. */
export type TicketSummary = WireOf<typeof ticketSummarySchema>;
export type TicketPage = WireOf<typeof ticketPageSchema>;
/** `GET /api/v1/hotline/tickets/{id}` */
export type TicketDetail = WireOf<typeof ticketDetailSchema>;
export type Assignment = TicketDetail['assignments'][number];
export type TimelineEvent = TicketDetail['timeline'][number];
export type ExtensionRequest = NonNullable<TicketDetail['extension']>;
export type DuplicateSuggestion = TicketDetail['duplicates'][number];
export type TicketRef = WireOf<typeof ticketRefSchema>;

/** `POST /api/v1/hotline/calls` */
export type TakeCallResult = WireOf<typeof takeCallResponse>;
/** A caller's earlier ticket (repeat-call history). */
export type EarlierTicket = TakeCallResult['earlierTickets'][number];
/** An emergency transfer, logged with the call. */
export type EmergencyTransfer = WireOf<typeof emergencySchema>;
/**
 * An emergency as the console shows it: a logged transfer, or only the line (and reason) that a
 * classification or an EMERGENCY_MUST_TRANSFER refusal named.
 */
export type EmergencyInstruction = Pick<EmergencyTransfer, 'line'> &
  Partial<Omit<EmergencyTransfer, 'line' | 'reason' | 'transferId'>> & { reason?: string | null };
/** `POST /api/v1/hotline/tickets` */
export type CreatedTicket = WireOf<typeof createdTicketResponse>;
/** `POST /api/v1/hotline/public/tickets` */
export type PublicTicketResult = WireOf<typeof publicTicketResponse>;
/** The public progress lookup. */
export type TrackResult = WireOf<typeof trackResponse>;

export type KbArticle = WireOf<typeof articleSchema>;
export type KbPage = WireOf<typeof kbPageSchema>;
export type ApiKey = WireOf<typeof apiKeySchema>;
export type ApiKeyInput = z.input<typeof apiKeyCreateBody>;
export type ApiKeyScope = NonNullable<ApiKeyInput['scopes']>[number];

/** `GET /api/v1/hotline/reports` */
export type HotlineReport = WireOf<typeof reportSchema>;

/** Request bodies as the client writes them (defaults may be left out). */
export type CallInput = z.input<typeof takeCallBody>;
export type TicketInput = z.input<typeof createTicketBody>;
export type PublicTicketInput = z.input<typeof publicTicketBody>;
