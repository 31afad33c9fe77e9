import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import type { Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { WorkCalendar } from '../../platform/calendar/work-calendar';
import { AppError, type Lang } from '../../platform/errors';
import { runTransitionIn } from '../../platform/workflow/engine';
import { windowGroupOf, windowGroups } from '../appointments';
import { getPlaceSchedule, type PlaceSchedule, type PlaceWindow } from '../places';
import { publishHall, type HallMessage } from './queue.bus';
import { QUEUE_ERR } from './queue.errors';
import { ticketMachine, type TicketWorkflow } from './queue.machine';
import { notifyThreeAhead } from './queue.notify';
import { authorizeWindow } from './queue.policy';
import { openFor, toTicketView } from './queue.read';
import * as repo from './queue.repository';
import type { WindowAction, WindowActionInput, WindowActionResult, WindowState } from './queue.schemas';
import type { TicketAction } from './queue.state';

/**
 * A window clerk's calls (docs/decisions.md D29), each in one transaction through the workflow
 * engine: call_next finishes the window's current ticket and calls the first of its group's line
 * (priority lane first, then the oldest), taken with FOR UPDATE SKIP LOCKED so two windows never
 * call the same ticket; recall calls the current one again; skip marks it not present; transfer
 * sends it to another group, where it keeps its place in line (it has waited already; the hall's
 * routing is not the person's fault). Every change is announced to the hall screens.
 */

export interface WindowRef {
  place: PlaceSchedule;
  window: PlaceWindow;
  group: string;
}

/** `150200-CH-01.A03` → the place, its window and the window's group; checks the clerk may work it. */
export async function resolveWindow(ctx: AppContext, actor: Actor, id: string): Promise<WindowRef> {
  const dot = id.indexOf('.');
  const place = await getPlaceSchedule(ctx.db, id.slice(0, dot));
  authorizeWindow(actor, place.regionCode);
  const code = id.slice(dot + 1);
  const window = place.windows.find((w) => w.code.toUpperCase() === code.toUpperCase());
  if (!window) throw new AppError(QUEUE_ERR.WINDOW_NOT_FOUND, { window: code, place: place.nameZh, placeEn: place.nameEn });
  if (window.kind === 'delivery') throw new AppError(QUEUE_ERR.WINDOW_NOT_CALLING, { window: window.code });
  return { place, window, group: windowGroupOf(window.code) };
}

type Step = { action: TicketAction; patch: repo.TicketPatch; event: Record<string, unknown> };

/** One table action on a ticket locked in the window's transaction, by the engine (which then does not lock it again). */
async function step(ctx: AppContext, trx: Transaction<DB>, cal: WorkCalendar, actor: Actor, row: repo.TicketRow, s: Step, now: Date): Promise<repo.TicketRow> {
  let stored: repo.TicketRow | undefined;
  await runTransitionIn<TicketWorkflow, { version: number }>(
    ctx,
    trx,
    cal,
    ticketMachine,
    { id: row.id, action: s.action, actor, body: { version: row.version }, now, locked: row },
    () =>
      Promise.resolve({
        patch: s.patch,
        event: s.event,
        after: (r) => {
          stored = r;
          return Promise.resolve();
        },
      }),
  );
  return stored!;
}

/** The hall screens' message of a change, with the waiting counts of the groups it touched. */
async function announce(
  ctx: AppContext,
  trx: Transaction<DB>,
  w: WindowRef,
  type: HallMessage['type'],
  row: repo.TicketRow,
  now: Date,
  fromGroup: string | null = null,
): Promise<void> {
  const groups = [...new Set([row.group_code, ...(fromGroup ? [fromGroup] : [])])];
  await publishHall(
    ctx,
    trx,
    {
      type,
      place: row.place_code,
      number: row.number,
      group: row.group_code,
      fromGroup,
      window: type === 'transfer' ? null : { code: w.window.code, nameZh: w.window.name, nameEn: w.window.nameEn },
      at: now.toISOString(),
    },
    { day: row.day, groups },
  );
}

/** The window's current ticket, locked; WINDOW_IDLE without one, TICKET_CHANGED when it is not the one the clerk sees. */
async function currentTicket(trx: Transaction<DB>, w: WindowRef, expected: string | undefined): Promise<repo.TicketRow> {
  const row = await repo.lockWindowTicket(trx, w.place.code, w.window.code);
  if (!row) throw new AppError(QUEUE_ERR.WINDOW_IDLE, { window: w.window.code });
  if (expected && expected !== row.id) throw new AppError(QUEUE_ERR.TICKET_CHANGED, { number: row.number }, { ticket: row.id });
  return row;
}

const isWindowClash = (err: unknown) => (err as { code?: string }).code === '23505' && String((err as Error).message).includes('queue_tickets_window_idx');

/** Runs a window action; answers with the window's state and what the action touched. */
export async function actAtWindow(
  ctx: AppContext,
  actor: Actor,
  windowId: string,
  action: WindowAction,
  body: WindowActionInput,
  now: Date,
  lang: Lang,
): Promise<WindowActionResult> {
  const w = await resolveWindow(ctx, actor, windowId);
  const toGroup = body.group?.toUpperCase();
  if (action === 'transfer') {
    if (!toGroup) throw new AppError(QUEUE_ERR.TRANSFER_GROUP_REQUIRED);
    const groups = windowGroups(w.place.windows).map((g) => g.group);
    if (!groups.includes(toGroup)) throw new AppError(QUEUE_ERR.GROUP_NOT_AT_PLACE, { group: toGroup, place: w.place.nameZh, placeEn: w.place.nameEn });
  }
  const cal = await ctx.calendar.get();
  const day = toShanghaiDate(now);
  const at = { window: w.window.code };
  let finished: { id: string; number: string } | null = null;
  let acted: repo.TicketRow | null = null;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      if (action === 'call_next') {
        const current = await repo.lockWindowTicket(trx, w.place.code, w.window.code);
        if (current) {
          await step(ctx, trx, cal, actor, current, { action: 'finish', patch: { finished_at: now }, event: at }, now);
          finished = { id: current.id, number: current.number };
        }
        const next = await repo.lockNextWaiting(trx, w.place.code, w.group, day);
        if (!next) return;
        const called = await step(
          ctx,
          trx,
          cal,
          actor,
          next,
          {
            action: 'call',
            patch: { window_code: w.window.code, called_by: actor.id, called_by_name: actor.displayName, called_at: now, calls: 1 },
            event: { ...at, number: next.number, priority: next.priority },
          },
          now,
        );
        await announce(ctx, trx, w, 'call', called, now);
        await notifyThreeAhead(trx, w.place.code, w.group, day);
        return;
      }
      const current = await currentTicket(trx, w, body.ticket);
      if (action === 'recall') {
        const row = await step(
          ctx,
          trx,
          cal,
          actor,
          current,
          { action: 'recall', patch: { calls: current.calls + 1 }, event: { ...at, calls: current.calls + 1 } },
          now,
        );
        await announce(ctx, trx, w, 'recall', row, now);
      } else if (action === 'skip') {
        acted = await step(ctx, trx, cal, actor, current, { action: 'skip', patch: { finished_at: now }, event: at }, now);
        await announce(ctx, trx, w, 'skip', acted, now);
      } else {
        if (toGroup === current.group_code) throw new AppError(QUEUE_ERR.SAME_GROUP, { group: toGroup });
        acted = await step(
          ctx,
          trx,
          cal,
          actor,
          current,
          {
            action: 'transfer',
            // Back to waiting in the other group, keeping `line_at`: its place in that group's line.
            patch: { group_code: toGroup!, window_code: null, called_at: null, called_by: null, called_by_name: null, calls: 0 },
            event: { ...at, fromGroup: current.group_code, toGroup },
          },
          now,
        );
        await announce(ctx, trx, w, 'transfer', acted, now, current.group_code);
        await notifyThreeAhead(trx, w.place.code, toGroup!, current.day);
      }
    });
  } catch (err) {
    // Two calls at one window at once: the second would leave the window with two called tickets.
    if (isWindowClash(err)) throw new AppError(QUEUE_ERR.WINDOW_BUSY, { window: w.window.code });
    throw err;
  }
  const state = await windowState(ctx, w, now, lang);
  const actedRow = acted as repo.TicketRow | null;
  return { ...state, finished, acted: actedRow ? await toTicketView(ctx, ctx.db, actedRow, w.place.windows, lang, now) : null };
}

/** What a window is serving and how many wait in its group. */
export async function windowState(ctx: AppContext, w: WindowRef, now: Date, lang: Lang): Promise<WindowState> {
  const row = await repo.findWindowTicket(ctx.db, w.place.code, w.window.code);
  const waiting = await repo.countWaiting(ctx.db, w.place.code, toShanghaiDate(now), [w.group]);
  const en = lang === 'en-US';
  return {
    window: {
      code: w.window.code,
      name: en ? w.window.nameEn : w.window.name,
      group: w.group,
      place: { code: w.place.code, name: en ? w.place.nameEn : w.place.nameZh },
    },
    ticket: row ? await toTicketView(ctx, ctx.db, row, w.place.windows, lang, now) : null,
    open: row ? openFor(row) : null,
    waiting: waiting.get(w.group) ?? 0,
  };
}

/** GET a window's state, for its clerk. */
export async function getWindowState(ctx: AppContext, actor: Actor, windowId: string, now: Date, lang: Lang): Promise<WindowState> {
  return windowState(ctx, await resolveWindow(ctx, actor, windowId), now, lang);
}
