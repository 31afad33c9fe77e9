import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCasesTestApp,
  createStaff,
  FOOD_PERMIT,
  materials,
  setCaseTime,
  SOLE_TRADER,
  uploadPdf,
  timedCases,
  type Ref,
} from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';

/**
 * Every indicator against a small dataset computed by hand (October 2026, which holds the National
 * Day holiday 10-1…7 and the make-up working day Saturday 10-10):
 *
 * A  food permit, accepted Tue 09-29, approved and completed Fri 10-09 — crosses the holiday:
 *    used 3 working days (09-30, 10-08, 10-09) of 5 promised (due 10-12): early, on time.
 * B  food permit, accepted Mon 10-12, 补正 Tue 10-13 … resubmitted Thu 10-15 (2 working days
 *    paused), completed Wed 10-21: promised due 10-21 with the pause added; used 7 − 2 = 5 of 5.
 * C  food permit, accepted Wed 10-14, completed Mon 10-26: promised due 10-21 (late), statutory
 *    (10 working days) due 10-28 (on time); used 8 of 5.
 * D  即办件 at the window, accepted and completed by the clerk on Tue 10-20: used 0 of 0.
 * E  food permit submitted Wed 10-28, not accepted.
 * F  food permit 容缺受理 on Thu 10-22 (one 辅件 missing), still open.
 *
 * October: received B C D E F = 5 (A was submitted in September); accepted B C D F = 4; completed
 * A B C D = 4; on time promised 3/4, statutory 4/4; used 3, 5, 8, 0 → mean 4, p90 (nearest rank)
 * 8; promised 5, 5, 5, 0 → mean 3.75; early 1 of the 3 with a promise (A); 即办 1/5; online 4/5
 * (D at the window); 补正 1; 容缺 1. Ratings in October: A 5, B 2 (差评, open), C 4 → 好评率 2/3,
 * 差评 1, rectified 0/1.
 */

let t: TestApp;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session, supervisor: Session, npc: Session;
const ids: Record<string, string> = {};
let drive: ReturnType<typeof timedCases>;

async function rate(caseId: string, at: string, level: number) {
  setCaseTime(t, at);
  const reasons = level <= 2 ? ['slow'] : ['fast'];
  const res = await t.call('POST', `/api/v1/cases/${caseId}/rating`, { session: citizen, body: { level, reasons } });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk, dispatcher, reviewer, approver, supervisor, npc] = await Promise.all(
    ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor', 'npc'].map((u) => t.login(u)),
  );
  drive = timedCases(t, { citizen, dispatcher, reviewer, approver });
  // A
  let a = await drive.apply('2026-09-29T09:00:00');
  a = await drive.step('2026-09-29T10:00:00', clerk, a, 'accept');
  a = await drive.decideAndComplete(a, '2026-10-09');
  ids.A = a.id;
  // B: paused for 补正 across two working days.
  let b = await drive.apply('2026-10-12T09:00:00');
  b = await drive.step('2026-10-12T10:00:00', clerk, b, 'accept');
  b = await drive.step('2026-10-13T09:00:00', clerk, b, 'request_correction', { items: [{ field: 'area', problem: '面积与布局图不一致' }] });
  b = await drive.step('2026-10-15T11:00:00', citizen, b, 'resubmit', { form: { area: 58 } });
  b = await drive.decideAndComplete(b, '2026-10-21');
  ids.B = b.id;
  // C: late against the promise, on time against the law.
  let c = await drive.apply('2026-10-14T09:00:00');
  c = await drive.step('2026-10-14T10:00:00', clerk, c, 'accept');
  c = await drive.decideAndComplete(c, '2026-10-26');
  ids.C = c.id;
  // D: 即办件 at the window.
  setCaseTime(t, '2026-10-20T09:00:00');
  const fileId = await uploadPdf(t, clerk, '身份证.pdf');
  const res = await t.call('POST', '/api/v1/cases', {
    session: clerk,
    body: {
      itemCode: SOLE_TRADER,
      applicant: { idType: 'resident_id', name: '王晓明', idNumber: '11010519491231002X', mobile: '13947201234' },
      form: { tradeName: '晓明五金', businessScope: '五金零售', businessAddress: '昆都仑区阿尔丁大街 1 号' },
      materials: materials(SOLE_TRADER, [1, 2, 3], fileId),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  let d: Ref = res.json();
  d = await drive.step('2026-10-20T09:30:00', clerk, d, 'accept');
  d = await drive.step('2026-10-20T10:00:00', clerk, d, 'complete', { resultCode: '92150203MA0000001X' });
  ids.D = d.id;
  // E: received only.
  ids.E = (await drive.apply('2026-10-28T09:00:00')).id;
  // F: 容缺受理.
  let f = await drive.apply('2026-10-22T09:00:00', [1, 2, 3, 4]);
  f = await drive.step('2026-10-22T10:00:00', clerk, f, 'accept_with_deficiency', { opinion: '主件齐全，容缺受理' });
  ids.F = f.id;
  // E's identity card was satisfied by the real-name account (免提交, docs/decisions.md D21).
  await t.ctx.db
    .insertInto('case_material_sources')
    .values({
      case_id: ids.E,
      material_code: `${FOOD_PERMIT}M02`,
      source: 'identity',
      label: '实名认证账号',
      label_en: 'Real-name account',
      added_at: new Date('2026-10-28T01:00:00Z'),
    })
    .execute();
  await rate(ids.A, '2026-10-10T10:00:00', 5);
  await rate(ids.B, '2026-10-22T10:00:00', 2);
  await rate(ids.C, '2026-10-27T10:00:00', 4);
  setCaseTime(t, '2026-12-02T10:00:00');
}, 240_000);
afterAll(() => t?.close());

const get = (s: Session | null, q: string) => t.call('GET', `/api/v1/reports?${q}`, { session: s });

describe('GET /api/v1/reports — October 2026 by hand', () => {
  it('computes every cases and ratings indicator, and the totals', async () => {
    const res = await get(supervisor, 'period=month&date=2026-10&by=department');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ period: 'month', periodKey: '2026-10', by: 'department', fromDate: '2026-10-01', toDate: '2026-10-31', regionCode: null });
    const dept = (await t.ctx.db.selectFrom('cases').select('department_code').where('id', '=', ids.A).executeTakeFirstOrThrow()).department_code;
    const row = r.rows.find((x: { key: string }) => x.key === dept);
    expect(row.nameZh).toBe('市市场监管局');

    // Materials the applicants did not bring: the one E's applicant's real-name account stood in for (set up above).
    const materialsSaved = 1;

    const expected = {
      received: 5,
      accepted: 4,
      completed: 4,
      onTimePromisedRate: 0.75,
      onTimeStatutoryRate: 1,
      usedDaysAvg: 4,
      usedDaysP90: 8,
      promisedDaysAvg: 3.75,
      earlyRate: 0.3333,
      instantRate: 0.2,
      onlineRate: 0.8,
      deficiencyCount: 1,
      correctionCount: 1,
      materialsSaved,
      ratings: 3,
      level5: 1,
      level4: 1,
      level3: 0,
      level2: 1,
      level1: 0,
      goodRate: 0.6667,
      badCount: 1,
      rectifiedRate: 0,
      // No 12345 tickets in this database: no data, not a perfect score.
      hotlineTickets: 0,
      hotlineOnTimeRate: null,
      hotlineSatisfactionRate: null,
    };
    expect(row.values).toMatchObject(expected);
    expect(r.total.values).toMatchObject(expected);
    expect(row.values.onlineAvailability).toBeGreaterThan(0);
    expect(r.indicators.map((i: { source: string }) => i.source)).toEqual(expect.arrayContaining(['cases', 'ratings', 'hotline']));
  });

  it('cuts by person (who decided), window (who accepted), item and region', async () => {
    const byPerson = (await get(supervisor, 'period=month&date=2026-10&by=person')).json();
    const approverRow = byPerson.rows.find((x: { nameZh: string }) => x.nameZh === approver.me.displayName);
    // A, B, C decided by the approver; D completed by the clerk; E, F not decided yet.
    expect(approverRow.values).toMatchObject({ completed: 3, received: 2, ratings: 3, goodRate: 0.6667 });
    const clerkRow = byPerson.rows.find((x: { nameZh: string }) => x.nameZh === clerk.me.displayName);
    expect(clerkRow.values).toMatchObject({ completed: 1, instantRate: 1, ratings: 0, goodRate: null });
    expect(byPerson.rows.find((x: { key: string }) => x.key === '-').values).toMatchObject({ received: 2, completed: 0, onTimePromisedRate: null });
    // Hotline tickets have no deciders: null in every row, its totals still there.
    expect(approverRow.values.hotlineTickets).toBeNull();
    expect(byPerson.total.values.hotlineTickets).toBe(0);

    const byWindow = (await get(supervisor, 'period=month&date=2026-10&by=window')).json();
    expect(byWindow.rows.find((x: { nameZh: string }) => x.nameZh === clerk.me.displayName).values).toMatchObject({ accepted: 4, received: 4 });

    const byItem = (await get(supervisor, 'period=month&date=2026-10&by=item')).json();
    expect(byItem.rows.find((x: { key: string }) => x.key === FOOD_PERMIT).values).toMatchObject({ received: 4, completed: 3, usedDaysP90: 8 });
    expect(byItem.rows.find((x: { key: string }) => x.key === SOLE_TRADER).values).toMatchObject({ received: 1, instantRate: 1, onlineRate: 0 });

    // The online cases belong to the citizen's district; D to the window's.
    const byRegion = (await get(npc, 'period=month&date=2026-10&by=region')).json();
    expect(byRegion.rows.find((x: { key: string }) => x.key === '150203')).toMatchObject({ nameZh: '昆都仑区', values: { received: 4, instantRate: 0 } });
    expect(byRegion.rows.reduce((s: number, x: { values: { received: number } }) => s + x.values.received, 0)).toBe(5);
  });

  it('counts a case by when each thing happened: September sees A received, accepted', async () => {
    const r = (await get(supervisor, 'period=month&date=2026-09&by=department')).json();
    expect(r.total.values).toMatchObject({
      received: 1,
      accepted: 1,
      completed: 0,
      onTimePromisedRate: null,
      usedDaysAvg: null,
      usedDaysP90: null,
      earlyRate: null,
    });
  });

  it('counts a step on a day when nothing else happened to the case: 13 October sees B’s 补正 alone', async () => {
    // B was accepted on the 12th and completed on the 21st: on the 13th its only event is the request for correction.
    for (const by of ['department', 'region', 'item']) {
      const r = (await get(supervisor, `period=day&date=2026-10-13&by=${by}`)).json();
      expect(r.total.values, by).toMatchObject({ received: 0, accepted: 0, completed: 0, correctionCount: 1, deficiencyCount: 0 });
    }
  });

  it('answers a period with no data with nulls, never a perfect score', async () => {
    const r = (await get(supervisor, 'period=month&date=2026-03&by=department')).json();
    expect(r.rows).toEqual([]);
    expect(r.total.values).toMatchObject({
      received: 0,
      completed: 0,
      onTimePromisedRate: null,
      onTimeStatutoryRate: null,
      usedDaysAvg: null,
      earlyRate: null,
      instantRate: null,
      onlineRate: null,
      goodRate: null,
      rectifiedRate: null,
      hotlineOnTimeRate: null,
    });
  });

  it('limits a district supervisor to the district, and an oversight body sees the city', async () => {
    const other = await createStaff(t, 'sv-qingshan', ['supervisor'], 'discipline-inspection', '150204');
    const mine = await createStaff(t, 'sv-kundulun', ['supervisor'], 'discipline-inspection', '150203');
    const r1 = (await get(other, 'period=month&date=2026-10&by=department')).json();
    expect(r1.regionCode).toBe('150204');
    expect(r1.total.values.received).toBe(0);
    expect(r1.rows).toEqual([]);
    const r2 = (await get(mine, 'period=month&date=2026-10&by=department')).json();
    expect(r2.total.values.received).toBe(4);
    expect((await get(npc, 'period=quarter&date=2026-Q4&by=department')).json()).toMatchObject({ regionCode: null, total: { values: { received: 5 } } });
  });
});

describe('GET /api/v1/reports/trend', () => {
  it('gives the totals of the periods ending with the one asked, oldest first, each as its own report gives them', async () => {
    const trend = await t.call('GET', '/api/v1/reports/trend?period=month&date=2026-10&points=3', { session: supervisor });
    expect(trend.statusCode, trend.body).toBe(200);
    const body = trend.json();
    expect(body.points.map((p: { periodKey: string }) => p.periodKey)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(body.points.map((p: { values: { received: number } }) => p.values.received)).toEqual([0, 1, 5]);
    expect(body.points[0].values.onTimePromisedRate).toBeNull();
    const october = (await get(supervisor, 'period=month&date=2026-10&by=region')).json();
    expect(body.points[2].values).toEqual(october.total.values);
    // Weeks across a year's end, and the limits.
    const weeks = (await t.call('GET', '/api/v1/reports/trend?period=week&date=2027-W01&points=2', { session: supervisor })).json();
    expect(weeks.points.map((p: { periodKey: string }) => p.periodKey)).toEqual(['2026-W53', '2027-W01']);
    expect((await t.call('GET', '/api/v1/reports/trend?period=month&date=2026-10&points=25', { session: supervisor })).statusCode).toBe(400);
    expect((await t.call('GET', '/api/v1/reports/trend?period=month&date=2026-10', { session: null })).statusCode).toBe(401);
    expect((await t.call('GET', '/api/v1/reports/trend?period=month&date=2026-10', { session: citizen })).statusCode).toBe(403);
  });
});

describe('files', () => {
  it('writes an xlsx that opens with exceljs and holds the figures', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports?period=month&date=2026-10&by=department&format=xlsx',
      headers: { cookie: supervisor.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header).toContain('收件');
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(header.indexOf('收件') + 1).value).toBe(5);
    expect(total.getCell(header.indexOf('承诺时限内办结率') + 1).value).toBe(0.75);
    expect(total.getCell(header.indexOf('12345 按时办结率') + 1).value).toBe('暂无数据');
  });

  it('writes a PDF that pdf-lib loads, with pages', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports?period=month&date=2026-10&by=department&format=pdf',
      headers: { cookie: npc.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const doc = await PDFDocument.load(res.rawPayload);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(doc.getTitle()).toContain('2026-10');
  });
});

describe('refusals', () => {
  it('refuses the signed-out, applicants and staff without report rights', async () => {
    expect((await get(null, 'period=month&date=2026-10&by=department')).statusCode).toBe(401);
    for (const s of [citizen, reviewer, clerk]) {
      const res = await get(s, 'period=month&date=2026-10&by=department');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await t.call('GET', '/api/v1/reports/periodic', { session: citizen })).statusCode).toBe(403);
  });

  it('refuses unknown periods, cuts and dates with messages in both languages', async () => {
    const cases: Array<[string, string]> = [
      ['period=fortnight&date=2026-10&by=department', 'PERIOD_UNKNOWN'],
      ['period=month&date=2026-10&by=street', 'CUT_UNKNOWN'],
      ['period=month&date=2026-13&by=department', 'DATE_INVALID'],
      ['period=week&date=2025-W53&by=department', 'DATE_INVALID'],
      ['period=week&date=2026-11-30&by=department', 'DATE_INVALID'],
      ['period=quarter&date=2026-Q5&by=department', 'DATE_INVALID'],
      ['period=day&date=2026-02-30&by=department', 'DATE_INVALID'],
      ['period=year&date=26&by=department', 'DATE_INVALID'],
    ];
    for (const [q, code] of cases) {
      const res = await get(supervisor, q);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code, q).toBe(code);
    }
    const zh = (await get(supervisor, 'period=month&date=2026-13&by=department')).json().message;
    expect(zh).toContain('应为 YYYY-MM');
    const en = await t.call('GET', '/api/v1/reports?period=month&date=2026-10&by=street', { session: supervisor, headers: { 'accept-language': 'en-US' } });
    expect(en.json().message).toContain('Unknown cut “street”');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/reports', '/api/v1/reports/periodic', '/api/v1/reports/periodic/{id}', '/api/v1/reports/trend']),
    );
  });
});

describe('考评 scores', () => {
  it('scores by the weighted shares with data, ranks the scored and leaves rows with nothing completed unranked', async () => {
    const res = await t.call('GET', '/api/v1/scores?period=month&date=2026-10&level=region', { session: npc });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.weights.map((w: { indicator: string; weight: number }) => [w.indicator, w.weight])).toEqual(
      expect.arrayContaining([
        ['onTimePromisedRate', 40],
        ['goodRate', 25],
        ['onlineRate', 10],
        ['rectifiedRate', 10],
        ['hotlineOnTimeRate', 15],
      ]),
    );
    // 150203: on time 2/3, 好评率 2/3, online 1, rectified 0, no 12345 data → (40·.6667 + 25·.6667 + 10·1 + 10·0) / 85.
    const kundulun = r.rows.find((x: { key: string }) => x.key === '150203');
    expect(kundulun).toMatchObject({ score: 62.7, rank: 2 });
    expect(kundulun.parts.find((p: { indicator: string }) => p.indicator === 'hotlineOnTimeRate')).toMatchObject({ value: null, points: null });
    // The window's region: D only — on time 1, online 0, no ratings → (40·1 + 10·0) / 50.
    const window = r.rows.find((x: { key: string; score: number | null }) => x.key !== '150203' && x.score !== null);
    expect(window).toMatchObject({ score: 80, rank: 1 });

    const quiet = (await t.call('GET', '/api/v1/scores?period=month&date=2026-09&level=department', { session: npc })).json();
    // September: A received and accepted, nothing completed — no score, no rank, not a perfect one.
    expect(quiet.rows.every((x: { score: number | null; rank: number | null }) => x.score === null && x.rank === null)).toBe(true);
  });

  it('lets admins set the weights, and refuses everyone else and bad weights', async () => {
    const admin = await t.login('admin');
    expect((await t.call('PUT', '/api/v1/scores/weights', { session: supervisor, body: { weights: [{ indicator: 'goodRate', weight: 0 }] } })).statusCode).toBe(
      403,
    );
    expect((await t.call('GET', '/api/v1/scores?period=month&date=2026-10&level=department', { session: citizen })).statusCode).toBe(403);
    const bad = await t.call('GET', '/api/v1/scores?period=month&date=2026-10&level=street', { session: supervisor });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'LEVEL_UNKNOWN']);
    const unknown = await t.call('PUT', '/api/v1/scores/weights', { session: admin, body: { weights: [{ indicator: 'received', weight: 10 }] } });
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'WEIGHT_INDICATOR_UNKNOWN']);
    const zeros = ['onTimePromisedRate', 'goodRate', 'onlineRate', 'rectifiedRate', 'hotlineOnTimeRate'].map((indicator) => ({ indicator, weight: 0 }));
    const none = await t.call('PUT', '/api/v1/scores/weights', { session: admin, body: { weights: zeros } });
    expect([none.statusCode, none.json().code]).toEqual([400, 'WEIGHTS_ALL_ZERO']);

    const ok = await t.call('PUT', '/api/v1/scores/weights', {
      session: admin,
      body: {
        weights: [
          { indicator: 'onTimePromisedRate', weight: 100 },
          { indicator: 'goodRate', weight: 0 },
          { indicator: 'onlineRate', weight: 0 },
          { indicator: 'rectifiedRate', weight: 0 },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const r = (await t.call('GET', '/api/v1/scores?period=month&date=2026-10&level=department', { session: supervisor })).json();
    // On time 3/4 weighs 100 against 15 for 12345, which has no data here: 75.
    expect(r.rows[0]).toMatchObject({ score: 75, rank: 1 });
  });
});
