import type { z } from 'zod';
import type { WireOf } from '../wire';
import type {
  hallEventSchema,
  hallSnapshotSchema,
  listResponse,
  statsResponse,
  takeBody,
  ticketSchema,
  windowActionBody,
  windowActionResponse,
  windowStateSchema,
} from './queue.schemas';

/** The queue API's answers as the browser receives them (see wire.ts). */

export type TicketWire = WireOf<typeof ticketSchema>;
export type WindowStateWire = WireOf<typeof windowStateSchema>;
export type WindowActionWire = WireOf<typeof windowActionResponse>;
export type QueueStatsWire = WireOf<typeof statsResponse>;
export type TicketListWire = WireOf<typeof listResponse>;
export type HallSnapshotWire = WireOf<typeof hallSnapshotSchema>;
export type HallEventWire = WireOf<typeof hallEventSchema>;
export type TakeTicketRequest = z.input<typeof takeBody>;
export type WindowActionRequest = z.input<typeof windowActionBody>;
