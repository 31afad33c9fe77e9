import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, createStaff, FOOD_PERMIT, SOLE_TRADER } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';

/**
 * The live board (GET /api/v1/cases/stats/lights) against a hand-made set of cases on the real
 * database: counts per light and cut, the grand total, the region scope, refusals, and the case
 * list filters a bar's drill-down uses.
 */

let t: TestApp;
let supervisor: Session;
let clerkId: string;

interface Spec {
  no: string;
  status: string;
  region?: string;
  department: string;
  departments: string[];
  item: string;
  light: 'green' | 'yellow' | 'red' | 'overdue' | null;
  paused?: boolean;
  clerk?: boolean;
}

/*
 * A: red, held by market-regulation.  B: overdue, held by market-regulation and health (会签).
 * C: yellow, accepted but not routed yet (counts for its item's department, market-regulation).
 * D: green, paused for 补正, held by health, no clerk recorded.  E: yellow, paused in a special
 * procedure, in 青山区.  F: completed (not open).  G: 补正 before acceptance (no clock, no light).
 */
const CASES: Spec[] = [
  { no: 'BTB-A', status: 'routed', department: 'market-regulation', departments: ['market-regulation'], item: FOOD_PERMIT, light: 'red', clerk: true },
  {
    no: 'BTB-B',
    status: 'reviewed',
    department: 'market-regulation',
    departments: ['market-regulation', 'health'],
    item: FOOD_PERMIT,
    light: 'overdue',
    clerk: true,
  },
  { no: 'BTB-C', status: 'accepted', department: 'market-regulation', departments: [], item: SOLE_TRADER, light: 'yellow', clerk: true },
  { no: 'BTB-D', status: 'correction_requested', department: 'health', departments: ['health'], item: SOLE_TRADER, light: 'green', paused: true },
  {
    no: 'BTB-E',
    status: 'special_procedure',
    region: '150204',
    department: 'health',
    departments: ['health'],
    item: FOOD_PERMIT,
    light: 'yellow',
    paused: true,
    clerk: true,
  },
  { no: 'BTB-F', status: 'completed', department: 'market-regulation', departments: ['market-regulation'], item: FOOD_PERMIT, light: 'red', clerk: true },
  { no: 'BTB-G', status: 'correction_requested', department: 'market-regulation', departments: [], item: FOOD_PERMIT, light: null },
];

beforeAll(async () => {
  t = await createCasesTestApp();
  supervisor = await t.login('supervisor');
  const clerk = await t.login('clerk');
  clerkId = String(clerk.me.id);
  for (const c of CASES) {
    const accepted = c.light !== null;
    await sql`
      INSERT INTO cases (case_no, item_code, item_version, item_name, case_kind, status, channel, region_code, department_code, departments,
        applicant_type, applicant_name, applicant_id_type, applicant_id_number, created_by, accepted_by, submitted_at, accepted_at, paused_since,
        assessment_due, promised_due, statutory_due, light, light_next_at)
      VALUES (${c.no}, ${c.item}, 1, ${c.item === FOOD_PERMIT ? '食品经营许可证核发' : '个体工商户设立登记'}, 'promised', ${c.status}, 'window',
        ${c.region ?? '150203'}, ${c.department}, string_to_array(${c.departments.join(',')}, ','),
        'citizen', '测试', 'resident_id', '11010519491231002X', ${clerkId}, ${c.clerk ? clerkId : null}, now() - interval '9 days',
        ${accepted ? sql`now() - interval '8 days'` : null}, ${c.paused ? sql`now() - interval '1 day'` : null},
        now() + interval '1 day', now() + interval '2 days', now() + interval '5 days', ${c.light}, now() + interval '1 day')`.execute(t.ctx.db);
  }
}, 120_000);
afterAll(() => t.close());

const board = (s: Session | null, by: string, headers: Record<string, string> = {}) =>
  t.call('GET', `/api/v1/cases/stats/lights?by=${by}`, { session: s, headers });

function row(body: { rows: Array<{ key: string | null; nameEn?: string }> }, key: string | null) {
  const r = body.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key} in ${JSON.stringify(body.rows)}`);
  return r;
}

describe('GET /api/v1/cases/stats/lights', () => {
  it('counts the open cases with a running clock per holding department; a case held by two counts once in the total', async () => {
    const res = await board(supervisor, 'department');
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json();
    expect(b).toMatchObject({ by: 'department', regionCode: null });
    expect(b.total).toEqual({ green: 1, yellow: 2, red: 1, overdue: 1, paused: 2, total: 5 });
    expect(b.rows.map((r: { key: string }) => r.key)).toEqual(['market-regulation', 'health']);
    expect(row(b, 'market-regulation')).toMatchObject({ nameZh: '市市场监管局', green: 0, yellow: 1, red: 1, overdue: 1, paused: 0, total: 3 });
    expect(row(b, 'health')).toMatchObject({ green: 1, yellow: 1, red: 0, overdue: 1, paused: 2, total: 3 });
    expect(row(b, 'health').nameEn).not.toBe('health');
  });

  it('cuts by region, item and window with their names', async () => {
    const region = (await board(supervisor, 'region')).json();
    expect(region.rows).toHaveLength(2);
    expect(row(region, '150203')).toMatchObject({ nameZh: '昆都仑区', green: 1, yellow: 1, red: 1, overdue: 1, paused: 1, total: 4 });
    expect(row(region, '150204')).toMatchObject({ nameZh: '青山区', yellow: 1, paused: 1, total: 1 });

    const item = (await board(supervisor, 'item')).json();
    expect(row(item, FOOD_PERMIT)).toMatchObject({ nameZh: '食品经营许可证核发', yellow: 1, red: 1, overdue: 1, total: 3 });
    expect(row(item, SOLE_TRADER)).toMatchObject({ nameZh: '个体工商户设立登记', green: 1, yellow: 1, paused: 1, total: 2 });

    const window = (await board(supervisor, 'window')).json();
    expect(window.total.total).toBe(5);
    expect(row(window, clerkId)).toMatchObject({ nameZh: '李娜', yellow: 2, red: 1, overdue: 1, paused: 1, total: 4 });
    expect(row(window, null)).toMatchObject({ nameZh: '未记录受理人', nameEn: 'No clerk recorded', green: 1, total: 1 });
  });

  it('limits a district supervisor to the district', async () => {
    const kundulun = await createStaff(t, 'sv-board-150203', ['supervisor'], 'discipline-inspection', '150203');
    const b = (await board(kundulun, 'department')).json();
    expect(b.regionCode).toBe('150203');
    expect(b.total).toEqual({ green: 1, yellow: 1, red: 1, overdue: 1, paused: 1, total: 4 });
    expect(row(b, 'health')).toMatchObject({ green: 1, yellow: 0, overdue: 1, total: 2 });
    const qingshan = await createStaff(t, 'sv-board-150204', ['supervisor'], 'discipline-inspection', '150204');
    const q = (await board(qingshan, 'region')).json();
    expect(q.rows.map((r: { key: string }) => r.key)).toEqual(['150204']);
    const nobody = await createStaff(t, 'sv-board-150205', ['supervisor'], 'discipline-inspection', '150205');
    expect((await board(nobody, 'item')).json()).toMatchObject({ total: { total: 0, red: 0 }, rows: [] });
  });

  it('refuses roles without access and an unknown cut, in the caller’s language', async () => {
    expect((await board(null, 'department')).statusCode).toBe(401);
    for (const who of ['reviewer', 'citizen', 'hotline']) {
      const res = await board(await t.login(who), 'department');
      expect(res.statusCode, who).toBe(403);
    }
    const zh = await board(supervisor, 'person', { 'accept-language': 'zh-CN' });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().code).toBe('VALIDATION_FAILED');
    expect(zh.json().message).toMatch(/[\u4e00-\u9fff]/);
    const en = await board(supervisor, 'person', { 'accept-language': 'en-US' });
    expect(en.statusCode).toBe(400);
    expect(en.json().message).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('drill-down filters of GET /api/v1/cases', () => {
  const list = async (query: string) => {
    const res = await t.call('GET', `/api/v1/cases?${query}&pageSize=100`, { session: supervisor });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Array<{ caseNo: string }>).map((c) => c.caseNo).sort();
  };

  it('finds the cases a bar counts: department (with unrouted cases), region, item, window clerk, and light', async () => {
    const open = 'status=accepted,routed,reviewed,special_procedure,correction_requested';
    expect(await list(`${open}&department=market-regulation&light=yellow`)).toEqual(['BTB-C']);
    expect(await list(`${open}&department=health&light=overdue`)).toEqual(['BTB-B']);
    expect(await list(`${open}&region=150204&light=yellow`)).toEqual(['BTB-E']);
    expect(await list(`${open}&item=${SOLE_TRADER}&light=green`)).toEqual(['BTB-D']);
    expect(await list(`${open}&acceptedBy=${clerkId}&light=yellow`)).toEqual(['BTB-C', 'BTB-E']);
  });

  it('refuses a malformed region or clerk id', async () => {
    for (const q of ['region=150', 'region=abcdef', 'acceptedBy=clerk']) {
      const res = await t.call('GET', `/api/v1/cases?${q}`, { session: supervisor });
      expect(res.statusCode, q).toBe(400);
    }
  });
});
