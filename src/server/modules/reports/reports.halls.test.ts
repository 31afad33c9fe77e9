import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_HALL, createAppointmentsTestApp, shanghai } from '../../../../test/factories/appointments';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { REPORT_SOURCES } from '../../modules';
import { closeStaleTickets } from '../queue/queue.jobs';
import { runPeriodic } from './reports.jobs';

/**
 * The halls' figures in the reports (docs/decisions.md D15, D29): a day at the city centre —
 * tickets served, skipped and left unserved — shows as the halls' indicators of the report and as
 * a table per hall, in the JSON, the xlsx, the PDF and the stored periodic report.
 */

let t: TestApp & { setNow(d: Date): void };
let clerk: Session;
let supervisor: Session;

beforeAll(async () => {
  t = await createAppointmentsTestApp(shanghai('2026-03-16T09:00'), { TONGBAN_QUEUE_TAKE_LIMIT: '1000' });
  [clerk, supervisor] = await Promise.all(['clerk', 'supervisor'].map((u) => t.login(u)));
  const take = async () => expect((await t.call('POST', '/api/v1/queue/tickets', { body: { place: CITY_HALL, group: 'A' } })).statusCode).toBe(201);
  const act = async (action: string) =>
    expect((await t.call('POST', `/api/v1/queue/windows/${CITY_HALL}.A01/actions/${action}`, { session: clerk, body: {} })).statusCode).toBe(200);
  for (let i = 0; i < 4; i++) await take();
  // Waits of 10, 16, 16 and 30 minutes; two served in 6 and 14 minutes, one not here, the last still at the window.
  t.setNow(shanghai('2026-03-16T09:10'));
  await act('call_next');
  t.setNow(shanghai('2026-03-16T09:16'));
  await act('call_next');
  await act('skip');
  await act('call_next');
  t.setNow(shanghai('2026-03-16T09:30'));
  await act('call_next');
}, 120_000);
afterAll(() => t.close());

const report = (format: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/reports?period=day&date=2026-03-16&by=department&format=${format}`, headers: { cookie: supervisor.cookie } });

describe('the halls in the reports', () => {
  it('adds the halls’ indicators and a table per hall: taken, served, missed, median wait and service', async () => {
    const res = await report('json');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    // Four taken: two served, one skipped; the fourth is still being served.
    expect(r.total.values).toMatchObject({ hallTaken: 4, hallServed: 2, hallMissed: 1, hallServiceMedianMinutes: 10 });
    expect(r.indicators.filter((i: { source: string }) => i.source === 'halls').map((i: { key: string }) => i.key)).toEqual([
      'hallTaken',
      'hallServed',
      'hallMissed',
      'hallWaitMedianMinutes',
      'hallServiceMedianMinutes',
    ]);
    expect(r.sections).toEqual([
      expect.objectContaining({
        key: 'halls',
        zh: '各大厅取号与办理',
        keyZh: '大厅',
        rows: [
          {
            key: CITY_HALL,
            nameZh: '包头市政务服务中心',
            nameEn: 'Baotou Government Services Centre',
            values: { hallTaken: 4, hallServed: 2, hallMissed: 1, hallWaitMedianMinutes: 16, hallServiceMedianMinutes: 10 },
          },
        ],
      }),
    ]);
  });

  it('writes the hall table into the xlsx and the PDF', async () => {
    const xlsx = await report('xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('各大厅取号与办理')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '大厅',
      '大厅取号数',
      '大厅办理数',
      '大厅过号及未办理数',
      '大厅等候时间中位数（分钟）',
      '大厅办理时间中位数（分钟）',
    ]);
    expect(sheet.getRow(3).values).toEqual([undefined, '包头市政务服务中心', 4, 2, 1, 16, 10]);
    const pdf = await report('pdf');
    expect(pdf.statusCode).toBe(200);
    expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBeGreaterThan(1);
  });

  it('keeps the halls in the stored periodic report, the ticket the day left unserved counted as missed', async () => {
    // The nightly close has run by the time the day's report is made.
    expect(await closeStaleTickets(t.ctx, shanghai('2026-03-17T00:05'))).toBe(1);
    await runPeriodic(t.ctx, REPORT_SOURCES, shanghai('2026-03-17T00:30'));
    const stored = await t.ctx.db
      .selectFrom('periodic_reports')
      .select('snapshot')
      .where('kind', '=', 'day')
      .where('period_key', '=', '2026-03-16')
      .executeTakeFirstOrThrow();
    const snapshot = stored.snapshot as { sections: Array<{ rows: Array<{ values: Record<string, number> }> }> };
    expect(snapshot.sections[0].rows[0].values).toMatchObject({ hallTaken: 4, hallServed: 2, hallMissed: 2 });
  });
});
