import { z } from 'zod';
import type { AppContext } from '../../context';
import { enforceLimits } from '../../platform/http/rate-limit';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import QRCode from 'qrcode';
import {
  licenceListQuery,
  licenceListSchema,
  licenceSchema,
  revokeLicenceBody,
  departmentLicenceListSchema,
  departmentLicenceQuery,
  licenceReasonBody,
  verifyBody,
  verifyResultSchema,
} from '../../../shared/licences/licences.schemas';
import { createSealBody, revokeSealBody, sealListSchema, sealSchema } from '../../../shared/licences/seals.schemas';
import { licencePdf } from './licences.pdf';
import { contentDisposition } from '../../platform/http/content-disposition';
import { renewLicence, resumeLicence, revokeLicence, suspendLicence } from './licences.lifecycle';
import { getLicence, listDepartmentLicences, listMyLicences } from './licences.read';
import { verifyLicence } from './licences.verify';
import { sealSvg } from './licences.seal-image';
import { createSeal, findSealRow, getSeal, listSeals, revokeSeal } from './licences.seals';

const sealParams = z.object({ sealId: z.string().max(20) });
const idParams = z.object({ id: z.uuid() });

/**
 * The e-seals API (docs/domain.md S17): every seal's public key is published without sign-in, so
 * anyone can verify an e-licence offline; administrators make and revoke seals.
 */
export function licencesRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/seals', {
    schema: {
      tags: ['licences'],
      summary: 'Every e-seal with its SM2 public key, validity and status (no sign-in): what a verifier needs',
      querystring: z.strictObject({ department: z.string().max(60).optional() }),
      response: { 200: sealListSchema },
    },
    handler: async (req) => listSeals(ctx, req.query.department),
  });

  app.get('/api/v1/seals/:sealId', {
    schema: { tags: ['licences'], summary: 'One e-seal and its public key (no sign-in)', params: sealParams, response: { 200: sealSchema } },
    handler: async (req) => getSeal(ctx, req.params.sealId),
  });

  app.get('/api/v1/seals/:sealId/image.svg', {
    schema: { tags: ['licences'], summary: 'The seal’s image (SVG), drawn from its record; a revoked seal is struck through', params: sealParams },
    handler: async (req, reply) => {
      const seal = await findSealRow(ctx, req.params.sealId);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(sealSvg({ departmentName: seal.name_zh, name: seal.name, sealId: seal.id, revoked: seal.status === 'revoked' }));
    },
  });

  app.post('/api/v1/seals', {
    schema: {
      tags: ['licences'],
      summary: 'Makes an e-seal for a department (administrators): a new SM2 key pair, the private key sealed at rest',
      body: createSealBody,
      response: { 201: sealSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await createSeal(ctx, requireActor(req), req.body)),
  });

  app.post('/api/v1/seals/:sealId/revoke', {
    schema: {
      tags: ['licences'],
      summary: 'Revokes an e-seal (administrators), with the reason: licences it signed then verify as signed by a revoked seal',
      params: sealParams,
      body: revokeSealBody,
      response: { 200: sealSchema },
    },
    handler: async (req) => revokeSeal(ctx, requireActor(req), req.params.sealId, req.body.reason),
  });

  // 我的证照 under the holder's own space (/api/v1/me/…) and beside the licences, one handler.
  for (const path of ['/api/v1/me/licenses', '/api/v1/licenses/mine']) {
    app.get(path, {
      schema: {
        tags: ['licences'],
        summary: '我的证照: the signed-in holder’s e-licences, newest first',
        querystring: licenceListQuery,
        response: { 200: licenceListSchema },
      },
      handler: async (req) => listMyLicences(ctx, requireActor(req), req.query),
    });
  }

  app.get('/api/v1/licenses', {
    schema: {
      tags: ['licences'],
      summary:
        '证照管理: the e-licences the caller’s department issued (approvers, reviewers; administrators and supervisors every department’s), newest first, by status and by part of the holder’s name, number or identifier',
      querystring: departmentLicenceQuery,
      response: { 200: departmentLicenceListSchema },
    },
    handler: async (req) => listDepartmentLicences(ctx, requireActor(req), req.query),
  });

  app.get('/api/v1/licenses/:id', {
    schema: {
      tags: ['licences'],
      summary:
        'One e-licence with its data, the exact signed text (`canonical`), the SM2-SM3 signature and the QR payload: for its holder, the issuing department, supervisors and admins',
      params: idParams,
      response: { 200: licenceSchema },
    },
    handler: async (req) => getLicence(ctx, requireActor(req), req.params.id),
  });

  app.get('/api/v1/licenses/:id/qr.svg', {
    schema: {
      tags: ['licences'],
      summary: 'The licence’s QR code (SVG): the signed text, the seal id and the signature, for offline checks',
      params: idParams,
    },
    handler: async (req, reply) => {
      const licence = await getLicence(ctx, requireActor(req), req.params.id);
      return reply.type('image/svg+xml; charset=utf-8').send(await QRCode.toString(licence.qr, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
    },
  });

  app.post('/api/v1/licenses/:id/revoke', {
    schema: {
      tags: ['licences'],
      summary: 'Revokes an e-licence with the reason (its issuing department’s approvers, administrators); verification then answers licence_revoked',
      params: idParams,
      body: revokeLicenceBody,
      response: { 200: licenceSchema },
    },
    handler: async (req) => revokeLicence(ctx, requireActor(req), req.params.id, req.body.reason),
  });

  for (const [action, run, summary] of [
    ['suspend', suspendLicence, 'Suspends (暂扣) a valid e-licence with the reason; verification then answers licence_suspended until it is resumed'],
    ['resume', resumeLicence, 'Resumes a suspended e-licence, with the reason'],
  ] as const) {
    app.post(`/api/v1/licenses/:id/${action}`, {
      schema: {
        tags: ['licences'],
        summary: `${summary} (its issuing department’s approvers, administrators)`,
        params: idParams,
        body: licenceReasonBody,
        response: { 200: licenceSchema },
      },
      handler: async (req) => run(ctx, requireActor(req), req.params.id, req.body.reason),
    });
  }

  app.post('/api/v1/licenses/:id/renew', {
    schema: {
      tags: ['licences'],
      summary:
        'Renews (延续) a valid e-licence as its next version, signed today by the department’s seal; the old version is superseded and verifies as such. Answers the new version',
      params: idParams,
      response: { 200: licenceSchema },
    },
    handler: async (req) => renewLicence(ctx, requireActor(req), req.params.id),
  });

  app.get('/api/v1/licenses/:id/pdf', {
    schema: {
      tags: ['licences'],
      summary:
        'The licence as a printable PDF: its fields (ID masked), the seal drawn, the verification QR code and the identifier; for whoever may read the licence',
      params: idParams,
    },
    handler: async (req, reply) => {
      const licence = await getLicence(ctx, requireActor(req), req.params.id);
      const seal = await findSealRow(ctx, licence.signature.sealId);
      const pdf = await licencePdf(licence, { department: seal.name_zh, name: seal.name }, req.lang);
      const name = `${licence.type.name}-${licence.number}.pdf`;
      // A file is sent as bytes: Fastify serialises only objects.
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(name))
        .send(pdf as never);
    },
  });

  app.post('/api/v1/licenses/verify', {
    schema: {
      tags: ['licences'],
      summary:
        'Verifies an e-licence from its QR payload or its JSON (no sign-in): valid, or why not — tampered, unknown seal, seal revoked, licence revoked, expired, bad identifier',
      body: verifyBody,
      response: { 200: verifyResultSchema },
    },
    handler: async (req) => {
      // Open to anyone, so limited per address (TONGBAN_VERIFY_LIMIT in ten minutes: a busy counter, not a scraper).
      await enforceLimits(ctx.db, [{ key: `licences.verify:${req.ip}`, limit: { max: ctx.config.verifyLimit, windowSeconds: 600 } }], ctx.clock.now());
      return verifyLicence(ctx, req.body.payload);
    },
  });
}
