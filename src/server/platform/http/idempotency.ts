import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { AppError, defineErrors, ERR } from '../errors';

export const IDEMPOTENCY_ERR = defineErrors({
  IDEMPOTENCY_KEY_INVALID: { kind: 'bad_input', zh: 'Idempotency-Key 须为 1–200 个可见字符', en: 'Idempotency-Key must be 1–200 visible characters' },
});

export interface IdempotentResult<T> {
  status: number;
  body: T;
}

/**
 * Runs a creating request at most once per `Idempotency-Key`. The key is reserved inside the same
 * transaction as the creation, so a crash leaves either both or neither; a retry with the same key
 * and the same request replays the stored response (header `Idempotent-Replayed: true`), a retry
 * with a different request is 409. Without the header the request simply runs. `run` must do its
 * writes on the transaction it is given.
 */
export async function withIdempotency<T>(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  scope: string,
  run: (trx: Transaction<DB>) => Promise<IdempotentResult<T>>,
): Promise<T> {
  const raw = req.headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined) {
    const r = await ctx.db.transaction().execute(run);
    void reply.status(r.status);
    return r.body;
  }
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) throw new AppError(IDEMPOTENCY_ERR.IDEMPOTENCY_KEY_INVALID);
  const requestHash = createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');

  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const reserved = await trx
      .insertInto('idempotency_keys')
      .values({ scope, key, request_hash: requestHash, status_code: 0, body: JSON.stringify(null) })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!reserved) {
      const prior = await trx.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirstOrThrow();
      if (prior.request_hash !== requestHash) throw new AppError(ERR.IDEMPOTENCY_KEY_REUSED);
      return { replayed: true, status: prior.status_code, body: prior.body as T };
    }
    const r = await run(trx);
    await trx
      .updateTable('idempotency_keys')
      .set({ status_code: r.status, body: JSON.stringify(r.body) })
      .where('scope', '=', scope)
      .where('key', '=', key)
      .execute();
    return { replayed: false, ...r };
  });
  if (outcome.replayed) void reply.header('Idempotent-Replayed', 'true');
  void reply.status(outcome.status);
  return outcome.body;
}
