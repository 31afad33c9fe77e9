import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import type { Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { AppError, type Lang } from '../../platform/errors';
import { commit, refusal } from '../../platform/workflow/engine';
import { APPOINTMENT_ERR } from './appointments.errors';
import { appointmentMachine, factsAt } from './appointments.machine';
import * as repo from './appointments.repository';
import type { AppointmentStatus, TicketOnCheckIn } from './appointments.schemas';
import { decideAppointment, HOLDER_ROLES } from './appointments.state';

/**
 * What a check-in leads to at the hall: a priority ticket of the queue (docs/decisions.md D29). The
 * queue module issues it; the composition root registers its issuer here, so appointments do not
 * import the queue (the queue reads appointments through their door).
 */

/** What the issuer is told of a checked-in appointment. */
export interface CheckedInAppointment {
  id: string;
  placeCode: string;
  placeNameZh: string;
  placeNameEn: string;
  regionCode: string;
  groupCode: string;
  itemCode: string;
  itemNameZh: string;
  itemNameEn: string;
  departmentCode: string;
  userId: string | null;
  mobile: string | null;
  /** Who checked in: the holder or a clerk; null at the kiosk. */
  actor: Actor | null;
}

/** Issues (or finds) the priority ticket of a checked-in appointment, in the check-in's transaction. */
export type CheckInTicketIssuer = (ctx: AppContext, trx: Transaction<DB>, a: CheckedInAppointment, now: Date, lang: Lang) => Promise<TicketOnCheckIn>;

let issuer: CheckInTicketIssuer | null = null;

export function registerCheckInTicketIssuer(fn: CheckInTicketIssuer): void {
  issuer = fn;
}

/** The ticket of a check-in, when a queue is wired in (always, in the application). */
export async function ticketForCheckIn(
  ctx: AppContext,
  trx: Transaction<DB>,
  row: repo.AppointmentRow,
  actor: Actor | null,
  now: Date,
  lang: Lang,
): Promise<TicketOnCheckIn | undefined> {
  if (!issuer) return undefined;
  return issuer(
    ctx,
    trx,
    {
      id: row.id,
      placeCode: row.place_code,
      placeNameZh: row.place_name_zh,
      placeNameEn: row.place_name_en,
      regionCode: row.region_code,
      groupCode: row.group_code,
      itemCode: row.item_code,
      itemNameZh: row.item_name_zh,
      itemNameEn: row.item_name_en,
      departmentCode: row.department_code,
      userId: row.user_id,
      mobile: row.mobile,
      actor,
    },
    now,
    lang,
  );
}

/** The author of a check-in at the hall's kiosk. */
const KIOSK_NAME = '自助签到机 / kiosk';

/**
 * Checks in at the hall's kiosk by the check-in code alone (a kiosk has no session): the code is
 * the holder's proof, so the rule table is asked as for the holder. A booking already checked in
 * gives its ticket again. Null when no booking of the place today has the code (the caller says
 * so, and throttles guesses).
 */
export async function checkInAtHall(
  ctx: AppContext,
  placeCode: string,
  code: string,
  now: Date,
  lang: Lang,
): Promise<{ appointment: { id: string; status: AppointmentStatus; version: number }; ticket: TicketOnCheckIn | undefined } | null> {
  const found = await repo.findByCheckInCode(ctx.db, placeCode, code.toUpperCase(), toShanghaiDate(now));
  if (!found) return null;
  const cutoffHours = ctx.config.appointmentCutoffHours;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await appointmentMachine.lock(trx, found.id);
    if (!row) throw new AppError(APPOINTMENT_ERR.APPOINTMENT_NOT_FOUND);
    if (row.status === 'checked_in') {
      return { appointment: appointmentMachine.ref(row), ticket: await ticketForCheckIn(ctx, trx, row, null, now, lang) };
    }
    const facts = factsAt(row, now, code, cutoffHours);
    const decision = decideAppointment(row.status, 'check_in', HOLDER_ROLES, facts);
    if (!decision.ok) throw refusal(appointmentMachine, decision, row.status, 'check_in', facts);
    let ticket: TicketOnCheckIn | undefined;
    const ref = await commit(trx, appointmentMachine, row, {
      action: 'appointment.check_in',
      to: decision.to,
      patch: { checked_in_at: now },
      event: { by: 'kiosk' },
      now,
      actorId: null,
      actorName: KIOSK_NAME,
      env: undefined,
      after: async (stored) => {
        ticket = await ticketForCheckIn(ctx, trx, stored, null, now, lang);
      },
    });
    return { appointment: ref, ticket };
  });
}
