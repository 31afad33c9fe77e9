import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, setCaseTime, timedCases } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { findActorsByUsername } from '../../platform/auth/actors';
import type { ReportCut } from '../../../shared/reports/reports.schemas';
import { casesReportSource } from '../cases';
import { parsePeriod } from './reports.period';
import { computeSource, invalidateRollups } from './reports.rollups';
import { histogramMean, histogramPercentile, meanOf, percentileOf, type SourceResult, type Sums } from './reports.source';

/**
 * The stored daily rollups (docs/decisions.md D16) give exactly what a live count of the same
 * records gives, for every rolled-up cut, period and region, with today's open day added live; a
 * calendar edit makes the days be rolled up again under the new calendar.
 */

let t: TestApp;
let citizen: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;
const TODAY = '2026-12-02T15:00:00';
let drive: ReturnType<typeof timedCases>;

beforeAll(async () => {
  t = await createCasesTestApp();
  [citizen, clerk, dispatcher, reviewer, approver] = await Promise.all(['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)));
  drive = timedCases(t, { citizen, dispatcher, reviewer, approver });
  // Completed across the weekend of 11-07/08, a 补正 pause, one still waiting, a 容缺 one, one done today.
  let a = await drive.apply('2026-11-02T09:00:00');
  a = await drive.step('2026-11-02T10:00:00', clerk, a, 'accept');
  await drive.decideAndComplete(a, '2026-11-10');
  let b = await drive.apply('2026-11-05T09:00:00');
  b = await drive.step('2026-11-05T10:00:00', clerk, b, 'accept');
  b = await drive.step('2026-11-06T09:00:00', clerk, b, 'request_correction', { items: [{ field: 'area', problem: '面积与布局图不一致' }] });
  b = await drive.step('2026-11-09T11:00:00', citizen, b, 'resubmit', { form: { area: 58 } });
  await drive.decideAndComplete(b, '2026-11-16');
  await drive.apply('2026-11-25T09:00:00');
  const c = await drive.apply('2026-11-30T16:00:00', [1, 2, 3, 4]);
  await drive.step('2026-12-01T09:00:00', clerk, c, 'accept_with_deficiency', { opinion: '主件齐全，容缺受理' });
  let d = await drive.apply('2026-12-02T08:00:00');
  d = await drive.step('2026-12-02T08:30:00', clerk, d, 'accept');
  await drive.decideAndComplete(d, '2026-12-02');
  setCaseTime(t, TODAY);
}, 240_000);
afterAll(() => t?.close());

async function both(period: string, date: string, by: ReportCut, regionCode: string | null = null): Promise<[SourceResult, SourceResult]> {
  const { calendar: cal, fingerprint } = await t.ctx.calendar.versioned();
  const input = { db: t.ctx.db, cal, calendarFingerprint: fingerprint, now: t.ctx.clock.now(), period: parsePeriod(period, date), by, regionCode };
  return [await computeSource(casesReportSource, input), await casesReportSource.compute(input)];
}

const sorted = (r: SourceResult) => ({ total: r.total, rows: [...r.rows].sort((a, b) => a.key.localeCompare(b.key)) });

describe('report rollups', () => {
  it('add up to the live count for every rolled-up cut, period and region, today added live', async () => {
    for (const [period, date] of [
      ['month', '2026-11'],
      ['month', '2026-12'],
      ['week', '2026-W45'],
      ['quarter', '2026-Q4'],
      ['year', '2026'],
      ['day', '2026-12-02'],
    ] as const) {
      for (const by of ['department', 'region', 'item'] as const) {
        for (const region of [null, '150203', '150204']) {
          const [rolled, live] = await both(period, date, by, region);
          expect(sorted(rolled), `${period} ${date} ${by} ${region}`).toEqual(sorted(live));
        }
      }
    }
    const [year] = await both('year', '2026', 'department');
    // a, b, d completed; five received; today's acceptance and completion counted although today is not rolled up.
    expect(year.total).toMatchObject({ received: 5, accepted: 4, completed: 3, correctionCount: 1, deficiencyCount: 1 });
    const days = await t.ctx.db.selectFrom('report_rollup_days').select('day').where('source', '=', 'cases').orderBy('day').execute();
    expect(days.at(0)?.day).toBe('2026-01-01');
    expect(days.at(-1)?.day).toBe('2026-12-01');
  });

  it('rolls a day up once, and again only after a calendar edit, which the figures then follow', async () => {
    const builtAt = async () =>
      (
        await t.ctx.db
          .selectFrom('report_rollup_days')
          .select('built_at')
          .where('source', '=', 'cases')
          .where('day', '=', '2026-11-10')
          .executeTakeFirstOrThrow()
      ).built_at.getTime();
    const first = await builtAt();
    const [before] = await both('month', '2026-11', 'department');
    expect(await builtAt()).toBe(first);

    // 11-04 becomes a local rest day: case a used one working day fewer.
    const admin = (await findActorsByUsername(t.ctx.db, ['admin'])).get('admin')!;
    await t.ctx.calendar.setDay(admin, { date: '2026-11-04', workday: false, kind: 'holiday', name: '测试休息日' });
    const [after, live] = await both('month', '2026-11', 'department');
    expect(sorted(after)).toEqual(sorted(live));
    expect(after.total.usedDaysAvg).not.toBe(before.total.usedDaysAvg);
    expect(await builtAt()).toBeGreaterThanOrEqual(first);
    await t.ctx.calendar.clearDay(admin, '2026-11-04');
  });

  it('forgets the days from a date on', async () => {
    await invalidateRollups(t.ctx.db, '2026-11-15');
    const left = await t.ctx.db.selectFrom('report_rollup_days').select('day').where('day', '>=', '2026-11-15').execute();
    expect(left).toEqual([]);
    const [rolled, live] = await both('month', '2026-11', 'item');
    expect(sorted(rolled)).toEqual(sorted(live));
  });
});

describe('histograms', () => {
  it('give the mean and nearest-rank percentile of the values they count', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const xs = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => Math.floor(rand() * 25));
      const hist: Sums = {};
      for (const x of xs) hist[x] = ((hist[x] as number | undefined) ?? 0) + 1;
      expect(histogramMean(hist)).toBe(meanOf(xs));
      for (const p of [50, 90, 99, 100]) expect(histogramPercentile(hist, p)).toBe(percentileOf(xs, p));
    }
    expect(histogramMean({})).toBeNull();
    expect(histogramPercentile(undefined, 90)).toBeNull();
  });
});
