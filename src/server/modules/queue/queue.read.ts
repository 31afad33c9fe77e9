import type { AppContext } from '../../context';
import type { Executor } from '../../db/executor';
import type { Lang } from '../../platform/errors';
import type { PlaceWindow } from '../places';
import * as repo from './queue.repository';
import type { OpenView, TicketView } from './queue.schemas';

/** Reading tickets: one ticket with its place in line and estimated wait, and what a call opens. */

/** Finished tickets the estimate's median reads, and how recently a window must have called to count as serving. */
const RECENT_SERVED = 20;
const SERVING_MINUTES = 30;

export type ServiceFigures = Awaited<ReturnType<typeof repo.serviceFigures>>;

/** A group's live service figures of a day, as the estimate reads them. */
export function groupServiceFigures(db: Executor, placeCode: string, group: string, day: string, now: Date): Promise<ServiceFigures> {
  return repo.serviceFigures(db, placeCode, group, day, now, RECENT_SERVED, SERVING_MINUTES);
}

/**
 * The estimated wait of a ticket with `ahead` people before it: the median service time of the
 * group's latest tickets today (TONGBAN_QUEUE_SERVICE_MINUTES before the first is finished) times
 * the people ahead, divided among the windows serving the group (those that called in the last half
 * hour, at least one). A take passes the figures it read before taking its number, so they are not
 * read while the group's counter row is held.
 */
export async function estimateWaitMinutes(
  ctx: AppContext,
  db: Executor,
  t: repo.TicketRow,
  ahead: number,
  now: Date,
  figures?: ServiceFigures,
): Promise<number> {
  if (ahead === 0) return 0;
  const f = figures ?? (await groupServiceFigures(db, t.place_code, t.group_code, t.day, now));
  const perPerson = f.medianSeconds ?? ctx.config.queueServiceMinutes * 60;
  return Math.ceil((perPerson * ahead) / Math.max(1, f.windows) / 60);
}

/** A window's name in the request's language (its code when the place no longer lists it). */
export function windowName(windows: readonly PlaceWindow[], code: string, lang: Lang): string {
  const w = windows.find((x) => x.code === code);
  return w ? (lang === 'en-US' ? w.nameEn : w.name) : code;
}

/** A ticket as the API shows it: no mobile, no clerk; its place in line and the estimate while it waits. */
export async function toTicketView(
  ctx: AppContext,
  db: Executor,
  row: repo.TicketRow,
  windows: readonly PlaceWindow[],
  lang: Lang,
  now: Date,
  figures?: ServiceFigures,
): Promise<TicketView> {
  const en = lang === 'en-US';
  const waiting = row.status === 'waiting';
  const ahead = waiting ? await repo.countAhead(db, row) : 0;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    priority: row.priority,
    channel: row.channel,
    place: { code: row.place_code, name: en ? row.place_name_en : row.place_name_zh },
    group: row.group_code,
    date: row.day,
    item: row.item_code ? { code: row.item_code, name: (en ? row.item_name_en : row.item_name_zh) ?? row.item_code } : null,
    appointmentId: row.appointment_id,
    issuedAt: row.issued_at,
    calledAt: row.called_at,
    finishedAt: row.finished_at,
    window: row.window_code ? { code: row.window_code, name: windowName(windows, row.window_code, lang) } : null,
    ahead,
    estimatedWaitMinutes: waiting ? await estimateWaitMinutes(ctx, db, row, ahead, now, figures) : null,
  };
}

/**
 * What the clerk's screen opens for a called ticket: the appointment (its item with it) for a
 * priority ticket, else the window's intake page (/window/intake) for the item the person came for.
 */
export function openFor(row: repo.TicketRow): OpenView {
  if (row.appointment_id) {
    const q = new URLSearchParams({ appointment: row.appointment_id, ...(row.item_code ? { item: row.item_code } : {}) });
    return { kind: 'appointment', path: `/window/intake?${q}`, itemCode: row.item_code, appointmentId: row.appointment_id };
  }
  return { kind: 'intake', path: row.item_code ? `/window/intake?item=${row.item_code}` : '/window/intake', itemCode: row.item_code, appointmentId: null };
}
