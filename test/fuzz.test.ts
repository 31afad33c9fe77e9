import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, it } from 'vitest';
import { listRoutes, type RouteInfo } from '../src/server/platform/http/app';
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts';
import { createTestApp } from './helpers/test-app';

/**
 * Every route of the app — the platform's and every module's, found at run time, so routes added
 * later are fuzzed too — gets a few hundred random requests, anonymous and as an administrator with
 * a valid CSRF token: random JSON, wrong types, huge and odd strings, malformed JSON, random content
 * types, random query strings and path parameters; then a systematic sweep sets each field of a
 * plausible request to values that have broken routes before (NUL, lone surrogates, year 9999+).
 * None may answer 5xx, and every error body (Open311's aside) has the platform's shape.
 *
 * FUZZ_SEED replays a run (fast-check prints the seed of a failure).
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/**
 * About FUZZ_TOTAL random requests (default 8,000) shared by all routes, between 25 and 150 per route and
 * identity, so the run stays near a minute as modules add routes (a floor of 50 had made it 24,800
 * requests at 248 routes); each run draws new ones, and the sweep below is systematic. FUZZ_RUNS fixes
 * the number instead.
 */
const TOTAL = Number(process.env.FUZZ_TOTAL ?? 8_000);

const t = await createTestApp();
afterAll(() => t.close());
const ADMIN_ID = (await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;

// HEAD routes are Fastify's automatic twins of the GET routes.
const routes = listRoutes(t.app).filter((r) => r.method !== 'HEAD');
const RUNS = Number(process.env.FUZZ_RUNS ?? Math.max(25, Math.min(150, Math.floor(TOTAL / (2 * routes.length)))));

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const HUGE = 'x'.repeat(1_100_000);
const DEEP = `${'['.repeat(5000)}${']'.repeat(5000)}`;

const nastyStrings = fc.constantFrom(
  '',
  ' ',
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  '$1',
  '\\',
  '%',
  '%00',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFFFF',
  '😀👨‍👩‍👧',
  '包头市昆都仑区',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0',
  '-1',
  '1.5',
  '9007199254740993',
  '99999999999999999999999999',
  '2026-09-30',
  '2026-02-30',
  '0001-01-01',
  '9999-12-31',
  '275760-09-13',
  '-000001-01-01',
  '2026-09-30T25:61:61Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '11010519491231002X',
  '91350100M000100Y43',
  '13947201234',
  'a'.repeat(10_000),
  '长'.repeat(5_000),
);

const strings = fc.oneof(
  { weight: 3, arbitrary: nastyStrings },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.nat(200_000).map((n) => 'z'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.uuid() },
);

const keys = fc.oneof(strings, fc.constantFrom('__proto__', 'constructor', 'id', 'username', 'password', 'admin', 'roles'));

const { value: anyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    strings,
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, Number.MIN_VALUE),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
  ),
}));

type ZodDef = {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  format?: string;
  entries?: Record<string, unknown>;
  values?: unknown[];
  element?: unknown;
  shape?: Record<string, unknown>;
  options?: unknown[];
  valueType?: unknown;
  checks?: Array<{ _zod?: { def?: { check?: string; minimum?: number } } }>;
};
const defOf = (schema: unknown): ZodDef | undefined => (schema as { _zod?: { def?: ZodDef } } | undefined)?._zod?.def;

/** Plausible strings: what a form would send; many pass a route's checks. */
const plainStrings = fc.constantFrom(
  'abc',
  '1',
  '2026-09-30',
  '2026-10-10',
  '2026',
  '150203',
  '150200',
  'market-regulation',
  'audit',
  'auth.login',
  'true',
  '包头市',
  '11010519491231002X',
  '91350100M000100Y43',
  '13947201234',
);

/**
 * Values a zod schema would likely accept (enum members, uuids, small numbers, plain strings), so
 * that a request passes validation and the one odd value in it reaches the service and the SQL.
 */
function plausible(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (!def || depth > 5) return anyValue;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return plausible(def.innerType, depth + 1);
    case 'pipe':
      return plausible(def.in, depth + 1);
    case 'string': {
      if (def.format === 'uuid' || def.format === 'guid') return fc.oneof(fc.uuid(), fc.constant(ADMIN_ID));
      const min = def.checks?.map((c) => c._zod?.def).find((c) => c?.check === 'min_length')?.minimum ?? 0;
      return min > 3 ? fc.constant('a'.repeat(min)) : plainStrings;
    }
    case 'number':
    case 'int':
    case 'bigint':
      return fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(1, 2026));
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.constantFrom('2026-09-30', '2026-10-01T08:00:00+08:00');
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { a: 'a' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array':
      return fc.array(plausible(def.element, depth + 1), { maxLength: 3 });
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((k) => !['optional', 'default'].includes(defOf(shape[k])?.type ?? ''));
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, plausible(v, depth + 1)])), { requiredKeys: required });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => plausible(o, depth + 1)));
    case 'record':
      return fc.dictionary(fc.constantFrom('a', 'b', 'zh'), plausible(def.valueType, depth + 1), { maxKeys: 3 });
    default:
      return anyValue;
  }
}

/** One odd value where a plausible one was: the classic way input slips past validation into SQL. */
function mutated(base: fc.Arbitrary<unknown>, odd: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.nat(), odd, fc.constantFrom('replace', 'replace', 'replace', 'add', 'drop', 'none')).map(([v, i, x, how]) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return how === 'none' ? v : x;
    const o = { ...(v as Record<string, unknown>) };
    const ks = Object.keys(o);
    if (how === 'replace' && ks.length) o[ks[i % ks.length]] = x;
    else if (how === 'add') o[`k${i % 7}`] = x;
    else if (how === 'drop' && ks.length) delete o[ks[i % ks.length]];
    return o;
  });
}

/** A value for a part of the request described by `schema` (body, query or params). */
function valueFor(schema: unknown, odd: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (!defOf(schema)) return fc.oneof(fc.dictionary(keys, odd, { maxKeys: 4 }), anyValue);
  return fc.oneof(
    { weight: 6, arbitrary: mutated(plausible(schema), odd) },
    { weight: 1, arbitrary: fc.dictionary(keys, anyValue, { maxKeys: 4 }) },
    { weight: 1, arbitrary: anyValue },
  );
}

/** encodeURIComponent, but a lone surrogate (which it refuses) becomes U+FFFD first. */
const enc = (v: unknown) => encodeURIComponent(String(v).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** A query string: the schema's fields with plausible values and one odd one, or raw garbage. */
function queryString(schema: unknown): fc.Arbitrary<string> {
  const odd = fc.oneof({ weight: 5, arbitrary: strings }, { weight: 1, arbitrary: fc.array(strings, { minLength: 2, maxLength: 3 }) });
  const encoded = valueFor(schema, odd).map((v) => {
    const o = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { q: v };
    return Object.entries(o)
      .flatMap(([k, x]) => [x].flat().map((y) => `${enc(k)}=${enc(typeof y === 'object' ? JSON.stringify(y) : y)}`))
      .join('&');
  });
  const raw = fc.constantFrom('%', '%E0%A4%A', '&&==&', 'a[b][c]=1', 'a=1&a=2&a=3', '=', '?', '#frag', 'from=%00', '%C0%AE%C0%AE', 'days=1e2', 'page=0x10');
  return fc.oneof(
    { weight: 6, arbitrary: encoded },
    { weight: 1, arbitrary: raw },
    { weight: 1, arbitrary: fc.tuple(encoded, raw).map(([x, y]) => `${x}&${y}`) },
  );
}

const pathParam = fc.oneof(
  { weight: 4, arbitrary: strings.filter((s) => s.length > 0 && s.length < 300).map(enc) },
  { weight: 1, arbitrary: fc.constantFrom('..', '%2e%2e', '%', '%zz', '%00', '%2F', '-1', '0', '1', '2026', '2026-10-01', '1e3', '99999999999999999999') },
);

function fillPath(url: string, paramsSchema: unknown): fc.Arbitrary<string> {
  const shape = defOf(paramsSchema)?.shape ?? {};
  const param = (name: string) =>
    fc.oneof(
      { weight: 1, arbitrary: pathParam },
      {
        weight: 1,
        arbitrary: shape[name]
          ? plausible(shape[name])
              .map((v) => enc(v))
              .filter((v) => v.length > 0)
          : pathParam,
      },
    );
  // Parameters may sit inside a segment (`/services.:format`); `*` is a wildcard tail.
  const pieces = url.split(/(:[A-Za-z_]\w*|\*)/).filter((p) => p !== '');
  return fc
    .tuple(
      ...pieces.map((p) =>
        p.startsWith(':') ? param(p.slice(1)) : p === '*' ? fc.array(pathParam, { maxLength: 3 }).map((a) => a.join('/')) : fc.constant(p),
      ),
    )
    .map((ps) => ps.join(''));
}

interface Body {
  payload?: string;
  contentType?: string;
}

function body(schema: unknown): fc.Arbitrary<Body> {
  const json = (v: fc.Arbitrary<unknown>) => v.map((x) => ({ payload: JSON.stringify(x) ?? 'null', contentType: 'application/json' }));
  return fc.oneof(
    { weight: 6, arbitrary: json(valueFor(schema, anyValue)) },
    { weight: 2, arbitrary: json(anyValue) },
    { weight: 1, arbitrary: fc.constant<Body>({}) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '{',
          '{"a":',
          '[1,2',
          'nul',
          '{"a":1}}',
          "{'a':1}",
          '{"__proto__":{"admin":true}}',
          '{"constructor":{"prototype":{"admin":true}}}',
          '\u0000',
          '',
          DEEP,
          `{"s":"${HUGE}"}`,
          '\uFEFF{}',
        )
        .map((payload) => ({ payload, contentType: 'application/json' })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.oneof(
            fc.constantFrom(
              'text/plain',
              'application/x-www-form-urlencoded',
              'multipart/form-data; boundary=----fuzz',
              'multipart/form-data',
              'application/octet-stream',
              'application/xml',
              'application/json; charset=latin1',
              'application/json; charset=utf-16',
              'application/json;;;',
              'application/vnd.api+json',
              '*/*',
              'text/html',
            ),
            fc.stringMatching(/^[\x21-\x7e]{1,40}$/),
          ),
          fc.oneof(
            strings,
            json(anyValue).map((b) => b.payload!),
            fc.constant('------fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc\r\n------fuzz--\r\n'),
          ),
        )
        .map(([contentType, payload]) => ({ contentType, payload })),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

let logins = 0;
/**
 * A fresh administrator session per route (a fuzzed sign-out may end the previous one), each from
 * an address of its own, so the per-address sign-in limit never blocks it.
 */
async function adminSession(): Promise<{ cookie: string; csrf: string }> {
  logins++;
  const remoteAddress = `10.99.${logins >> 8}.${logins & 255}`;
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD }, remoteAddress });
  if (res.statusCode !== 200) throw new Error(`admin sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tb_session')!;
  return { cookie: `tb_session=${cookie.value}`, csrf: res.json().csrfToken };
}

const clip = (s: string | undefined, n = 300) =>
  s === undefined ? '(none)' : s.length > n ? `${JSON.stringify(s.slice(0, n))}… (${s.length} chars)` : JSON.stringify(s);

function describeFailure(req: { method: string; url: string; headers: Record<string, string>; payload?: string }, res: LightMyRequestResponse): string {
  const headers = { ...req.headers, ...(req.headers.cookie ? { cookie: '[admin session]' } : {}) };
  return [
    `${req.method} ${clip(req.url, 500)} answered ${res.statusCode}`,
    `headers: ${JSON.stringify(headers)}`,
    `body: ${clip(req.payload)}`,
    `response: ${clip(res.body, 1000)}`,
  ].join('\n');
}

interface Attempt {
  path: string;
  query: string | null;
  body: Body;
  csrf?: 'valid' | 'missing' | 'forged';
  lang?: string;
  idempotencyKey?: string | null;
}

/** Sends one request and fails on a 5xx or on an error body without the platform's shape. */
async function attempt(route: RouteInfo, session: { cookie: string; csrf: string } | null, r: Attempt): Promise<void> {
  const url = r.query === null ? r.path : `${r.path}?${r.query}`;
  const headers: Record<string, string> = {};
  if (r.body.contentType) headers['content-type'] = r.body.contentType;
  if (r.lang) headers['accept-language'] = r.lang;
  if (r.idempotencyKey != null) headers['idempotency-key'] = r.idempotencyKey;
  if (session) {
    headers.cookie = session.cookie;
    if ((r.csrf ?? 'valid') === 'valid') headers['x-csrf-token'] = session.csrf;
    if (r.csrf === 'forged') headers['x-csrf-token'] = 'forged';
  }
  const req = { method: route.method, url, headers, payload: r.body.payload };
  const res = await t.app.inject({ method: route.method as 'GET', url, headers, ...(r.body.payload !== undefined ? { payload: r.body.payload } : {}) });
  if (res.statusCode >= 500) throw new Error(describeFailure(req, res));
  // Every error body has the platform's shape, except Open311's, which speaks GeoReport v2's own.
  if (res.statusCode >= 400 && !route.url.startsWith('/open311/') && res.headers['content-type']?.toString().startsWith('application/json')) {
    const b = res.json() as { code?: unknown; message?: unknown; requestId?: unknown };
    if (typeof b.code !== 'string' || typeof b.message !== 'string' || typeof b.requestId !== 'string')
      throw new Error(`error body without code/message/requestId\n${describeFailure(req, res)}`);
  }
}

/** Random requests to one route, anonymous or as an administrator. */
async function fuzzRoute(route: RouteInfo, asAdmin: boolean): Promise<number> {
  const session = asAdmin ? await adminSession() : null;
  const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(route.method);
  const request = fc.record({
    path: fillPath(route.url, route.schema?.params),
    query: fc.option(queryString(route.schema?.querystring), { freq: 4 }),
    body: hasBody ? body(route.schema?.body) : fc.constant<Body>({}),
    csrf: fc.constantFrom<Attempt['csrf']>('valid', 'valid', 'valid', 'missing', 'forged'),
    lang: fc.constantFrom(undefined, 'en-US', 'zh-CN', '*', 'xx;q=abc'),
    idempotencyKey: fc.option(fc.oneof(fc.constantFrom('k1', 'k2'), fc.stringMatching(/^[\x20-\x7e]{0,250}$/)), { freq: 4 }),
  });
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      sent++;
      await attempt(route, session, r);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true, verbose: 1 },
  );
  return sent;
}

/**
 * Values that have each broken a route before (NUL, which PostgreSQL text cannot hold; dates past
 * year 9999; lone surrogates; numbers beyond range; huge strings; names of Object.prototype's
 * members, which a lookup in a plain object finds).
 */
const CRITICAL: readonly unknown[] = [
  '\u0000',
  'a\u0000b',
  '\uD800x',
  '9999-12-31',
  '275760-09-13',
  '-000001-01-01',
  '1e400',
  -1,
  2 ** 63,
  'z'.repeat(100_000),
  'constructor',
  '__proto__',
];

/**
 * The systematic half: for two plausible requests, each field of the params, query and body in
 * turn is set to each critical value, as the administrator, so the value gets past authorisation
 * and, when the rest of the request is valid, reaches the service and the SQL.
 */
async function sweepRoute(route: RouteInfo): Promise<number> {
  const session = await adminSession();
  const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(route.method);
  const samples = (schema: unknown) => (defOf(schema) ? fc.sample(plausible(schema), { numRuns: 2, seed: 20260930 }) : [undefined, undefined]);
  const params = samples(route.schema?.params);
  const queries = samples(route.schema?.querystring);
  const bodies = hasBody ? samples(route.schema?.body) : [undefined, undefined];
  const asObject = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const toPath = (p: Record<string, unknown> | null) => route.url.replace(/:([A-Za-z_]\w*)|\*/g, (m, name?: string) => (name ? enc(p?.[name] ?? 'x') : 'x'));
  const toQuery = (q: Record<string, unknown> | null) =>
    q
      ? Object.entries(q)
          .map(([k, v]) => `${enc(k)}=${enc(typeof v === 'object' ? JSON.stringify(v) : v)}`)
          .join('&')
      : null;
  const toBody = (b: unknown): Body => (b === undefined ? {} : { payload: JSON.stringify(b), contentType: 'application/json' });

  let sent = 0;
  for (let i = 0; i < 2; i++) {
    const [p, q, b] = [asObject(params[i]), asObject(queries[i]), bodies[i]];
    const parts: Array<['params' | 'query' | 'body', Record<string, unknown>]> = [];
    if (p) parts.push(['params', p]);
    if (q) parts.push(['query', q]);
    if (asObject(b)) parts.push(['body', asObject(b)!]);
    for (const [part, base] of parts) {
      for (const key of Object.keys(base)) {
        for (const bad of CRITICAL) {
          const changed = { ...base, [key]: bad };
          await attempt(route, session, {
            path: toPath(part === 'params' ? changed : p),
            query: toQuery(part === 'query' ? changed : q),
            body: toBody(part === 'body' ? changed : b),
          });
          sent++;
        }
      }
    }
  }
  return sent;
}

describe('fuzz: no route answers 5xx to random input', () => {
  it('finds the routes', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    for (const expected of [
      'POST /api/v1/auth/login',
      'GET /api/v1/calendar/add-workdays',
      'PUT /api/v1/calendar/days/:date',
      'POST /api/v1/audit/verify',
      'GET /healthz',
    ]) {
      if (!urls.includes(expected)) throw new Error(`route ${expected} not found among ${urls.join(', ')}`);
    }
  });

  for (const route of routes) {
    it(`${route.method} ${route.url}`, async () => {
      const sent = (await fuzzRoute(route, false)) + (await fuzzRoute(route, true));
      if (sent < 2 * RUNS) throw new Error(`only ${sent} of ${2 * RUNS} requests were sent`);
      await sweepRoute(route);
    }, 120_000);
  }
});
