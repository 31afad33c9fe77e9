import { z } from 'zod';
import type { AppContext } from '../../context';
import { registerFileAccessRule } from '../../platform/files/files.access';
import { contentDisposition } from '../../platform/http/content-disposition';
import { caseNoticeFor } from './cases.notice-pdf';
import { withIdempotency } from '../../platform/http/idempotency';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { lightStatsQuery, lightStatsSchema } from '../../../shared/cases/board.schemas';
import { getLightStats } from './cases.board';
import { listInstantDecisions } from './cases.instant';
import { getMaterialsSaved } from './cases.saved';
import { ACTION_LABELS } from './cases.labels';
import { getMaterialOffers, getPrefill } from './cases.offers';
import { getCaseDetail, getDepartmentLoad, getProgress, listCases, mayReadCaseFile } from './cases.read';
import {
  ACTION_BODIES,
  type ActionBody,
  caseDetailSchema,
  caseListSchema,
  caseRefSchema,
  createCaseBody,
  departmentLoadSchema,
  editDraftBody,
  instantDecisionListSchema,
  instantDecisionsQuery,
  listQuery,
  materialsSavedQuery,
  materialsSavedSchema,
  materialOffersQuery,
  materialOffersSchema,
  prefillSchema,
  progressQuery,
  progressSchema,
} from './cases.schemas';
import { revealIdentity } from './cases.privacy';
import { performAction } from './cases.service';
import { CASE_ACTIONS, rolesFor } from './cases.state';
import { afterSubmit } from './cases.after-submit';
import { picksOf } from './cases.sources';
import { createCase, editDraft } from './cases.submit';

const idParams = z.object({ id: z.uuid() });

/** The cases API (issue 4): applying, the lifecycle actions, work queues, the public progress query. */
export function casesRoutes(app: App, ctx: AppContext): void {
  registerFileAccessRule('cases', (c, actor, fileId) => mayReadCaseFile(c, actor, fileId));

  app.post('/api/v1/cases', {
    schema: {
      tags: ['cases'],
      summary: 'Apply: a new case (or a draft) by the signed-in citizen/enterprise, or by a window clerk for a walk-in applicant. Honours Idempotency-Key.',
      headers: z.object({ 'idempotency-key': z.string().max(200).optional() }).loose(),
      body: createCaseBody,
      response: { 201: caseRefSchema },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const now = ctx.clock.now();
      const ref = await withIdempotency(ctx, req, reply, `cases.create:${actor.id}`, async (trx) => ({
        status: 201,
        body: await createCase(ctx, trx, actor, req.body, now),
      }));
      return afterSubmit(ctx, ref, picksOf(req.body.licences), now);
    },
  });

  app.get('/api/v1/cases/material-offers', {
    schema: {
      tags: ['cases'],
      summary:
        '免提交 before applying: the item’s 电子证照 / 共享获取 materials the applicant will not bring (an e-licence they hold, or data the department may fetch through a grant), and the licences to pick; reads nobody’s data',
      querystring: materialOffersQuery,
      response: { 200: materialOffersSchema },
    },
    handler: async (req) => getMaterialOffers(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/cases/stats/materials-saved', {
    config: { heavy: true },
    schema: {
      tags: ['cases'],
      summary:
        '减材料: per department or item, the required materials applicants did not bring (real-name account, e-licence, exchange) of those the items list, per case and as a share, and the cases 秒批 decided, over the cases submitted from `from` to `to`',
      querystring: materialsSavedQuery,
      response: { 200: materialsSavedSchema },
    },
    handler: async (req) => getMaterialsSaved(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/cases/instant-decisions', {
    schema: {
      tags: ['cases'],
      summary:
        '秒批 decisions in the caller’s region, newest first, each with its evidence per rule (which fact, read through which query and grant, met or not)',
      querystring: instantDecisionsQuery,
      response: { 200: instantDecisionListSchema },
    },
    handler: async (req) => listInstantDecisions(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/cases/prefill', {
    schema: {
      tags: ['cases'],
      summary:
        '智能填单: the item’s application form filled from the applicant’s account, their e-licences and the data the item’s department may read through the exchange (each read logged), with the source of each value',
      querystring: materialOffersQuery,
      response: { 200: prefillSchema },
    },
    handler: async (req) => getPrefill(ctx, requireActor(req), req.query, ctx.clock.now()),
  });

  app.patch('/api/v1/cases/:id', {
    schema: { tags: ['cases'], summary: 'Save changes to a draft', params: idParams, body: editDraftBody, response: { 200: caseRefSchema } },
    handler: async (req) => editDraft(ctx, requireActor(req), req.params.id, req.body, ctx.clock.now()),
  });

  app.get('/api/v1/cases', {
    config: { heavy: true },
    schema: {
      tags: ['cases'],
      summary: 'Cases the caller may see (their work queue), most urgent first: by light, then promised date',
      querystring: listQuery,
      response: { 200: caseListSchema },
    },
    handler: async (req) => listCases(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/cases/stats/department-load', {
    config: { heavy: true },
    schema: { tags: ['cases'], summary: 'Open back-office work per department, for routing', response: { 200: departmentLoadSchema } },
    handler: async (req) => getDepartmentLoad(ctx, requireActor(req)),
  });

  app.get('/api/v1/cases/stats/lights', {
    config: { heavy: true },
    schema: {
      tags: ['cases'],
      summary:
        '电子监察 live board: open cases whose limits run, counted green / yellow / red / overdue (and paused) per department, region, item or accepting window clerk, within the caller’s region',
      querystring: lightStatsQuery,
      response: { 200: lightStatsSchema },
    },
    handler: async (req) => getLightStats(ctx, requireActor(req), req.query.by, ctx.clock.now()),
  });

  app.get('/api/v1/cases/:id', {
    schema: {
      tags: ['cases'],
      summary: 'One case: status, version, applicant, form, materials, the four lines, events, the caller’s available actions',
      params: idParams,
      response: { 200: caseDetailSchema },
    },
    handler: async (req) => getCaseDetail(ctx, requireActor(req), req.params.id, ctx.clock.now(), req.lang),
  });

  app.get('/api/v1/cases/:id/notice.pdf', {
    schema: {
      tags: ['cases'],
      summary: 'The notice of the case’s stage as a printable PDF (申请回执, 补正材料通知书, 受理通知书, 不予受理通知书), for whoever may see the case',
      params: idParams,
    },
    handler: async (req, reply) => {
      const notice = await caseNoticeFor(ctx, requireActor(req), req.params.id, ctx.clock.now(), req.lang);
      // A file is sent as bytes: Fastify serialises only objects.
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(notice.fileName))
        .send(Buffer.from(notice.pdf) as never);
    },
  });

  app.post('/api/v1/cases/:id/identity/reveal', {
    schema: {
      tags: ['cases'],
      summary:
        'The applicant’s resident ID and mobile (and the form’s fields of those kinds) in full, for someone who must compare them; case pages show them masked. Each reveal is audited with its reason.',
      params: idParams,
      body: z.strictObject({ reason: z.string().trim().min(1).max(200).meta({ description: 'Why: 核对身份证件 …' }) }),
      response: { 200: z.object({ idNumber: z.string(), mobile: z.string().nullable(), form: z.record(z.string(), z.string()) }) },
    },
    handler: async (req) => revealIdentity(ctx, requireActor(req), req.params.id, req.body.reason),
  });

  for (const action of CASE_ACTIONS) {
    app.post(`/api/v1/cases/:id/actions/${action}`, {
      schema: {
        tags: ['cases'],
        summary: `${ACTION_LABELS[action].zh} / ${ACTION_LABELS[action].en} (by ${rolesFor(action).join(', ')}); stale version → 409`,
        params: idParams,
        body: ACTION_BODIES[action],
        response: { 200: caseRefSchema },
      },
      handler: async (req) => {
        const now = ctx.clock.now();
        const ref = await performAction(ctx, requireActor(req), req.params.id, action, req.body as never, now);
        return action === 'submit' ? afterSubmit(ctx, ref, picksOf((req.body as ActionBody<'submit'>).licences), now) : ref;
      },
    });
  }

  app.get('/api/v1/progress', {
    schema: {
      tags: ['cases'],
      summary: '进度查询: status and dates of a case by its number and the last four characters of the applicant’s ID (no sign-in; rate-limited)',
      querystring: progressQuery,
      response: { 200: progressSchema },
    },
    handler: async (req) => getProgress(ctx, req.ip ?? 'unknown', req.query.caseNo, req.query.idTail),
  });
}
