import type { AppContext } from '../../context';
import type { PeriodKind } from '../../db/tables/reports';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { saveGeneratedFile } from '../../platform/files/files.save';
import { queueInApp } from '../../platform/notifications/notify';
import { defineTemplates } from '../../platform/notifications/templates';
import { reportSchema, type Report } from '../../../shared/reports/reports.schemas';
import { REPORT_ERR } from './reports.errors';
import { reportTitle } from './reports.labels';
import { reportPdf } from './reports.pdf';
import { lastFinishedPeriod, parsePeriod } from './reports.period';
import { seesAllPeriodic } from './reports.policy';
import * as repo from './reports.repository';
import { buildReport } from './reports.service';
import type { ReportSource } from './reports.source';
import { reportWorkbook } from './reports.xlsx';

/**
 * 定期通报 (docs/domain.md S10): when a day, week, month, quarter or year has ended, its report is
 * made once — city-wide, by department — and stored with its xlsx and its PDF (the PDF through the
 * file store), then pushed as an in-app message to every account subscribed to that kind. The
 * unique (kind, period, cut) row makes it idempotent: a schedule that fires twice, a restart in
 * the middle, or two nodes make one report and one message per subscriber.
 */

export const REPORTS_MSG = defineTemplates({
  'reports.periodic_ready': {
    titleZh: '定期通报：{titleZh}',
    titleEn: 'Periodic report: {titleEn}',
    zh: '{titleZh}（{fromDate} 至 {toDate}）已生成，可在“定期通报”中查看并下载 Excel 和 PDF。',
    en: '{titleEn} ({fromDate} – {toDate}) is ready; open it under Periodic reports to read it and download the Excel and PDF files.',
  },
});

export const PERIODIC_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year'];
export const PERIODIC_CUT = 'department';

/** Makes and pushes the report of the last finished period of `kind` at `now`; the id, and whether it was new. */
export async function generatePeriodic(
  ctx: AppContext,
  sources: readonly ReportSource[],
  kind: PeriodKind,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const period = lastFinishedPeriod(kind, now);
  const existing = await repo.findPeriodicId(ctx.db, kind, period.key, PERIODIC_CUT);
  if (existing) return { id: existing, created: false };
  const report = await buildReport(ctx, sources, { period, by: PERIODIC_CUT, regionCode: null }, now);
  const [xlsx, pdf] = [await reportWorkbook(report, 'zh-CN'), await reportPdf(report, 'zh-CN')];
  const owner = await repo.findFileOwner(ctx.db);
  // A PDF no row refers to (another node won the race) is removed by the file cleanup.
  const file = owner ? await saveGeneratedFile(ctx, owner, `${reportTitle(report, 'zh-CN')}.pdf`, pdf) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertPeriodic(trx, {
      kind,
      periodKey: period.key,
      by: PERIODIC_CUT,
      from: period.from,
      to: period.to,
      snapshot: report,
      xlsx,
      pdfFileId: file?.id ?? null,
      generatedAt: now,
    });
    if (!id) return { id: (await repo.findPeriodicId(trx, kind, period.key, PERIODIC_CUT))!, created: false };
    const subscribers = await repo.findSubscriberIds(trx, kind);
    await repo.insertDeliveries(trx, id, subscribers, now);
    const params = { titleZh: reportTitle(report, 'zh-CN'), titleEn: reportTitle(report, 'en-US'), fromDate: report.fromDate, toDate: report.toDate };
    await queueInApp(
      trx,
      subscribers.map((userId) => ({
        userId,
        channels: ['inapp'],
        template: REPORTS_MSG['reports.periodic_ready'],
        params,
        subjectType: 'periodic_report',
        subjectId: id,
      })),
    );
    return { id, created: true };
  });
}

type PeriodicRow = NonNullable<Awaited<ReturnType<typeof repo.findPeriodic>>>;

function toItem(r: Pick<PeriodicRow, 'id' | 'kind' | 'period_key' | 'by' | 'generated_at' | 'pdf_file_id'>) {
  const p = parsePeriod(r.kind, r.period_key);
  const head = { period: r.kind, periodKey: r.period_key, by: r.by as Report['by'] };
  return {
    id: r.id,
    kind: r.kind,
    periodKey: r.period_key,
    by: head.by,
    fromDate: p.fromDate,
    toDate: p.toDate,
    generatedAt: new Date(r.generated_at),
    titleZh: reportTitle(head, 'zh-CN'),
    titleEn: reportTitle(head, 'en-US'),
    hasPdf: !!r.pdf_file_id,
  };
}

/** The history: supervisors and admins every report, everyone else with report rights those pushed to them. */
export async function listPeriodic(ctx: AppContext, actor: Actor, page: number, pageSize: number) {
  const { items, total } = await repo.findPeriodicPage(ctx.db, seesAllPeriodic(actor) ? null : actor.id, page, pageSize);
  return { items: items.map(toItem), total, page, pageSize };
}

/** One periodic report the actor may read (else 404, so others' reports stay unseen). */
export async function getPeriodic(ctx: AppContext, actor: Actor, id: string) {
  const r = await repo.findPeriodic(ctx.db, id);
  if (!r || (!seesAllPeriodic(actor) && !(await repo.wasDelivered(ctx.db, id, actor.id)))) throw new AppError(REPORT_ERR.REPORT_NOT_FOUND);
  const snapshot = r.snapshot as Record<string, unknown>;
  return { row: r, item: toItem(r), report: reportSchema.parse({ ...snapshot, generatedAt: new Date(String(snapshot.generatedAt)) }) };
}
