import { z } from 'zod';
import type { AppContext } from '../../context';
import { requireActor } from '../../platform/http/session-hooks';
import type { App } from '../../platform/http/types';
import { createSealBody, revokeSealBody, sealListSchema, sealSchema } from '../../../shared/licences/seals.schemas';
import { sealSvg } from './licences.seal-image';
import { createSeal, findSealRow, getSeal, listSeals, revokeSeal } from './licences.seals';

const sealParams = z.object({ sealId: z.string().max(20) });

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
}
