import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { initialQueryState, queryKeys, queryReducer, runQuery, type QueryEvent, type QueryState } from './useApiQuery';

// The web tests run without a DOM, so the hook is tested through its pure core: the reducer its
// state follows, the runner its effect calls, and the keys that decide when it asks again.

const failure = new ApiError({ status: 500, code: 'INTERNAL', message: 'boom' });

function replay<T>(events: QueryEvent<T>[], from: QueryState<T> = initialQueryState): QueryState<T> {
  return events.reduce(queryReducer<T>, from);
}

describe('queryReducer', () => {
  it('starts loading, then holds the answer', () => {
    const loading = replay<number>([{ type: 'start', fresh: true }]);
    expect(loading).toEqual({ status: 'loading', data: undefined, pending: true });
    expect(
      replay<number>([
        { type: 'start', fresh: true },
        { type: 'done', data: 1 },
      ]),
    ).toEqual({ status: 'done', data: 1, pending: false });
  });

  it('keeps the answer on screen while reloading the same inputs', () => {
    const done = replay<number>([
      { type: 'start', fresh: true },
      { type: 'done', data: 1 },
    ]);
    expect(queryReducer(done, { type: 'start', fresh: false })).toEqual({ status: 'done', data: 1, pending: true });
  });

  it('goes back to loading for new inputs, keeping the previous answer as stale data', () => {
    const done = replay<number>([
      { type: 'start', fresh: true },
      { type: 'done', data: 1 },
    ]);
    expect(queryReducer(done, { type: 'start', fresh: true })).toEqual({ status: 'loading', data: 1, pending: true });
  });

  it('reports a failure with the last answer, and a retry loads again', () => {
    const failed = replay<number>([
      { type: 'start', fresh: true },
      { type: 'done', data: 1 },
      { type: 'start', fresh: false },
      { type: 'fail', error: failure },
    ]);
    expect(failed).toEqual({ status: 'error', error: failure, data: 1, pending: false });
    expect(queryReducer(failed, { type: 'start', fresh: false })).toEqual({ status: 'loading', data: 1, pending: true });
  });
});

/** A fetcher whose answer the test releases, and the events a run reports. */
function controlled<T>() {
  let settle!: { resolve: (v: T) => void; reject: (e: unknown) => void };
  const fetcher = (signal: AbortSignal) => {
    seen.push(signal);
    return new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  };
  const seen: AbortSignal[] = [];
  const events: QueryEvent<T>[] = [];
  return { fetcher, seen, events, dispatch: (e: QueryEvent<T>) => events.push(e), settle: () => settle };
}

describe('runQuery', () => {
  it('reports the start and the answer, passing the signal to the fetcher', async () => {
    const c = controlled<string>();
    const controller = new AbortController();
    const run = runQuery(c.fetcher, controller.signal, true, c.dispatch);
    c.settle().resolve('answer');
    await run;
    expect(c.seen).toEqual([controller.signal]);
    expect(c.events).toEqual([
      { type: 'start', fresh: true },
      { type: 'done', data: 'answer' },
    ]);
  });

  it('turns any failure into an ApiError', async () => {
    const c = controlled<string>();
    const run = runQuery(c.fetcher, new AbortController().signal, false, c.dispatch);
    c.settle().reject(new Error('socket closed'));
    await run;
    const last = c.events.at(-1);
    expect(last?.type).toBe('fail');
    expect(last?.type === 'fail' && last.error).toBeInstanceOf(ApiError);
  });

  it('reports nothing once aborted (stale inputs or unmounted), even when the fetcher ignores the signal', async () => {
    for (const outcome of ['resolve', 'reject'] as const) {
      const c = controlled<string>();
      const controller = new AbortController();
      const run = runQuery(c.fetcher, controller.signal, true, c.dispatch);
      controller.abort();
      if (outcome === 'resolve') c.settle().resolve('late');
      else c.settle().reject(new Error('late'));
      await run;
      expect(c.events).toEqual([{ type: 'start', fresh: true }]);
    }
  });

  it('ignores the AbortError of an aborted fetch', async () => {
    const c = controlled<string>();
    const run = runQuery(c.fetcher, new AbortController().signal, true, c.dispatch);
    c.settle().reject(new DOMException('aborted', 'AbortError'));
    await run;
    expect(c.events).toEqual([{ type: 'start', fresh: true }]);
  });
});

describe('queryKeys', () => {
  it('asks again when the UI language changes, without counting it as new inputs', () => {
    const zh = queryKeys(['/api/v1/items', { page: 1 }], 'zh-CN', true)!;
    const en = queryKeys(['/api/v1/items', { page: 1 }], 'en-US', true)!;
    expect(en.request).not.toBe(zh.request);
    expect(en.inputs).toBe(zh.inputs);
  });

  it('counts changed inputs as new', () => {
    const first = queryKeys(['/api/v1/items', { page: 1 }], 'zh-CN', true)!;
    const second = queryKeys(['/api/v1/items', { page: 2 }], 'zh-CN', true)!;
    expect(second.inputs).not.toBe(first.inputs);
    expect(second.request).not.toBe(first.request);
  });

  it('has no key while there is nothing to ask', () => {
    expect(queryKeys(['x'], 'zh-CN', false)).toBeNull();
  });
});
