import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { AppError } from '../errors';
import { BAOTOU_REGIONS } from '../org/baotou';
import { allow, authorize, can, definePolicy, regionFilter, type ScopedRecord } from './policy';
import { CITY_REGION, ROLES, type Actor, type Role } from './roles';

// ---------------------------------------------------------------------------------------------
// HTTP matrix: every demo role × every protected platform action, through the real API.
// ---------------------------------------------------------------------------------------------

/** Demo username of each role (README "Demo accounts"). */
const ACCOUNT_OF: Record<string, string> = {
  citizen: 'citizen',
  enterprise: 'enterprise',
  window_clerk: 'clerk',
  reviewer: 'reviewer',
  approver: 'approver',
  dispatcher: 'dispatcher',
  hotline_agent: 'hotline',
  dept_handler: 'handler',
  supervisor: 'supervisor',
  admin: 'admin',
};
const MATRIX_ROLES = Object.keys(ACCOUNT_OF);

interface Action {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  /** Status when allowed. */
  ok: number;
}

const ACTIONS: Action[] = [
  { name: 'calendar.setDay', method: 'PUT', url: '/api/v1/calendar/days/2026-12-01', body: { workday: false, kind: 'holiday', name: '测试假日' }, ok: 204 },
  { name: 'calendar.clearDay', method: 'DELETE', url: '/api/v1/calendar/days/2026-12-01', ok: 204 },
  { name: 'calendar.setYear', method: 'PUT', url: '/api/v1/calendar/years/2027', body: { published: false, note: null }, ok: 204 },
  { name: 'audit.read', method: 'GET', url: '/api/v1/audit/events?pageSize=5', ok: 200 },
  { name: 'audit.verify', method: 'POST', url: '/api/v1/audit/verify', body: {}, ok: 200 },
  { name: 'sms.read', method: 'GET', url: '/api/v1/admin/sms', ok: 200 },
  { name: 'notifications.mine', method: 'GET', url: '/api/v1/notifications', ok: 200 },
  { name: 'me', method: 'GET', url: '/api/v1/me', ok: 200 },
];

const ALL = MATRIX_ROLES;
/**
 * The expected matrix, written out by hand (not derived from the policies under test): for each
 * action, the roles that may do it. Everyone else gets 403 FORBIDDEN; anonymous gets 401.
 */
const ALLOWED: Record<string, readonly string[]> = {
  'calendar.setDay': ['admin'],
  'calendar.clearDay': ['admin'],
  'calendar.setYear': ['admin'],
  'audit.read': ['admin', 'supervisor'],
  'audit.verify': ['admin', 'supervisor'],
  'sms.read': ['admin'],
  'notifications.mine': ALL,
  me: ALL,
};

let t: TestApp;
const sessions = new Map<string, Session>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of MATRIX_ROLES) sessions.set(role, await t.login(ACCOUNT_OF[role]));
});
afterAll(() => t?.close());

async function deniedEvents(actorId: string, url: string) {
  return t.ctx.db
    .selectFrom('events')
    .select(['action', 'actor_id', 'data', 'chain'])
    .where('action', '=', 'access.denied')
    .where('actor_id', '=', actorId)
    .execute()
    .then((rows) => rows.filter((r) => (r.data as { url?: string }).url === url.split('?')[0]));
}

describe('authorisation matrix (role × protected action)', () => {
  it('covers every demo role and an account of each', () => {
    for (const role of MATRIX_ROLES) expect(sessions.get(role)?.me.roles).toEqual([role]);
    expect(Object.keys(ALLOWED).sort()).toEqual(ACTIONS.map((a) => a.name).sort());
  });

  const cases = ACTIONS.flatMap((a) => MATRIX_ROLES.map((role) => ({ action: a, role, allowed: ALLOWED[a.name].includes(role) })));

  it.each(cases)('$role → $action.name: allowed=$allowed', async ({ action, role, allowed }) => {
    const s = sessions.get(role)!;
    const actorId = String(s.me.id);
    const before = (await deniedEvents(actorId, action.url)).length;
    const res = await t.call(action.method, action.url, { session: s, body: action.body });
    if (allowed) {
      expect(res.statusCode, res.body).toBe(action.ok);
      expect((await deniedEvents(actorId, action.url)).length).toBe(before);
    } else {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
      const after = await deniedEvents(actorId, action.url);
      expect(after.length).toBe(before + 1);
      const e = after.at(-1)!;
      expect(e.chain).toBe('audit');
      expect(e.data).toMatchObject({ code: 'FORBIDDEN', method: action.method, url: action.url.split('?')[0] });
    }
  });

  it.each(ACTIONS)('anonymous → $name: 401 UNAUTHENTICATED, nothing audited as a denial', async (action) => {
    const before = await t.ctx.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'access.denied')
      .executeTakeFirstOrThrow();
    const res = await t.call(action.method, action.url, { body: action.body });
    expect(res.statusCode, res.body).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
    const after = await t.ctx.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'access.denied')
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('a denied calendar change writes nothing to the calendar', async () => {
    const date = '2026-11-17';
    const res = await t.call('PUT', `/api/v1/calendar/days/${date}`, {
      session: sessions.get('supervisor'),
      body: { workday: false, kind: 'holiday', name: 'x' },
    });
    expect(res.statusCode).toBe(403);
    const row = await t.ctx.db.selectFrom('calendar_days').selectAll().where('day', '=', date).executeTakeFirst();
    expect(row).toBeUndefined();
    const r = await t.call('GET', `/api/v1/calendar/add-workdays?from=2026-11-16&days=1`);
    expect(r.json()).toEqual({ date, published: true });
  });

  it('the table totals: exactly the expected number of allowed and denied cells', () => {
    const allowedCells = cases.filter((c) => c.allowed).length;
    // 3 admin-only calendar actions + 2 audit × 2 roles + sms × 1 + 2 × 10 roles.
    expect(allowedCells).toBe(3 + 4 + 1 + 20);
    expect(cases.length - allowedCells).toBe(ACTIONS.length * MATRIX_ROLES.length - 28);
  });
});

// ---------------------------------------------------------------------------------------------
// Unit: can / authorize scopes.
// ---------------------------------------------------------------------------------------------

function actor(p: Partial<Actor> & { roles: Role[] }): Actor {
  return { id: 'u-1', username: 'u', displayName: 'U', departmentCode: null, regionCode: CITY_REGION, ...p };
}

function thrownCode(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return e.code;
  }
}

const policy = definePolicy({
  'thing.any': [allow(['admin'])],
  'thing.region': [allow(['reviewer'], 'region')],
  'thing.department': [allow(['dept_handler', 'reviewer'], 'department')],
  'thing.owner': [allow(['citizen', 'enterprise'], 'owner')],
  'thing.mixed': [allow(['citizen'], 'owner'), allow(['dept_handler'], 'department'), allow(['supervisor'])],
});

const DISTRICTS = BAOTOU_REGIONS.filter((r) => r.code !== CITY_REGION).map((r) => r.code);

describe('policy scopes', () => {
  it('city-level staff (150200) reach records of every district', () => {
    const a = actor({ roles: ['reviewer'], regionCode: CITY_REGION, departmentCode: 'market-regulation' });
    expect(DISTRICTS.length).toBeGreaterThanOrEqual(10);
    for (const code of [CITY_REGION, ...DISTRICTS]) {
      expect(can(a, policy, 'thing.region', { regionCode: code }), code).toBe(true);
      expect(thrownCode(() => authorize(a, policy, 'thing.region', { regionCode: code }))).toBeNull();
      expect(can(a, policy, 'thing.department', { regionCode: code, departmentCode: 'market-regulation' }), code).toBe(true);
    }
    expect(regionFilter(a)).toBeNull();
  });

  it('district staff reach only their own district; others are NOT_FOUND, not FORBIDDEN', () => {
    const a = actor({ roles: ['reviewer'], regionCode: '150203', departmentCode: 'market-regulation' });
    expect(can(a, policy, 'thing.region', { regionCode: '150203' })).toBe(true);
    for (const code of [CITY_REGION, ...DISTRICTS.filter((c) => c !== '150203')]) {
      expect(can(a, policy, 'thing.region', { regionCode: code }), code).toBe(false);
      expect(
        thrownCode(() => authorize(a, policy, 'thing.region', { regionCode: code })),
        code,
      ).toBe('NOT_FOUND');
    }
    expect(regionFilter(a)).toBe('150203');
  });

  it('department scope: own department (single or among shared ones), within the region rule', () => {
    const city = actor({ roles: ['dept_handler'], departmentCode: 'urban-management' });
    expect(can(city, policy, 'thing.department', { departmentCode: 'urban-management', regionCode: '150207' })).toBe(true);
    expect(can(city, policy, 'thing.department', { departmentCodes: ['housing', 'urban-management'], regionCode: '150207' })).toBe(true);
    expect(thrownCode(() => authorize(city, policy, 'thing.department', { departmentCode: 'housing', regionCode: '150207' }))).toBe('NOT_FOUND');
    expect(thrownCode(() => authorize(city, policy, 'thing.department', { departmentCodes: [], regionCode: '150207' }))).toBe('NOT_FOUND');

    const district = actor({ roles: ['dept_handler'], departmentCode: 'urban-management', regionCode: '150204' });
    expect(can(district, policy, 'thing.department', { departmentCode: 'urban-management', regionCode: '150204' })).toBe(true);
    expect(thrownCode(() => authorize(district, policy, 'thing.department', { departmentCode: 'urban-management', regionCode: '150202' }))).toBe('NOT_FOUND');

    const noDept = actor({ roles: ['dept_handler'], departmentCode: null });
    expect(thrownCode(() => authorize(noDept, policy, 'thing.department', { departmentCode: 'urban-management' }))).toBe('NOT_FOUND');
  });

  it('owner scope: only the owner; a record without an owner is nobody’s', () => {
    const me = actor({ id: 'me', roles: ['citizen'], regionCode: '150203' });
    expect(can(me, policy, 'thing.owner', { ownerId: 'me', regionCode: '150205' })).toBe(true);
    expect(thrownCode(() => authorize(me, policy, 'thing.owner', { ownerId: 'someone-else' }))).toBe('NOT_FOUND');
    expect(thrownCode(() => authorize(me, policy, 'thing.owner', { ownerId: null }))).toBe('NOT_FOUND');
    expect(thrownCode(() => authorize(me, policy, 'thing.owner', {}))).toBe('NOT_FOUND');
  });

  it('a role without the action is FORBIDDEN, whatever the record; anonymous is UNAUTHENTICATED', () => {
    const c = actor({ id: 'me', roles: ['citizen'] });
    expect(thrownCode(() => authorize(c, policy, 'thing.any'))).toBe('FORBIDDEN');
    expect(thrownCode(() => authorize(c, policy, 'thing.region', { regionCode: CITY_REGION }))).toBe('FORBIDDEN');
    // Even for its own record: having no grant at all is 403, never 404.
    expect(thrownCode(() => authorize(c, policy, 'thing.department', { ownerId: 'me' }))).toBe('FORBIDDEN');
    expect(thrownCode(() => authorize(null, policy, 'thing.any'))).toBe('UNAUTHENTICATED');
    expect(can(null, policy, 'thing.any')).toBe(false);
    const err = (() => {
      try {
        authorize(c, policy, 'thing.any');
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(err?.status).toBe(403);
    expect(err?.details).toEqual({ action: 'thing.any' });
  });

  it('all scope reaches every record; without a record only the role matters', () => {
    const a = actor({ roles: ['admin'], regionCode: '150222' });
    expect(can(a, policy, 'thing.any', { regionCode: '150203', ownerId: 'x', departmentCode: 'y' })).toBe(true);
    expect(can(actor({ id: 'me', roles: ['citizen'] }), policy, 'thing.owner')).toBe(true);
  });

  it('several grants: any one that reaches the record is enough', () => {
    const handler = actor({ id: 'h', roles: ['dept_handler'], departmentCode: 'urban-management' });
    const record: ScopedRecord = { ownerId: 'citizen-1', departmentCode: 'urban-management', regionCode: '150203' };
    expect(can(handler, policy, 'thing.mixed', record)).toBe(true);
    expect(can(actor({ id: 'citizen-1', roles: ['citizen'] }), policy, 'thing.mixed', record)).toBe(true);
    expect(can(actor({ id: 'citizen-2', roles: ['citizen'] }), policy, 'thing.mixed', record)).toBe(false);
    expect(can(actor({ roles: ['supervisor'], regionCode: '150205' }), policy, 'thing.mixed', record)).toBe(true);
    // Two roles, one without reach and one with: allowed.
    const both = actor({ id: 'citizen-2', roles: ['citizen', 'supervisor'] });
    expect(thrownCode(() => authorize(both, policy, 'thing.mixed', record))).toBeNull();
  });

  it('authorize agrees with can, and 403 vs 404 depends only on having a granting role (property)', () => {
    const regions = [CITY_REGION, ...DISTRICTS];
    const depts = ['urban-management', 'housing', 'market-regulation'];
    const ids = ['a', 'b', 'c'];
    const actorArb = fc.record({
      id: fc.constantFrom(...ids),
      roles: fc.subarray([...ROLES], { maxLength: 3 }),
      regionCode: fc.constantFrom(...regions),
      departmentCode: fc.option(fc.constantFrom(...depts), { nil: null }),
    });
    const recordArb = fc.option(
      fc.record(
        {
          regionCode: fc.option(fc.constantFrom(...regions), { nil: null }),
          departmentCode: fc.option(fc.constantFrom(...depts), { nil: null }),
          departmentCodes: fc.option(fc.subarray(depts), { nil: null }),
          ownerId: fc.option(fc.constantFrom(...ids), { nil: null }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    const actions = Object.keys(policy) as Array<keyof typeof policy>;
    fc.assert(
      fc.property(actorArb, recordArb, fc.constantFrom(...actions), (p, record, action) => {
        const a = actor(p);
        const code = thrownCode(() => authorize(a, policy, action, record ?? undefined));
        const hasRole = policy[action].some((g) => g.roles.some((r) => a.roles.includes(r)));
        expect(code === null).toBe(can(a, policy, action, record ?? undefined));
        if (!hasRole) expect(code).toBe('FORBIDDEN');
        else expect(code === null || code === 'NOT_FOUND').toBe(true);
        // A district actor never reaches another district's record through region or department scope.
        if (action === 'thing.region' && record?.regionCode && a.regionCode !== CITY_REGION && record.regionCode !== a.regionCode) {
          expect(code).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});
