import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/test-app';
import { holidayDates2026, MAKEUP_DAYS_2026 } from './calendar-2026.fixture';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t?.close());

const get = async (url: string) => {
  const res = await t.call('GET', url);
  return { status: res.statusCode, body: res.json() };
};
const addWorkdays = (from: string, days: number | string) => get(`/api/v1/calendar/add-workdays?from=${from}&days=${days}`);

interface DayView {
  date: string;
  workday: boolean;
  kind: string;
  name?: string;
  source: string;
}

describe('public working-day arithmetic', () => {
  it('adds working days across National Day and its make-up Saturday', async () => {
    expect(await addWorkdays('2026-09-30', 3)).toEqual({ status: 200, body: { date: '2026-10-10', published: true } });
    expect((await addWorkdays('2026-09-30', 1)).body).toEqual({ date: '2026-10-08', published: true });
    expect((await addWorkdays('2026-09-30', 0)).body).toEqual({ date: '2026-09-30', published: true });
    // Spring Festival 2026: 02-15 … 02-23 off, 02-14 and 02-28 (Saturdays) worked.
    expect((await addWorkdays('2026-02-13', 1)).body).toEqual({ date: '2026-02-14', published: true });
    expect((await addWorkdays('2026-02-14', 1)).body).toEqual({ date: '2026-02-24', published: true });
  });

  it('says published=false when the range reaches a year without a schedule', async () => {
    expect(await addWorkdays('2026-12-20', 30)).toEqual({ status: 200, body: { date: '2027-01-29', published: false } });
    expect((await addWorkdays('2026-12-30', 1)).body).toEqual({ date: '2026-12-31', published: true });
  });

  it('counts working days in (from, to], signed, with the same published flag', async () => {
    expect(await get('/api/v1/calendar/count-workdays?from=2026-09-30&to=2026-10-10')).toEqual({ status: 200, body: { workdays: 3, published: true } });
    expect((await get('/api/v1/calendar/count-workdays?from=2026-10-10&to=2026-09-30')).body).toEqual({ workdays: -3, published: true });
    expect((await get('/api/v1/calendar/count-workdays?from=2026-10-01&to=2026-10-01')).body).toEqual({ workdays: 0, published: true });
    // 2026: 261 weekdays − 19 holidays falling on weekdays (2 + 6 + 1 + 3 + 1 + 1 + 5) + 6 make-up Saturdays/Sundays.
    const year = (await get('/api/v1/calendar/count-workdays?from=2025-12-31&to=2026-12-31')).body;
    expect(year.published).toBe(true);
    expect(year.workdays).toBe(248);
    expect((await get('/api/v1/calendar/count-workdays?from=2026-12-01&to=2027-01-31')).body.published).toBe(false);
  });

  it('shows 2026 with exactly the State Council holidays and make-up days', async () => {
    const { status, body } = await get('/api/v1/calendar/years/2026');
    expect(status).toBe(200);
    expect(body.year).toBe(2026);
    expect(body.published).toBe(true);
    const days = body.days as DayView[];
    expect(days).toHaveLength(365);
    expect(days[0].date).toBe('2026-01-01');
    expect(days.at(-1)!.date).toBe('2026-12-31');
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(holidayDates2026());
    expect(days.filter((d) => d.kind === 'makeup').map((d) => d.date)).toEqual([...MAKEUP_DAYS_2026]);
    expect(days.filter((d) => d.workday).length).toBe(248);
    expect(days.find((d) => d.date === '2026-10-01')).toEqual({ date: '2026-10-01', workday: false, kind: 'holiday', name: '国庆节', source: 'chinese-days' });
    expect(days.find((d) => d.date === '2026-10-10')).toEqual({ date: '2026-10-10', workday: true, kind: 'makeup', name: '国庆节', source: 'chinese-days' });
    expect(days.find((d) => d.date === '2026-03-02')).toEqual({ date: '2026-03-02', workday: true, kind: 'workday', source: 'default' });
    expect(days.find((d) => d.date === '2026-03-07')).toEqual({ date: '2026-03-07', workday: false, kind: 'weekend', source: 'default' });
  });

  it('shows a year without a schedule as unpublished Mon–Fri', async () => {
    const { body } = await get('/api/v1/calendar/years/2027');
    expect(body.published).toBe(false);
    expect(body.days).toHaveLength(365);
    expect((body.days as DayView[]).some((d) => d.kind === 'holiday' || d.kind === 'makeup')).toBe(false);
    expect((body.days as DayView[])[0]).toEqual({ date: '2027-01-01', workday: true, kind: 'workday', source: 'default' });
    expect((await get('/api/v1/calendar/years/2028')).body.days).toHaveLength(366);
  });
});

describe('bad input', () => {
  it.each([
    ['/api/v1/calendar/add-workdays?from=2026-02-30&days=3', ['querystring.from']],
    ['/api/v1/calendar/add-workdays?from=2026-9-30&days=3', ['querystring.from']],
    ['/api/v1/calendar/add-workdays?from=tomorrow&days=3', ['querystring.from']],
    ['/api/v1/calendar/add-workdays?days=3', ['querystring.from']],
    ['/api/v1/calendar/add-workdays?from=2026-09-30&days=-1', ['querystring.days']],
    ['/api/v1/calendar/add-workdays?from=2026-09-30&days=1.5', ['querystring.days']],
    ['/api/v1/calendar/add-workdays?from=2026-09-30&days=abc', ['querystring.days']],
    ['/api/v1/calendar/add-workdays?from=2026-09-30&days=3651', ['querystring.days']],
    ['/api/v1/calendar/add-workdays?from=2026-09-30', ['querystring.days']],
    ['/api/v1/calendar/add-workdays?from=2026-13-01&days=x', ['querystring.from', 'querystring.days']],
    ['/api/v1/calendar/add-workdays?from=2026-09-30&days=3&extra=1', ['querystring']],
    ['/api/v1/calendar/add-workdays?from=9999-12-31&days=1', ['querystring.from']],
    ['/api/v1/calendar/add-workdays?from=1900-01-01&days=1', ['querystring.from']],
    ['/api/v1/calendar/count-workdays?from=2026-01-01&to=2026-02-29', ['querystring.to']],
    ['/api/v1/calendar/count-workdays?from=0100-01-01&to=9999-12-31', ['querystring.from', 'querystring.to']],
    ['/api/v1/calendar/years/abc', ['params.year']],
    ['/api/v1/calendar/years/2026.5', ['params.year']],
  ])('GET %s → 400 VALIDATION_FAILED naming %j', async (url, paths) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.requestId).toBeTruthy();
    expect(body.details.map((d: { path: string }) => d.path).sort()).toEqual([...paths].sort());
    for (const d of body.details) expect(typeof d.message).toBe('string');
  });

  it('refuses a year outside 2000–2100 with its own code', async () => {
    for (const y of [1999, 2101]) {
      const { status, body } = await get(`/api/v1/calendar/years/${y}`);
      expect(status).toBe(400);
      expect(body.code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
    }
    const put = await t.call('PUT', '/api/v1/calendar/years/1999', { session: admin, body: { published: true } });
    expect(put.statusCode).toBe(400);
    expect(put.json().code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
  });

  it('refuses an inconsistent or malformed day and writes nothing', async () => {
    const before = await t.ctx.db
      .selectFrom('calendar_days')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad: Array<[string, unknown, string]> = [
      ['2026-12-02', { workday: true, kind: 'holiday', name: 'x' }, 'CALENDAR_DAY_INVALID'],
      ['2026-12-02', { workday: false, kind: 'makeup' }, 'CALENDAR_DAY_INVALID'],
      ['2026-12-02', { workday: false, kind: 'festival' }, 'VALIDATION_FAILED'],
      ['2026-12-02', { workday: 'no', kind: 'holiday' }, 'VALIDATION_FAILED'],
      ['2026-12-02', { workday: false, kind: 'holiday', name: '长'.repeat(41) }, 'VALIDATION_FAILED'],
      ['2026-12-02', { workday: false, kind: 'holiday', admin: true }, 'VALIDATION_FAILED'],
      ['2026-02-30', { workday: false, kind: 'holiday' }, 'VALIDATION_FAILED'],
    ];
    for (const [date, body, code] of bad) {
      const res = await t.call('PUT', `/api/v1/calendar/days/${date}`, { session: admin, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe(code);
    }
    const after = await t.ctx.db
      .selectFrom('calendar_days')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('admin maintenance', () => {
  it('a local holiday on 2026-12-01 moves deadlines, shows in the year, is audited, and can be undone', async () => {
    expect((await addWorkdays('2026-11-30', 1)).body).toEqual({ date: '2026-12-01', published: true });
    expect((await addWorkdays('2026-11-27', 3)).body).toEqual({ date: '2026-12-02', published: true });

    const put = await t.call('PUT', '/api/v1/calendar/days/2026-12-01', { session: admin, body: { workday: false, kind: 'holiday', name: '地方假日' } });
    expect(put.statusCode, put.body).toBe(204);
    expect((await addWorkdays('2026-11-30', 1)).body).toEqual({ date: '2026-12-02', published: true });
    expect((await addWorkdays('2026-11-27', 3)).body).toEqual({ date: '2026-12-03', published: true });
    expect((await get('/api/v1/calendar/count-workdays?from=2026-11-30&to=2026-12-02')).body.workdays).toBe(1);
    const year = (await get('/api/v1/calendar/years/2026')).body.days as DayView[];
    expect(year.find((d) => d.date === '2026-12-01')).toEqual({ date: '2026-12-01', workday: false, kind: 'holiday', name: '地方假日', source: 'admin' });

    const events = await t.ctx.db.selectFrom('events').selectAll().where('action', '=', 'calendar.day_set').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ chain: 'audit', actor_id: admin.me.id, subject_type: 'calendar', subject_id: '2026-12-01' });
    expect(events[0].data).toMatchObject({ date: '2026-12-01', workday: false, kind: 'holiday', name: '地方假日' });

    const del = await t.call('DELETE', '/api/v1/calendar/days/2026-12-01', { session: admin });
    expect(del.statusCode).toBe(204);
    expect((await addWorkdays('2026-11-30', 1)).body).toEqual({ date: '2026-12-01', published: true });
    const cleared = await t.ctx.db.selectFrom('events').selectAll().where('action', '=', 'calendar.day_cleared').execute();
    expect(cleared.map((e) => e.subject_id)).toEqual(['2026-12-01']);
    // Clearing a day that is already default changes nothing and is not audited.
    expect((await t.call('DELETE', '/api/v1/calendar/days/2026-12-01', { session: admin })).statusCode).toBe(204);
    expect(await t.ctx.db.selectFrom('events').selectAll().where('action', '=', 'calendar.day_cleared').execute()).toHaveLength(1);
  });

  it('turns a seeded holiday into a working day', async () => {
    expect((await addWorkdays('2026-09-30', 1)).body.date).toBe('2026-10-08');
    const put = await t.call('PUT', '/api/v1/calendar/days/2026-10-07', { session: admin, body: { workday: true, kind: 'workday', name: null } });
    expect(put.statusCode).toBe(204);
    expect((await addWorkdays('2026-09-30', 1)).body.date).toBe('2026-10-07');
    // And back to the State Council schedule.
    await t.call('PUT', '/api/v1/calendar/days/2026-10-07', { session: admin, body: { workday: false, kind: 'holiday', name: '国庆节' } });
    expect((await addWorkdays('2026-09-30', 3)).body.date).toBe('2026-10-10');
  });

  it('enters 2027, marks it published, and deadlines into 2027 become trustworthy', async () => {
    expect((await addWorkdays('2026-12-30', 2)).body).toEqual({ date: '2027-01-01', published: false });
    for (const date of ['2027-01-01', '2027-01-02', '2027-01-03']) {
      const r = await t.call('PUT', `/api/v1/calendar/days/${date}`, { session: admin, body: { workday: false, kind: 'holiday', name: '元旦' } });
      expect(r.statusCode).toBe(204);
    }
    expect((await addWorkdays('2026-12-30', 2)).body).toEqual({ date: '2027-01-04', published: false });

    const pub = await t.call('PUT', '/api/v1/calendar/years/2027', { session: admin, body: { published: true, note: '国办发明电〔2026〕X号' } });
    expect(pub.statusCode, pub.body).toBe(204);
    expect((await addWorkdays('2026-12-30', 2)).body).toEqual({ date: '2027-01-04', published: true });
    const y = (await get('/api/v1/calendar/years/2027')).body;
    expect(y.published).toBe(true);
    expect(y.note).toBe('国办发明电〔2026〕X号');
    expect((y.days as DayView[]).filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    const audited = await t.ctx.db.selectFrom('events').selectAll().where('action', '=', 'calendar.year_set').execute();
    expect(audited).toHaveLength(1);
    expect(audited[0].data).toMatchObject({ year: 2027, published: true });
    // 2028 is still unknown.
    expect((await addWorkdays('2027-12-30', 5)).body.published).toBe(false);
  });

  it('refuses non-admins (403, audited), anonymous (401) and a missing CSRF token, and writes nothing', async () => {
    const before = await t.ctx.db.selectFrom('calendar_days').selectAll().where('day', '=', '2026-12-08').execute();
    for (const u of ['supervisor', 'clerk', 'citizen']) {
      const s = await t.login(u);
      const r = await t.call('PUT', '/api/v1/calendar/days/2026-12-08', { session: s, body: { workday: false, kind: 'holiday', name: 'x' } });
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('FORBIDDEN');
      const y = await t.call('PUT', '/api/v1/calendar/years/2028', { session: s, body: { published: true } });
      expect(y.statusCode).toBe(403);
      const denied = await t.ctx.db.selectFrom('events').select('data').where('action', '=', 'access.denied').where('actor_id', '=', String(s.me.id)).execute();
      expect(denied).toHaveLength(2);
    }
    const anon = await t.call('PUT', '/api/v1/calendar/days/2026-12-08', { body: { workday: false, kind: 'holiday' } });
    expect(anon.statusCode).toBe(401);
    const noCsrf = await t.call('PUT', '/api/v1/calendar/days/2026-12-08', {
      session: admin,
      body: { workday: false, kind: 'holiday' },
      headers: { 'x-csrf-token': 'nope' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF_TOKEN_INVALID');
    expect(await t.ctx.db.selectFrom('calendar_days').selectAll().where('day', '=', '2026-12-08').execute()).toEqual(before);
    expect((await get('/api/v1/calendar/years/2028')).body.published).toBe(false);
  });
});
