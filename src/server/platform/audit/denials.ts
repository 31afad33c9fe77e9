import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { AUDIT_CHAIN } from './audit';
import { appendEvent } from './events.repository';

/** Repeats of one denial within this window are counted, not written one row each. */
export const DENIAL_WINDOW_MS = 10 * 60_000;

export interface Denial {
  /** Who (actor id, or `ip:<address>`), what (error code) and where (method and path). */
  key: string;
  actorId: string | null;
  actorName: string | null;
  regionCode: string | null;
  data: Record<string, unknown>;
}

async function writeSummary(
  trx: Transaction<DB>,
  row: {
    repeats: number;
    window_start: Date;
    last_at: Date;
    actor_id: string | null;
    actor_name: string | null;
    region_code: string | null;
    data: Record<string, unknown>;
  },
): Promise<void> {
  if (row.repeats <= 0) return;
  await appendEvent(trx, {
    chain: AUDIT_CHAIN,
    action: 'access.denied_repeated',
    actorId: row.actor_id,
    actorName: row.actor_name,
    regionCode: row.region_code,
    data: { ...row.data, repeats: row.repeats, from: new Date(row.window_start).toISOString(), to: new Date(row.last_at).toISOString() },
  });
}

/**
 * Audits a permission denial without letting a client that repeats it flood the log: the first
 * denial of a key writes an `access.denied` event; repeats within DENIAL_WINDOW_MS only count;
 * when the window has closed, the next denial (or closeDenialWindows) writes one
 * `access.denied_repeated` event with the count, and a new window opens.
 */
export async function recordDenial(db: Kysely<DB>, d: Denial, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const opened = await trx
      .insertInto('audit_denials')
      .values({
        key: d.key,
        window_start: now,
        last_at: now,
        actor_id: d.actorId,
        actor_name: d.actorName,
        region_code: d.regionCode,
        data: JSON.stringify(d.data),
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!opened) {
      const row = await trx.selectFrom('audit_denials').selectAll().where('key', '=', d.key).forUpdate().executeTakeFirstOrThrow();
      if (now.getTime() - new Date(row.window_start).getTime() < DENIAL_WINDOW_MS) {
        await trx
          .updateTable('audit_denials')
          .set({ repeats: row.repeats + 1, last_at: now })
          .where('key', '=', d.key)
          .execute();
        return;
      }
      await writeSummary(trx, row);
      await trx
        .updateTable('audit_denials')
        .set({ window_start: now, last_at: now, repeats: 0, data: JSON.stringify(d.data) })
        .where('key', '=', d.key)
        .execute();
    }
    await appendEvent(trx, {
      chain: AUDIT_CHAIN,
      action: 'access.denied',
      actorId: d.actorId,
      actorName: d.actorName,
      regionCode: d.regionCode,
      data: d.data,
      at: now,
    });
  });
}

/** Writes the summaries of windows that have closed and forgets them (housekeeping). Returns how many closed. */
export async function closeDenialWindows(db: Kysely<DB>, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('audit_denials')
      .selectAll()
      .where('window_start', '<', new Date(now.getTime() - DENIAL_WINDOW_MS))
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of rows) await writeSummary(trx, row);
    if (rows.length)
      await trx
        .deleteFrom('audit_denials')
        .where(
          'key',
          'in',
          rows.map((r) => r.key),
        )
        .execute();
    return rows.length;
  });
}
