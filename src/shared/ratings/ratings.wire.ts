import type { z } from 'zod';
import type { WireOf } from '../wire';
import type {
  caseRatingSchema,
  figuresRowSchema,
  publicFiguresSchema,
  rateCaseBody,
  rateTicketBody,
  ratingLinkSchema,
  ratingSchema,
  rectificationActionBody,
  rectificationDetailSchema,
  rectificationItemSchema,
  rectificationListSchema,
  rectificationRefSchema,
  rerateBody,
  ticketRatingSchema,
} from './ratings.schemas';

/** The ratings API's answers as the browser receives them (see wire.ts). */

export type RatingWire = WireOf<typeof ratingSchema>;
export type CaseRatingWire = WireOf<typeof caseRatingSchema>;
export type RectificationRefWire = WireOf<typeof rectificationRefSchema>;
export type RectificationItemWire = WireOf<typeof rectificationItemSchema>;
export type RectificationListWire = WireOf<typeof rectificationListSchema>;
export type RectificationDetailWire = WireOf<typeof rectificationDetailSchema>;
export type FiguresRowWire = WireOf<typeof figuresRowSchema>;
export type PublicFiguresWire = WireOf<typeof publicFiguresSchema>;
export type TicketRatingWire = WireOf<typeof ticketRatingSchema>;
export type RatingLinkWire = WireOf<typeof ratingLinkSchema>;
export type RateCaseRequest = z.input<typeof rateCaseBody>;
export type RateTicketRequest = z.input<typeof rateTicketBody>;
export type RectificationActionRequest = z.input<typeof rectificationActionBody>;
export type RerateRequest = z.input<typeof rerateBody>;
