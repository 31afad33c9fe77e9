import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import type { Actor } from '../../platform/auth/roles';
import { AppError, type Lang } from '../../platform/errors';
import { runTransition } from '../../platform/workflow/engine';
import { ticketForCheckIn } from './appointments.checkin';
import { APPOINTMENT_ERR } from './appointments.errors';
import { appointmentMachine, type AppointmentPatch, type AppointmentWorkflow } from './appointments.machine';
import { notifyHolder } from './appointments.notify';
import { bookingContext, findBookableSlot } from './appointments.plan';
import { authorizeAppointment } from './appointments.policy';
import * as repo from './appointments.repository';
import type { ActionInput, AppointmentAction, TicketOnCheckIn } from './appointments.schemas';
import type { PlannedSlot } from './appointments.slots';

/**
 * Cancel, reschedule and check in, through the workflow engine (lock → authorise → version → rule
 * table → handler → store → event). The new slot of a rescheduling is found before the transaction
 * (it reads the calendar and the place and catalog caches); inside it the new seat is taken and the
 * old one given back, in slot order, so two people swapping slots never wait on each other.
 */

async function moveSeat(trx: Transaction<DB>, row: repo.AppointmentRow, group: string, slot: PlannedSlot): Promise<void> {
  const take = async () => {
    const ok = await repo.takeSeat(trx, { placeCode: row.place_code, group, start: slot.start, end: slot.end, session: slot.session, capacity: slot.capacity });
    if (!ok) throw new AppError(APPOINTMENT_ERR.SLOT_FULL);
  };
  const release = () => repo.releaseSeat(trx, row.place_code, row.group_code, row.starts_at);
  // Lock the two counter rows in one order (by start) whoever moves.
  if (slot.start.getTime() < row.starts_at.getTime()) {
    await take();
    await release();
  } else {
    await release();
    await take();
  }
}

/** Takes an action on a booking for a signed-in actor; returns the new reference, and a check-in's priority ticket. */
export async function actOnAppointment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: AppointmentAction,
  body: ActionInput,
  now: Date,
  lang: Lang = 'zh-CN',
) {
  let newSlot: { slot: PlannedSlot; group: string } | null = null;
  if (action === 'reschedule') {
    if (!body.start) throw new AppError(APPOINTMENT_ERR.NEW_START_REQUIRED);
    const current = await repo.findAppointment(ctx.db, id);
    if (!current) throw new AppError(APPOINTMENT_ERR.APPOINTMENT_NOT_FOUND);
    authorizeAppointment(actor, 'reschedule', current);
    const booking = await bookingContext(ctx, current.place_code, current.item_code);
    newSlot = { slot: findBookableSlot(booking, await ctx.calendar.get(), body.start, now), group: booking.group.group };
  }
  const cutoffHours = ctx.config.appointmentCutoffHours;
  let ticket: TicketOnCheckIn | undefined;
  const ref = await runTransition<AppointmentWorkflow, ActionInput>(
    ctx,
    appointmentMachine,
    { id, action, actor, body, now, code: body.code, cutoffHours },
    async ({ trx, row }) => {
      if (action === 'check_in') {
        return {
          patch: { checked_in_at: now },
          event: { by: actor.roles.includes('window_clerk') ? 'window' : 'holder' },
          // The priority ticket to wait with, in the same transaction (docs/decisions.md D29).
          after: async (stored) => {
            ticket = await ticketForCheckIn(ctx, trx, stored, actor, now, lang);
          },
        };
      }
      if (action === 'cancel') {
        await repo.releaseSeat(trx, row.place_code, row.group_code, row.starts_at);
        return {
          patch: { cancelled_at: now },
          event: body.reason ? { reason: body.reason } : {},
          after: (stored) => notifyHolder(trx, stored, 'appointment.cancelled'),
        };
      }
      const { slot, group } = newSlot!;
      if (slot.start.getTime() === row.starts_at.getTime() && group === row.group_code) throw new AppError(APPOINTMENT_ERR.SAME_SLOT);
      await moveSeat(trx, row, group, slot);
      const patch: AppointmentPatch = { starts_at: slot.start, ends_at: slot.end, session: slot.session, group_code: group };
      return {
        patch,
        event: { fromStart: row.starts_at.toISOString(), start: slot.start.toISOString(), session: slot.session },
        after: (stored) => notifyHolder(trx, stored, 'appointment.rescheduled', { code: stored.check_in_code }),
      };
    },
  );
  return ticket ? { ...ref, ticket } : ref;
}
