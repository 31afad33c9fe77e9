import {
  auditEventPageSchema,
  auditEventsQuery,
  checkpointCheckSchema,
  checkpointFileSchema,
  verifyBody,
  verifyResponse,
} from '../../../shared/audit/audit.schemas';
import type { AppContext } from '../../context';
import { allow, authorize, definePolicy, regionFilter } from '../auth/policy';
import { AppError, ERR, defineErrors } from '../errors';
import { requireActor } from '../http/session-hooks';
import type { App } from '../http/types';
import { createCheckpoint, findLatestCheckpoint, loadCheckpointKey, verifyCheckpoint } from './checkpoint';
import { findEvents } from './events.repository';
import { verifyChains } from './verify';

export const AUDIT_ERR = defineErrors({
  CHECKPOINT_NONE: { kind: 'not_found', zh: '尚无审计检查点', en: 'No audit checkpoint has been made yet' },
  CHECKPOINT_CITY_ONLY: { kind: 'forbidden', zh: '审计检查点仅限市级管理员', en: 'Audit checkpoints are for city-level administrators only' },
});

/**
 * Audit events are scoped like the records they describe: city-level (150200) administrators and
 * supervisors see every region; district ones only events of their region, and verify only the
 * chains that lie wholly in it (the shared `audit` chain mixes regions, so it is the city's).
 */
export const auditPolicy = definePolicy({
  'audit.read': [allow(['admin', 'supervisor'], 'region')],
  'audit.verify': [allow(['admin', 'supervisor'], 'region')],
  'audit.checkpoint': [allow(['admin', 'supervisor'])],
});

/** The audit log for administrators and supervisors, and the chain verification any auditor can run. */
export function auditRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/audit/events', {
    config: { heavy: true },
    schema: {
      tags: ['audit'],
      summary: 'Audit and case events, newest first',
      querystring: auditEventsQuery,
      response: { 200: auditEventPageSchema },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      authorize(actor, auditPolicy, 'audit.read');
      return findEvents(ctx.db, { ...req.query, regionCode: regionFilter(actor) });
    },
  });

  app.post('/api/v1/audit/verify', {
    config: { heavy: true },
    schema: {
      tags: ['audit'],
      summary: 'Recompute hash chains and report any altered, unlinked or missing row',
      body: verifyBody,
      response: { 200: verifyResponse },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      authorize(actor, auditPolicy, 'audit.verify');
      const report = await verifyChains(ctx.db, { region: regionFilter(actor), chain: req.body.chain });
      if (!report) throw new AppError(ERR.NOT_FOUND);
      return report;
    },
  });

  const cityStaff = (req: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(req);
    authorize(actor, auditPolicy, 'audit.checkpoint');
    if (regionFilter(actor)) throw new AppError(AUDIT_ERR.CHECKPOINT_CITY_ONLY);
    return actor;
  };

  app.post('/api/v1/audit/checkpoints', {
    schema: {
      tags: ['audit'],
      summary: 'Sign the current chain heads into a checkpoint now (also done hourly) and return it as a file to keep outside the database',
      response: { 201: checkpointFileSchema },
    },
    handler: async (req, reply) => {
      cityStaff(req);
      const file = await createCheckpoint(ctx.db, loadCheckpointKey(ctx.config));
      return reply.status(201).send(file);
    },
  });

  app.get('/api/v1/audit/checkpoints/latest', {
    schema: {
      tags: ['audit'],
      summary: 'Export the latest signed checkpoint (JSON file: every chain head, SM3 digest, SM2 signature, public key)',
      response: { 200: checkpointFileSchema },
    },
    handler: async (req, reply) => {
      cityStaff(req);
      const file = await findLatestCheckpoint(ctx.db);
      if (!file) throw new AppError(AUDIT_ERR.CHECKPOINT_NONE);
      void reply.header('Content-Disposition', `attachment; filename="tongban-audit-checkpoint-${file.id}.json"`);
      return file;
    },
  });

  app.post('/api/v1/audit/checkpoints/verify', {
    bodyLimit: 64 * 1024 * 1024,
    schema: {
      tags: ['audit'],
      summary: 'Check an exported checkpoint file: valid signature by this platform, and every head it signed still present at that seq with that hash',
      body: checkpointFileSchema,
      response: { 200: checkpointCheckSchema },
    },
    handler: async (req) => {
      cityStaff(req);
      return verifyCheckpoint(ctx.db, req.body, loadCheckpointKey(ctx.config));
    },
  });
}
