import { useCallback, useEffect, useRef, useState } from 'react';

/** Seconds of warning before a kiosk session left alone is wiped. */
export const WARNING_SECONDS = 10;

/**
 * A kiosk's idle guard (docs/decisions.md D31): after `idleSeconds` without a touch, a key or a
 * pointer move it warns for WARNING_SECONDS, then calls `wipe`, so the next person never meets the
 * last one's code, ticket or identity. Answers the seconds left while warning (null otherwise) and
 * `stay` for the warning's button.
 */
export function useIdleWipe(idleSeconds: number, wipe: () => void): { warning: number | null; stay: () => void } {
  const [warning, setWarning] = useState<number | null>(null);
  const last = useRef(Date.now());
  const wipeRef = useRef(wipe);
  useEffect(() => {
    wipeRef.current = wipe;
  }, [wipe]);

  const stay = useCallback(() => {
    last.current = Date.now();
    setWarning(null);
  }, []);

  useEffect(() => {
    const touched = () => {
      last.current = Date.now();
    };
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, touched, { passive: true });
    const timer = setInterval(() => {
      const idle = (Date.now() - last.current) / 1000;
      if (idle < idleSeconds) {
        setWarning(null);
        return;
      }
      const left = Math.ceil(idleSeconds + WARNING_SECONDS - idle);
      if (left > 0) {
        setWarning(left);
        return;
      }
      last.current = Date.now();
      setWarning(null);
      wipeRef.current();
    }, 250);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, touched);
    };
  }, [idleSeconds]);

  return { warning, stay };
}
