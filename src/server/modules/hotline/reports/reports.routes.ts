import type { AppContext } from '../../../context';
import { requireActor } from '../../../platform/http/session-hooks';
import type { App } from '../../../platform/http/types';
import { reportQuery, reportSchema } from './reports.schemas';
import { buildReport } from './reports.service';
import { reportWorkbook } from './reports.xlsx';

/** 定期通报: the period report as JSON and as an xlsx workbook. */
export function reportsRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/hotline/reports', {
    config: { heavy: true },
    schema: {
      tags: ['hotline'],
      summary:
        'Daily, weekly or monthly hotline report: volume by channel and category, connection and first-contact rates, on-time signing and completion, satisfaction and resolution, repeat calls, per department (ranked) and region, hot spots',
      querystring: reportQuery,
      response: { 200: reportSchema },
    },
    handler: async (req) => buildReport(ctx, requireActor(req), req.query.period, req.query.date, ctx.clock.now()),
  });

  app.get('/api/v1/hotline/reports/export.xlsx', {
    config: { heavy: true },
    schema: { tags: ['hotline'], summary: 'The same report as an xlsx workbook (one sheet per table)', querystring: reportQuery },
    handler: async (req, reply) => {
      const report = await buildReport(ctx, requireActor(req), req.query.period, req.query.date, ctx.clock.now());
      const body = await reportWorkbook(report, req.lang);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="hotline-${report.period}-${report.fromDate}.xlsx"`)
        .send(body);
    },
  });
}
