import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/helpers/test-db';
import { loadConfig } from './config';
import type { AppContext } from './context';
import { createContext, createLogger } from './runtime';
import { verifyChains } from './platform/audit/verify';
import { checkMobile } from './platform/ids/mobile';
import { checkResidentId } from './platform/ids/resident-id';
import { checkUscc } from './platform/ids/uscc';
import { BAOTOU_REGIONS } from './platform/org/baotou';
import { runSimulation, SimulationRefused, type SimulateResult } from './simulate';

/**
 * `tongban simulate` on a real database (docs/decisions.md D19): a small city-year is the same for
 * the same seed, reaches every region and many departments, its chains verify like the engine's,
 * its ratings follow completed cases, each 差评 has its rectification, and its people's IDs are valid.
 */

const NOW = new Date('2026-11-20T15:30:00+08:00');
const options = { cases: 300, seed: 7, year: 2026, now: NOW };

type Opened = { ctx: AppContext; result: SimulateResult; drop: () => Promise<void> };

async function simulated(): Promise<Opened> {
  const database = await openTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', TONGBAN_JOBS: '0', LOG_LEVEL: 'silent' });
  const ctx = createContext(config, database, createLogger(config));
  return { ctx, result: await runSimulation(ctx, options), drop: database.drop };
}

/** What a seed decides, without the random ids: each case's number, course and applicant, each rating's level. */
async function snapshot(ctx: AppContext) {
  const cases = await ctx.db
    .selectFrom('cases')
    .select(['case_no', 'item_code', 'status', 'channel', 'region_code', 'applicant_name', 'applicant_id_number', 'submitted_at', 'completed_at', 'light'])
    .orderBy('case_no')
    .execute();
  const ratings = await ctx.db.selectFrom('ratings').select(['case_no', 'level', 'channel', 'rated_at']).orderBy('case_no').execute();
  const events = await sql<{ n: number }>`SELECT count(*)::int AS n FROM events WHERE chain LIKE 'case:%'`.execute(ctx.db);
  return { cases, ratings, events: events.rows[0].n };
}

let a: Opened;
let b: Opened;
beforeAll(async () => {
  [a, b] = await Promise.all([simulated(), simulated()]);
}, 60_000);
afterAll(async () => {
  await a?.drop();
  await b?.drop();
});

describe('tongban simulate', () => {
  it('makes the same city-year from the same seed', async () => {
    expect(a.result).toMatchObject({ prefix: 'SIM2026-7-', cases: 300, from: '2026-01-01', to: '2026-11-20' });
    expect(b.result).toMatchObject({ cases: a.result.cases, events: a.result.events, ratings: a.result.ratings, rectifications: a.result.rectifications });
    const [x, y] = await Promise.all([snapshot(a.ctx), snapshot(b.ctx)]);
    expect(x.cases).toHaveLength(300);
    expect(x.cases[0].case_no).toBe('SIM2026-7-0000001');
    expect(y).toEqual(x);
  });

  it('spreads the cases over every region, many departments, the channels and the year, with work still open', async () => {
    const rows = await a.ctx.db
      .selectFrom('cases')
      .select(['region_code', 'department_code', 'channel', 'status', 'submitted_at', 'light', 'case_kind'])
      .execute();
    expect(new Set(rows.map((r) => r.region_code))).toEqual(new Set(BAOTOU_REGIONS.map((r) => r.code)));
    expect(new Set(rows.map((r) => r.department_code)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['web', 'mobile', 'window', 'kiosk']));
    expect(new Set(rows.map((r) => r.case_kind))).toEqual(new Set(['instant', 'promised']));
    const months = new Set(rows.map((r) => r.submitted_at!.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(11);
    expect(rows.every((r) => r.submitted_at! < NOW)).toBe(true);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['issued', 'not_accepted']) expect(statuses).toContain(s);
    expect(rows.filter((r) => ['accepted', 'routed', 'reviewed', 'correction_requested', 'special_procedure'].includes(r.status)).length).toBeGreaterThan(0);
    // A case the clock runs for has a light; most finished ones were on time.
    expect(rows.filter((r) => ['routed', 'reviewed'].includes(r.status)).every((r) => r.light !== null)).toBe(true);
    expect(rows.filter((r) => r.light === 'green').length).toBeGreaterThan(rows.length / 2);
  });

  it('writes hash chains that verify, one per case, rating and rectification', async () => {
    const report = await verifyChains(a.ctx.db, { region: null });
    expect(report).toMatchObject({ ok: true, broken: [], missingChains: [], rows: a.result.events });
    expect(report!.chains).toBe(300 + a.result.ratings + a.result.rectifications);
    // The engine's event shapes: every case starts with its submission and every completed case has its completion.
    const firsts = await sql<{ action: string }>`SELECT DISTINCT action FROM events WHERE chain LIKE 'case:%' AND seq = 1`.execute(a.ctx.db);
    expect(firsts.rows.map((r) => r.action)).toEqual(['case.submit']);
    const completedWithout = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM cases c WHERE c.completed_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM events e WHERE e.chain = 'case:' || c.id AND e.action = 'case.complete' AND e.created_at = c.completed_at)`.execute(
      a.ctx.db,
    );
    expect(completedWithout.rows[0].n).toBe(0);
  });

  it('rates completed cases only, and gives every 差评 its rectification', async () => {
    const ratings = await a.ctx.db
      .selectFrom('ratings as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .leftJoin('rectifications as t', 't.rating_id', 'r.id')
      .select(['r.level', 'r.rated_at', 'r.excluded', 'c.status', 'c.completed_at', 't.id as rectification', 't.status as rectification_status'])
      .execute();
    const completed = await a.ctx.db.selectFrom('cases').select('id').where('completed_at', 'is not', null).execute();
    expect(ratings.length).toBeGreaterThan(completed.length * 0.4);
    expect(ratings.length).toBeLessThan(completed.length * 0.8);
    for (const r of ratings) {
      expect(['completed', 'issued']).toContain(r.status);
      expect(r.rated_at.getTime()).toBeGreaterThanOrEqual(r.completed_at!.getTime());
      expect(r.rated_at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(r.rectification !== null).toBe(r.level <= 2);
    }
    expect(ratings.filter((r) => r.level >= 4).length).toBeGreaterThan(ratings.length * 0.8);
    expect(ratings.some((r) => r.level <= 2)).toBe(true);
  });

  it('makes applicants with valid resident IDs, credit codes and mobile numbers', async () => {
    const cases = await a.ctx.db.selectFrom('cases').select(['applicant_id_type', 'applicant_id_number', 'applicant_mobile', 'applicant_name']).execute();
    for (const c of cases) {
      const check = c.applicant_id_type === 'uscc' ? checkUscc(c.applicant_id_number) : checkResidentId(c.applicant_id_number);
      expect(check.ok, c.applicant_id_number).toBe(true);
      expect(checkMobile(c.applicant_mobile!).ok, c.applicant_mobile!).toBe(true);
      expect(c.applicant_name).toMatch(/^[\u4e00-\u9fff（）]+$/);
    }
    const accounts = await a.ctx.db.selectFrom('users').select(['username', 'id_number', 'uscc', 'status']).where('username', 'like', 'sim%').execute();
    expect(accounts.every((u) => u.status === 'disabled')).toBe(true);
    for (const u of accounts) {
      if (u.id_number) expect(checkResidentId(u.id_number).ok, u.id_number).toBe(true);
      if (u.uscc) expect(checkUscc(u.uscc).ok, u.uscc).toBe(true);
    }
  });

  it('refuses to run the same seed and year twice', async () => {
    await expect(runSimulation(a.ctx, options)).rejects.toThrow(SimulationRefused);
  });
});
