import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { appendEvent, type NewEvent } from './events.repository';

/** The chain that holds sign-ins, permission denials and reads of personal records. */
export const AUDIT_CHAIN = 'audit';

/** Records one audit event in a transaction of its own (for actions that change nothing else). */
export async function recordAudit(db: Kysely<DB>, e: Omit<NewEvent, 'chain'>): Promise<void> {
  await db.transaction().execute((trx) => appendEvent(trx, { ...e, chain: AUDIT_CHAIN }));
}
