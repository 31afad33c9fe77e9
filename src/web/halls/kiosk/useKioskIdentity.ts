import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { toApiError, type ApiError } from '../../shared/api';
import { PUBLIC_ROLES } from '../../../shared/auth/roles';
import { useApiQuery } from '../../shared/useApiQuery';
import type { Me } from '../../shared/me';
import type { KioskWire } from '../../../shared/kiosk/kiosk.wire';
import { enrol, getDevice } from './kioskApi';

/**
 * Who the kiosk is and who stands at it (docs/decisions.md D32). Opening the kiosk's address with
 * `?enrol=CODE` exchanges an admin's enrolment code for the device cookie (the code then leaves the
 * address). The person is the session's user when it is a public account (a staff member's browser
 * showing the kiosk is not "signed in at the kiosk"); `signOut` ends the server session.
 */
export function useKioskIdentity() {
  const [params, setParams] = useSearchParams();
  const code = params.get('enrol');
  const [enrolled, setEnrolled] = useState<KioskWire | null>(null);
  const [enrolError, setEnrolError] = useState<ApiError | null>(null);
  const device = useApiQuery((signal) => getDevice(signal), [enrolled?.id]);
  const { me, state, adopt, logout } = useAuth();
  const person = me && me.roles.some((r) => PUBLIC_ROLES.includes(r)) ? me : null;

  // A code works once: the ref keeps a re-run of the effect from spending it twice.
  const tried = useRef<string | null>(null);
  useEffect(() => {
    if (!code || tried.current === code) return;
    tried.current = code;
    enrol(code).then(setEnrolled, (err: unknown) => setEnrolError(toApiError(err)));
    setParams(
      (p) => {
        p.delete('enrol');
        return p;
      },
      { replace: true },
    );
  }, [code, setParams]);

  const signIn = useCallback((m: Me) => adopt(m), [adopt]);
  /** Forgets the enrolment's message (the next person need not read it). */
  const forgetEnrolment = useCallback(() => {
    setEnrolled(null);
    setEnrolError(null);
  }, []);
  const signOut = useCallback(async () => {
    if (!person) return;
    await logout().catch(() => undefined);
  }, [person, logout]);

  /** Nobody is signed in (known, not still asking): a session that ended leaves the person's screens. */
  const anonymous = state.status === 'anonymous';
  return { device, enrolled, enrolError, forgetEnrolment, person, anonymous, signIn, signOut };
}
