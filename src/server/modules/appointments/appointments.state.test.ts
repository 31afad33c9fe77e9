import { describe, expect, it } from 'vitest';
import { checkAgainstOracle } from '../../../../test/helpers/workflow-oracle';
import { ROLES } from '../../platform/auth/roles';
import { APPOINTMENT_ACTIONS, APPOINTMENT_STATUSES, decideAppointment, RULES } from './appointments.state';

/** An appointment's lifecycle written out by hand (docs/decisions.md D28), independently of the table. */
const allowed = [
  ...(['citizen', 'enterprise', 'hotline_agent'] as const).flatMap((r) => [
    ['cancel', r, ['booked'], 'cancelled'] as const,
    ['reschedule', r, ['booked'], 'booked'] as const,
  ]),
  ...(['citizen', 'enterprise', 'window_clerk'] as const).map((r) => ['check_in', r, ['booked'], 'checked_in'] as const),
];
const passing = { beforeCutoff: true, codeMatches: true, checkInOpen: true, cutoffHours: 2 };

describe('the appointment rule table', () => {
  it('agrees with the hand-written lifecycle for every action × role × status', () => {
    const { checked, mismatches } = checkAgainstOracle(RULES, {
      statuses: APPOINTMENT_STATUSES,
      actions: APPOINTMENT_ACTIONS,
      roles: ROLES,
      allowed,
      passing: () => passing,
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBe(APPOINTMENT_ACTIONS.length * ROLES.length * APPOINTMENT_STATUSES.length);
  });

  it('guards: the cut-off for changes; the code, then the time, for check-in', () => {
    expect(decideAppointment('booked', 'cancel', ['citizen'], { ...passing, beforeCutoff: false })).toEqual({ ok: false, error: 'CUTOFF_PASSED' });
    expect(decideAppointment('booked', 'reschedule', ['hotline_agent'], { ...passing, beforeCutoff: false })).toEqual({ ok: false, error: 'CUTOFF_PASSED' });
    expect(decideAppointment('booked', 'check_in', ['window_clerk'], { ...passing, codeMatches: false, checkInOpen: false })).toEqual({
      ok: false,
      error: 'CHECK_IN_CODE_WRONG',
    });
    expect(decideAppointment('booked', 'check_in', ['citizen'], { ...passing, checkInOpen: false })).toEqual({ ok: false, error: 'CHECK_IN_NOT_OPEN' });
    // Checking in is not refused by the cut-off: people arrive within the last two hours.
    expect(decideAppointment('booked', 'check_in', ['citizen'], { ...passing, beforeCutoff: false })).toEqual({ ok: true, to: 'checked_in' });
    expect(decideAppointment('no_show', 'check_in', ['window_clerk'], passing)).toMatchObject({ ok: false, error: 'INVALID_TRANSITION' });
    expect(decideAppointment('booked', 'cancel', ['window_clerk'], passing)).toEqual({ ok: false, error: 'FORBIDDEN' });
  });
});
