import { timingSafeEqual } from 'node:crypto';
import { AppError, ERR } from '../../platform/errors';
import type { Machine } from '../../platform/workflow/engine';
import { APPOINTMENT_ERR } from './appointments.errors';
import { authorizeAppointment } from './appointments.policy';
import * as repo from './appointments.repository';
import type { AppointmentAction, AppointmentStatus } from './appointments.schemas';
import { decideAppointment, type AppointmentFacts, type AppointmentGuardError } from './appointments.state';

/**
 * An appointment as a record of the workflow engine: the engine locks the row, authorises with the
 * module's policy, checks the version, asks the rule table (appointments.state.ts), runs the
 * action's handler (the seats, in appointments.actions.ts), stores the change and appends the event
 * to the appointment's chain `appointment:<id>`.
 */

/** Check-in opens this long before the slot starts. */
export const CHECK_IN_EARLY_MS = 60 * 60_000;

export type AppointmentPatch = Partial<Pick<repo.AppointmentRow, 'starts_at' | 'ends_at' | 'session' | 'group_code' | 'checked_in_at' | 'cancelled_at'>>;

export interface AppointmentWorkflow {
  row: repo.AppointmentRow;
  status: AppointmentStatus;
  action: AppointmentAction;
  facts: AppointmentFacts;
  guardError: AppointmentGuardError;
  target: AppointmentStatus;
  loaded: { facts: AppointmentFacts };
  request: { code?: string; cutoffHours: number };
  patch: AppointmentPatch;
  env: undefined;
  derived: undefined;
  ref: { id: string; status: AppointmentStatus; version: number };
  outcome: object;
}

function sameCode(given: string | undefined, stored: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given.toUpperCase());
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the rule table's guards read, at `now`. */
export function factsAt(row: repo.AppointmentRow, now: Date, code: string | undefined, cutoffHours: number): AppointmentFacts {
  const start = row.starts_at.getTime();
  return {
    beforeCutoff: now.getTime() < start - cutoffHours * 3_600_000,
    codeMatches: sameCode(code, row.check_in_code),
    checkInOpen: now.getTime() >= start - CHECK_IN_EARLY_MS && now.getTime() < row.ends_at.getTime(),
    cutoffHours,
  };
}

const label = (zh: string, en: string) => ({ zh, en });

export const appointmentMachine: Machine<AppointmentWorkflow> = {
  kind: 'appointment',
  subjectType: 'appointment',
  lock: (trx, id) => repo.lockAppointment(trx, id),
  notFound: APPOINTMENT_ERR.APPOINTMENT_NOT_FOUND,
  authorize: (actor, action, row) => authorizeAppointment(actor, action, row),
  load: async ({ row, request }) => {
    const r = request as AppointmentWorkflow['request'] & { now: Date };
    return { facts: factsAt(row, r.now, r.code, r.cutoffHours) };
  },
  decide: decideAppointment,
  resolve: ({ to }) => to,
  errors: APPOINTMENT_ERR,
  guardParams: (_e, facts) => ({ hours: facts.cutoffHours }),
  labels: {
    status: {
      booked: label('已预约', 'booked'),
      checked_in: label('已签到', 'checked in'),
      cancelled: label('已取消', 'cancelled'),
      no_show: label('爽约', 'missed'),
    },
    action: { cancel: label('取消', 'cancel'), reschedule: label('改约', 'reschedule'), check_in: label('签到', 'check in') },
  },
  env: () => undefined,
  async store(trx, row, c) {
    if (!(await repo.updateAppointment(trx, row.id, row.version, { ...c.patch, status: c.to }, c.now))) throw new AppError(ERR.VERSION_CONFLICT);
    return { row: { ...row, ...c.patch, status: c.to, version: row.version + 1, updated_at: c.now }, derived: undefined };
  },
  ref: (row) => ({ id: row.id, status: row.status, version: row.version }),
};
