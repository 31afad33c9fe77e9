import { z } from 'zod';
import type { AppContext } from '../../context';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { openBlob } from '../../platform/files/files.store';
import {
  periodicDetailSchema,
  periodicListQuery,
  periodicListSchema,
  putWeightsBody,
  reportQuery,
  reportSchema,
  scoresQuery,
  scoresSchema,
  trendQuery,
  trendSchema,
  weightsSchema,
} from '../../../shared/reports/reports.schemas';
import { AppError } from '../../platform/errors';
import { REPORT_ERR } from './reports.errors';
import { reportTitle } from './reports.labels';
import { reportPdf } from './reports.pdf';
import { getPeriodic, listPeriodic } from './reports.periodic';
import { authorizeReport } from './reports.policy';
import { computeScores, getWeights, setWeights } from './reports.scores';
import * as repo from './reports.repository';
import { buildReport, buildTrend, parseReportRequest } from './reports.service';
import type { ReportSource } from './reports.source';
import { contentDisposition } from '../../platform/http/content-disposition';
import { reportWorkbook } from './reports.xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The reports API (docs/domain.md S10): the indicators of any period and cut as JSON, xlsx or PDF,
 * and the periodic reports pushed to their subscribers. `sources` is the list the composition
 * root plugs in (docs/decisions.md D15).
 */
export function createReportsRoutes(sources: readonly ReportSource[]) {
  return function reportsRoutes(app: App, ctx: AppContext): void {
    app.get('/api/v1/reports', {
      config: { heavy: true },
      // 401/403 before a bad period is reported.
      preValidation: async (req) => void authorizeReport(requireActor(req)),
      schema: {
        tags: ['reports'],
        summary:
          'Indicators of a period (day 2026-11-30, week 2026-W48, month 2026-11, quarter 2026-Q4, year 2026; Asia/Shanghai) by department, region, item, window or person, with totals; format=xlsx or pdf for files. No data → null, never a perfect score. Supervisors: their region; oversight bodies: the city',
        querystring: reportQuery,
        response: { 200: reportSchema },
      },
      handler: async (req, reply) => {
        const regionCode = authorizeReport(requireActor(req));
        const { period, by } = parseReportRequest(req.query.period, req.query.date, req.query.by);
        const report = await buildReport(ctx, sources, { period, by, regionCode }, ctx.clock.now());
        if (req.query.format === 'json') return report;
        const base = `${reportTitle(report, req.lang)}${regionCode ? `-${regionCode}` : ''}`;
        // A file is sent as bytes: Fastify serialises only objects, so the JSON schema does not apply to it.
        const file = req.query.format === 'xlsx' ? await reportWorkbook(report, req.lang) : await reportPdf(report, req.lang);
        const type = req.query.format === 'xlsx' ? XLSX : 'application/pdf';
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(`${base}.${req.query.format}`, 'attachment'))
          .send(file as never);
      },
    });

    app.get('/api/v1/reports/trend', {
      config: { heavy: true },
      preValidation: async (req) => void authorizeReport(requireActor(req)),
      schema: {
        tags: ['reports'],
        summary: 'The totals of the `points` (2–24, default 12) periods of a kind ending with `date`, oldest first: the trend chart. Supervisors: their region',
        querystring: trendQuery,
        response: { 200: trendSchema },
      },
      handler: async (req) => {
        const regionCode = authorizeReport(requireActor(req));
        const { period } = parseReportRequest(req.query.period, req.query.date, 'region');
        return buildTrend(ctx, sources, { period, points: req.query.points, regionCode }, ctx.clock.now());
      },
    });

    app.get('/api/v1/reports/periodic', {
      schema: {
        tags: ['reports'],
        summary: '定期通报 history, newest first: the reports pushed to the caller (supervisors and admins: all)',
        querystring: periodicListQuery,
        response: { 200: periodicListSchema },
      },
      handler: async (req) => {
        const actor = requireActor(req);
        authorizeReport(actor);
        return listPeriodic(ctx, actor, req.query.page, req.query.pageSize);
      },
    });

    app.get('/api/v1/scores', {
      config: { heavy: true },
      preValidation: async (req) => void authorizeReport(requireActor(req)),
      schema: {
        tags: ['reports'],
        summary:
          '考评: departments or regions of a period scored 0–100 by the weighted report shares (weights renormalised over the shares with data), with the breakdown and a ranking; no completed case → no score, no rank',
        querystring: scoresQuery,
        response: { 200: scoresSchema },
      },
      handler: async (req) => {
        const regionCode = authorizeReport(requireActor(req));
        return computeScores(ctx, sources, { ...req.query, regionCode }, ctx.clock.now());
      },
    });

    app.get('/api/v1/scores/weights', {
      schema: { tags: ['reports'], summary: 'The 考评 weights of the rate indicators', response: { 200: weightsSchema } },
      handler: async (req) => getWeights(ctx, sources, requireActor(req)),
    });

    app.put('/api/v1/scores/weights', {
      schema: {
        tags: ['reports'],
        summary: 'Sets 考评 weights (admins); indicators not named keep theirs',
        body: putWeightsBody,
        response: { 200: weightsSchema },
      },
      handler: async (req) => setWeights(ctx, sources, requireActor(req), req.body.weights),
    });

    const idParams = z.object({ id: z.uuid() });

    app.get('/api/v1/reports/periodic/:id', {
      schema: { tags: ['reports'], summary: 'One periodic report with its stored figures', params: idParams, response: { 200: periodicDetailSchema } },
      handler: async (req) => {
        const actor = requireActor(req);
        authorizeReport(actor);
        const { item, report } = await getPeriodic(ctx, actor, req.params.id);
        return { ...item, report };
      },
    });

    app.get('/api/v1/reports/periodic/:id/xlsx', {
      schema: { tags: ['reports'], summary: 'The stored xlsx of a periodic report', params: idParams },
      handler: async (req, reply) => {
        const actor = requireActor(req);
        authorizeReport(actor);
        const { row, item } = await getPeriodic(ctx, actor, req.params.id);
        return reply
          .type(XLSX)
          .header('content-disposition', contentDisposition(`${item.titleZh}.xlsx`, 'attachment'))
          .send(Buffer.from(row.xlsx));
      },
    });

    app.get('/api/v1/reports/periodic/:id/pdf', {
      schema: { tags: ['reports'], summary: 'The stored PDF of a periodic report (through the file store)', params: idParams },
      handler: async (req, reply) => {
        const actor = requireActor(req);
        authorizeReport(actor);
        const { row, item, report } = await getPeriodic(ctx, actor, req.params.id);
        const file = row.pdf_file_id ? await repo.findFileBlob(ctx.db, row.pdf_file_id) : undefined;
        reply.type('application/pdf').header('content-disposition', contentDisposition(`${item.titleZh}.pdf`, 'attachment'));
        if (file) return reply.send(openBlob(ctx.config.dataDir, file.sha256));
        if (row.pdf_file_id) throw new AppError(REPORT_ERR.PDF_MISSING);
        // Made where no administrator account existed to own the file: drawn again from the snapshot.
        return reply.send(await reportPdf(report, 'zh-CN'));
      },
    });
  };
}
