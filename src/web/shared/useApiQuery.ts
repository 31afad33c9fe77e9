import { useCallback, useEffect, useState } from 'react';
import { api, isAbortError, toApiError, type ApiError, type QueryValue } from './api';

export type QueryState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'error'; error: ApiError; data?: T }
  | { status: 'done'; data: T };

/**
 * GETs `path` with `query` whenever either changes (aborting the previous request), and exposes
 * `reload` for after a change. Keeps the last data while reloading so tables do not flash empty.
 */
export function useApiQuery<T>(path: string | null, query?: Record<string, QueryValue>): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(query ?? {});

  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', data: s.data }));
    api
      .get<T>(path, { query: JSON.parse(key) as Record<string, QueryValue>, signal: controller.signal })
      .then((data) => setState({ status: 'done', data }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState((s) => ({ status: 'error', error: toApiError(error), data: s.data }));
      });
    return () => controller.abort();
  }, [path, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
