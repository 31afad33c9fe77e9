/** The closed lists of queue tickets and window calling (取号、叫号, docs/domain.md S20), zod-free for the web bundle. */

/**
 * waiting → called (at a window) → done when the window calls the next one; skipped when the person
 * did not come; closed by the nightly job when its hall day ended before it was served.
 */
export const TICKET_STATUSES = ['waiting', 'called', 'done', 'skipped', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Where a ticket was taken: the hall's kiosk, a QR code scanned with a phone, or an appointment's check-in (priority lane). */
export const TICKET_CHANNELS = ['kiosk', 'qr', 'appointment'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** What a window clerk does: finish the current ticket and call the next, call it again, mark it not present, send it to another group. */
export const WINDOW_ACTIONS = ['call_next', 'recall', 'skip', 'transfer'] as const;
export type WindowAction = (typeof WINDOW_ACTIONS)[number];

/** The events of a ticket's hash chain (`queue_ticket.<action>`), as the audit page names them. */
export const TICKET_EVENT_ACTIONS = ['take', 'call', 'recall', 'skip', 'finish', 'transfer', 'close'] as const;

/** What the hall screen's stream sends after its snapshot. */
export const HALL_EVENT_TYPES = ['take', 'call', 'recall', 'skip', 'transfer'] as const;
export type HallEventType = (typeof HALL_EVENT_TYPES)[number];
