import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/audit';
import { authorize } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import { AppError } from '../../../platform/errors';
import { HOTLINE_ERR } from '../hotline.errors';
import { hotlinePolicy } from '../hotline.policy';
import * as repo from './keys.repository';
import type { Executor } from '../tickets/tickets.repository';

/**
 * API keys for machine clients: Open311 apps (`open311`) and the SMS platform (`sms`). A key is
 * shown once when issued; only its SHA-256 is stored, so a database dump reveals no usable key.
 */

export type KeyScope = 'open311' | 'sms';

/** The key of the demo data, printed in the README so a newcomer can try Open311 at once. */
export const DEMO_OPEN311_KEY = 'tongban-demo-open311';

/** The stored form of a key: its SHA-256 in hex. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface ApiKeyView {
  id: string;
  name: string;
  accountId: string;
  keyPrefix: string;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

function toView(r: repo.KeyRow): ApiKeyView {
  return {
    id: r.id,
    name: r.name,
    accountId: r.account_id,
    keyPrefix: r.key_prefix,
    scopes: r.scopes,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

/** Stores a key with a known value (demo seed); nothing happens when it exists. */
export async function ensureKey(db: Executor, k: { key: string; name: string; accountId: string; scopes: KeyScope[] }): Promise<void> {
  await repo.insertKeyIfMissing(db, { name: k.name, account_id: k.accountId, key_hash: hashKey(k.key), key_prefix: k.key.slice(0, 8), scopes: k.scopes });
}

/** Every key without its secret (admin). */
export async function listKeys(db: Kysely<DB>, actor: Actor): Promise<ApiKeyView[]> {
  authorize(actor, hotlinePolicy, 'apikey.manage');
  return (await repo.findKeys(db)).map(toView);
}

/** Issues a new key; the plain key is in the result and nowhere else. */
export async function issueKey(
  db: Kysely<DB>,
  actor: Actor,
  input: { name: string; accountId?: string; scopes: KeyScope[] },
): Promise<ApiKeyView & { key: string }> {
  authorize(actor, hotlinePolicy, 'apikey.manage');
  const key = `tb_${randomBytes(24).toString('base64url')}`;
  const row = await repo.insertKey(db, {
    name: input.name,
    account_id: input.accountId ?? input.name,
    key_hash: hashKey(key),
    key_prefix: key.slice(0, 8),
    scopes: input.scopes,
    created_by: actor.id,
  });
  await recordAudit(db, {
    action: 'hotline.api_key_issued',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'hotline_api_key',
    subjectId: row.id,
    data: { name: input.name, scopes: input.scopes },
  });
  return { ...toView(row), key };
}

/** Revokes a key at once (admin); revoking twice is harmless. */
export async function revokeKey(db: Kysely<DB>, actor: Actor, id: string): Promise<ApiKeyView> {
  authorize(actor, hotlinePolicy, 'apikey.manage');
  const row = await repo.revokeKeyRow(db, id, actor.id);
  const current = row ?? (await repo.getKey(db, id));
  if (!current) throw new AppError(HOTLINE_ERR.API_KEY_NOT_FOUND);
  if (row)
    await recordAudit(db, {
      action: 'hotline.api_key_revoked',
      actorId: actor.id,
      actorName: actor.displayName,
      regionCode: actor.regionCode,
      subjectType: 'hotline_api_key',
      subjectId: id,
      data: {},
    });
  return toView(current);
}

/**
 * The key's row when it is valid for the scope: API_KEY_MISSING without one, API_KEY_INVALID when
 * unknown, revoked or not for this scope. Records when it was last used.
 */
export async function checkKey(db: Kysely<DB>, key: string | undefined, scope: KeyScope): Promise<ApiKeyView> {
  if (!key) throw new AppError(HOTLINE_ERR.API_KEY_MISSING);
  const row = await repo.getKeyByHash(db, hashKey(key));
  if (!row || row.revoked_at || !row.scopes.includes(scope)) throw new AppError(HOTLINE_ERR.API_KEY_INVALID);
  await repo.touchKey(db, row.id);
  return toView(row);
}
