import { useCallback, useEffect, useState } from 'react';
import { isAbortError, toApiError, type ApiError } from '../shared/api';

/** What a page knows about one request: still loading, failed, or its data. */
export type Load<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; data: T };

/**
 * Runs `fetcher` now and whenever `key` changes (the key names everything the request depends
 * on), aborting the previous request; `reload` runs it again. Keeps the old data visible while a
 * reload runs, so tables do not flash empty between pages.
 */
export function useLoad<T>(fetcher: (signal: AbortSignal) => Promise<T>, key: string): { load: Load<T>; reload: () => void; refreshing: boolean } {
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setRefreshing(true);
    setLoad((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    fetcher(controller.signal)
      .then((data) => setLoad({ status: 'done', data }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setLoad({ status: 'error', error: toApiError(error) });
      })
      .finally(() => {
        if (!controller.signal.aborted) setRefreshing(false);
      });
    return () => controller.abort();
    // The key stands for the fetcher's inputs; the fetcher itself is a new closure each render.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload, refreshing };
}
