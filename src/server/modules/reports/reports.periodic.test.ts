import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, createStaff, setCaseTime } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { REPORT_SOURCES } from '../../modules';
import { reportsDemoSeeder } from './reports.demo';
import { PERIODIC_QUEUE, runPeriodic } from './reports.jobs';

/** The durable schedule makes each period's report once and pushes it to the subscribers only. */
let t: TestApp;
let npc: Session, discipline: Session, supervisor: Session, citizen: Session;

beforeAll(async () => {
  t = await createCasesTestApp();
  await reportsDemoSeeder(t.ctx);
  [npc, discipline, supervisor, citizen] = await Promise.all(['npc', 'discipline', 'supervisor', 'citizen'].map((u) => t.login(u)));
}, 120_000);
afterAll(() => t?.close());

const inbox = async (s: Session) => (await t.call('GET', '/api/v1/reports/periodic', { session: s })).json();
const notices = (userId: string) =>
  t.ctx.db
    .selectFrom('notifications')
    .select(['template', 'subject_type', 'subject_id', 'title_zh'])
    .where('user_id', '=', userId)
    .where('template', '=', 'reports.periodic_ready')
    .execute();

describe('periodic reports', () => {
  it('generates each period once through the durable schedule, and pushes to the subscribers', async () => {
    setCaseTime(t, '2026-12-01T09:00:00');
    // The schedule's job: due at once on a new database, run by the queue like any job.
    await t.ctx.jobs.tick();
    const rows = await t.ctx.db.selectFrom('periodic_reports').select(['kind', 'period_key', 'pdf_file_id']).orderBy('kind').execute();
    expect(rows.map((r) => `${r.kind} ${r.period_key}`).sort()).toEqual(
      ['day 2026-11-30', 'month 2026-11', 'quarter 2026-Q3', 'week 2026-W48', 'year 2025'].sort(),
    );
    expect(rows.every((r) => r.pdf_file_id)).toBe(true);
    expect(await t.ctx.db.selectFrom('job_schedules').select('name').where('queue', '=', PERIODIC_QUEUE).execute()).toHaveLength(1);

    // Again (a second firing, another node, a restart): nothing new, no second message.
    expect(await runPeriodic(t.ctx, REPORT_SOURCES, new Date('2026-12-01T15:00:00+08:00'))).toBe(0);
    expect(await t.ctx.db.selectFrom('periodic_reports').select('id').execute()).toHaveLength(5);

    // npc: month, quarter, year; the supervisor: week and month.
    const n = await notices(npc.me.id as string);
    expect(n).toHaveLength(3);
    expect(n.every((x) => x.subject_type === 'periodic_report')).toBe(true);
    expect(n.map((x) => x.title_zh)).toContain('定期通报：政务服务效能月报 2026-11（按部门）');
    expect(await notices(supervisor.me.id as string)).toHaveLength(2);
    expect(await notices(citizen.me.id as string)).toHaveLength(0);

    // The next day makes only the next daily report.
    expect(await runPeriodic(t.ctx, REPORT_SOURCES, new Date('2026-12-02T00:05:00+08:00'))).toBe(1);
  });

  it('lists to each oversight account only what was pushed to it; supervisors see the whole history', async () => {
    const mine = await inbox(npc);
    expect(mine.total).toBe(3);
    expect(mine.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['month', 'quarter', 'year']);
    expect((await inbox(discipline)).total).toBe(3);
    expect((await inbox(supervisor)).total).toBe(6);

    const month = mine.items.find((i: { kind: string }) => i.kind === 'month');
    expect(month).toMatchObject({
      periodKey: '2026-11',
      fromDate: '2026-11-01',
      toDate: '2026-11-30',
      hasPdf: true,
      titleEn: expect.stringContaining('monthly'),
    });
    const detail = (await t.call('GET', `/api/v1/reports/periodic/${month.id}`, { session: npc })).json();
    expect(detail.report).toMatchObject({ period: 'month', periodKey: '2026-11', by: 'department', regionCode: null });

    const xlsx = await t.app.inject({ method: 'GET', url: `/api/v1/reports/periodic/${month.id}/xlsx`, headers: { cookie: npc.cookie } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(wb.worksheets[0].rowCount).getCell(1).value).toBe('合计');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/reports/periodic/${month.id}/pdf`, headers: { cookie: npc.cookie } });
    expect(pdf.statusCode).toBe(200);
    expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBeGreaterThan(0);
  });

  it('refuses reports that were not pushed to the caller, and callers without report rights', async () => {
    const week = (await inbox(supervisor)).items.find((i: { kind: string }) => i.kind === 'week');
    for (const path of ['', '/xlsx', '/pdf']) {
      const res = await t.call('GET', `/api/v1/reports/periodic/${week.id}${path}`, { session: npc });
      expect(res.statusCode, path).toBe(404);
      expect(res.json().code).toBe('REPORT_NOT_FOUND');
      expect((await t.call('GET', `/api/v1/reports/periodic/${week.id}${path}`, { session: citizen })).statusCode).toBe(403);
      expect((await t.call('GET', `/api/v1/reports/periodic/${week.id}${path}`)).statusCode).toBe(401);
    }
    expect((await t.call('GET', '/api/v1/reports/periodic/00000000-0000-4000-8000-000000000000', { session: supervisor })).statusCode).toBe(404);
    // The stored reports are city-wide: a district supervisor reads only what was pushed to it.
    const district = await createStaff(t, 'sv-district', ['supervisor'], 'discipline-inspection', '150204');
    expect((await inbox(district)).total).toBe(0);
    expect((await t.call('GET', `/api/v1/reports/periodic/${week.id}`, { session: district })).statusCode).toBe(404);
  });
});
