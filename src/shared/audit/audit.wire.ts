import type { WireOf } from '../wire';
import type { auditEventPageSchema, auditEventSchema, checkpointCheckSchema, checkpointFileSchema, verifyResponse } from './audit.schemas';

/** The audit API's answers as the browser receives them (see wire.ts). */

export type AuditEvent = WireOf<typeof auditEventSchema>;
export type AuditEventPage = WireOf<typeof auditEventPageSchema>;
export type VerifyResult = WireOf<typeof verifyResponse>;
export type CheckpointFile = WireOf<typeof checkpointFileSchema>;
export type CheckpointCheck = WireOf<typeof checkpointCheckSchema>;
