import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useLang } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/messages';
import { api, isAbortError, toApiError, type ApiError, type QueryValue } from './api';

/**
 * The web app's one data-fetching hook. Every page that reads from the API uses it, so they all
 * behave alike: loading, error and data states, `reload`, the stale request aborted when the
 * inputs change, a new request when the UI language changes (the server answers in the request's
 * `Accept-Language`, which api.ts takes from the UI language), and no state update once the
 * component is gone.
 *
 * The pure parts (the state reducer, the request runner and the keys) are exported for the tests.
 */

/**
 * What a component knows about its request.
 *
 * - `loading`: no answer yet for the current inputs (first load, or the inputs changed); `data` is
 *   the answer for the previous inputs, if any, for pages that keep showing it (tables).
 * - `error`: the last request failed; `data` is the last answer, if any.
 * - `done`: `data` answers the current inputs.
 *
 * `pending` is true while a request runs, including a reload or a language change, during which
 * `done` stays `done` so the page does not flash a spinner.
 */
export type QueryState<T> =
  | { status: 'loading'; data?: T; error?: undefined; pending: boolean }
  | { status: 'error'; error: ApiError; data?: T; pending: boolean }
  | { status: 'done'; data: T; error?: undefined; pending: boolean };

export type Query<T> = QueryState<T> & { reload: () => void };

export type QueryEvent<T> = { type: 'start'; fresh: boolean } | { type: 'done'; data: T } | { type: 'fail'; error: ApiError };

export const initialQueryState: QueryState<never> = { status: 'loading', pending: false };

/** The state after an event. A `fresh` start means the inputs changed, so the old answer no longer counts. */
export function queryReducer<T>(state: QueryState<T>, event: QueryEvent<T>): QueryState<T> {
  switch (event.type) {
    case 'start':
      if (!event.fresh && state.status === 'done') return { ...state, pending: true };
      return { status: 'loading', data: state.data, pending: true };
    case 'done':
      return { status: 'done', data: event.data, pending: false };
    case 'fail':
      return { status: 'error', error: event.error, data: state.data, pending: false };
  }
}

export type Fetcher<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Runs one request and reports it through `dispatch`; once `signal` is aborted (the inputs
 * changed, or the component unmounted) nothing more is reported, even by a fetcher that ignores
 * the signal.
 */
export function runQuery<T>(fetcher: Fetcher<T>, signal: AbortSignal, fresh: boolean, dispatch: (event: QueryEvent<T>) => void): Promise<void> {
  dispatch({ type: 'start', fresh });
  return fetcher(signal).then(
    (data) => {
      if (!signal.aborted) dispatch({ type: 'done', data });
    },
    (error: unknown) => {
      if (!signal.aborted && !isAbortError(error)) dispatch({ type: 'fail', error: toApiError(error) });
    },
  );
}

/**
 * `inputs` names what the answer depends on (a change is a fresh start); `request` adds the UI
 * language (a change asks again but keeps the answer on screen meanwhile). Null: nothing to ask.
 */
export function queryKeys(inputs: unknown, lang: Lang, active: boolean): { inputs: string; request: string } | null {
  if (!active) return null;
  const key = JSON.stringify(inputs);
  return { inputs: key, request: `${lang} ${key}` };
}

/**
 * GETs `path` (null: nothing yet) with `query`, or runs `fetcher` (null: nothing yet) whose answer
 * depends on `deps` (values JSON can write: ids, filters, pages).
 */
export function useApiQuery<T>(path: string | null, query?: Record<string, QueryValue>): Query<T>;
export function useApiQuery<T>(fetcher: Fetcher<T> | null, deps: readonly unknown[]): Query<T>;
export function useApiQuery<T>(source: string | Fetcher<T> | null, inputs?: Record<string, QueryValue> | readonly unknown[]): Query<T> {
  const { lang } = useLang();
  const [state, dispatch] = useReducer(queryReducer<T>, initialQueryState);
  const [attempt, setAttempt] = useState(0);
  // The fetcher is a new closure every render; the keys stand for what it depends on.
  const latest = useRef({ source, inputs });
  useEffect(() => {
    latest.current = { source, inputs };
  });
  const keys = queryKeys(typeof source === 'string' ? [source, inputs ?? {}] : inputs, lang, source !== null);
  const lastInputs = useRef<string | null>(null);

  useEffect(() => {
    if (!keys) return;
    const { source: current, inputs: currentInputs } = latest.current;
    if (current === null) return;
    const fetcher: Fetcher<T> =
      typeof current === 'string' ? (signal) => api.get<T>(current, { query: currentInputs as Record<string, QueryValue> | undefined, signal }) : current;
    const controller = new AbortController();
    const fresh = lastInputs.current !== keys.inputs;
    lastInputs.current = keys.inputs;
    void runQuery(fetcher, controller.signal, fresh, dispatch);
    return () => controller.abort();
    // keys.request stands for the source, its inputs and the language.
  }, [keys?.request, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
