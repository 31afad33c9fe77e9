import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, toApiError, type ApiError } from '../../shared/api';

export type Load<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; data: T };

/**
 * Loads `fetcher` whenever `deps` change and on `reload()`, aborting a superseded call. A reload
 * keeps the current data on screen until the new answer arrives (no flash of spinner); new deps
 * (another case, another filter) show the loading state.
 */
export function useLoad<T>(fetcher: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): { load: Load<T>; reload: () => void; reloading: boolean } {
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const latest = useRef(fetcher);
  useEffect(() => {
    latest.current = fetcher;
  });
  const depsKey = JSON.stringify(deps);
  const lastKey = useRef<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const fresh = lastKey.current !== depsKey;
    lastKey.current = depsKey;
    if (fresh) setLoad({ status: 'loading' });
    else setReloading(true);
    latest
      .current(controller.signal)
      .then((data) => setLoad({ status: 'done', data }))
      .catch((error: unknown) => {
        if (!isAbortError(error) && !controller.signal.aborted) setLoad({ status: 'error', error: toApiError(error) });
      })
      .finally(() => {
        if (!controller.signal.aborted) setReloading(false);
      });
    return () => controller.abort();
  }, [depsKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload, reloading };
}
