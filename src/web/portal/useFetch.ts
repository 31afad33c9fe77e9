import { useCallback, useEffect, useState } from 'react';
import { useLang } from '../i18n/I18nProvider';
import { api, isAbortError, toApiError, type ApiError, type QueryValue } from '../shared/api';

export type Fetched<T> = { status: 'loading'; data?: T } | { status: 'error'; error: ApiError; data?: T } | { status: 'done'; data: T };

/**
 * GETs `path` (null: nothing yet) with `query`, again whenever either or the UI language changes
 * (the server names things in the request's language), aborting the request before. Keeps the
 * last data while reloading so lists do not flash empty; `reload` asks again.
 */
export function useFetch<T>(path: string | null, query?: Record<string, QueryValue>): Fetched<T> & { reload: () => void } {
  const { lang } = useLang();
  const [state, setState] = useState<Fetched<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(query ?? {});

  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    api
      .get<T>(path, { query: JSON.parse(key) as Record<string, QueryValue>, signal: controller.signal })
      .then((data) => setState({ status: 'done', data }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState((previous) => ({ status: 'error', error: toApiError(error), data: previous.data }));
      });
    return () => controller.abort();
  }, [path, key, attempt, lang]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
