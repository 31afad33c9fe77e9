import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../shared/api';
import type { Me } from '../../shared/me';
import type { QrChallengeWire } from '../../../shared/kiosk/kiosk.wire';
import { pollQr, startQr } from './kioskApi';

/** Seconds between the kiosk's asks whether the phone has confirmed. */
const POLL_MS = 2000;

export type QrState = 'loading' | 'waiting' | 'cancelled' | 'expired' | 'error';

/**
 * A QR sign-in as the kiosk runs it (docs/decisions.md D32): a fresh challenge, polled every 2 s
 * until the phone confirms (then `onSignedIn`), cancels, or the code expires; `renew` starts over.
 */
export function useQrSignIn(place: string, onSignedIn: (me: Me) => void) {
  const [challenge, setChallenge] = useState<QrChallengeWire | null>(null);
  const [state, setState] = useState<QrState>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const deadline = useRef(0);

  const renew = useCallback(async () => {
    setState('loading');
    setError(null);
    try {
      const c = await startQr(place);
      deadline.current = Date.now() + c.expiresInSeconds * 1000;
      setSecondsLeft(c.expiresInSeconds);
      setChallenge(c);
      setState('waiting');
    } catch (err) {
      setError(toApiError(err));
      setState('error');
    }
  }, [place]);

  useEffect(() => {
    void renew();
  }, [renew]);

  useEffect(() => {
    if (state !== 'waiting' || !challenge) return;
    let busy = false;
    const ctl = new AbortController();
    const timer = setInterval(() => {
      const left = Math.ceil((deadline.current - Date.now()) / 1000);
      setSecondsLeft(Math.max(0, left));
      if (left <= 0) return setState('expired');
      if (busy) return;
      busy = true;
      pollQr(challenge.id, ctl.signal)
        .then((r) => {
          if (r.status === 'signed_in' && r.me) onSignedIn(r.me);
          else if (r.status === 'cancelled') setState('cancelled');
        })
        .catch((err: unknown) => {
          if (ctl.signal.aborted) return;
          const e = toApiError(err);
          if (e.code === 'KIOSK_QR_EXPIRED') return setState('expired');
          setError(e);
          setState('error');
        })
        .finally(() => {
          busy = false;
        });
    }, POLL_MS);
    return () => {
      ctl.abort();
      clearInterval(timer);
    };
  }, [state, challenge, onSignedIn]);

  return { challenge, state, error, secondsLeft, renew };
}
