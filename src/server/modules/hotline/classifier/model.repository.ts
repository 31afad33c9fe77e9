import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types';
import type { ModelMetrics } from './train-evaluate';
import type { Executor } from '../tickets/tickets.repository';

/** SQL of stored classifier models and of the training data they learn from. */

/** Models kept besides the active one, for comparison and rollback. */
const KEEP_MODELS = 10;

/** The id of the active model, or null before the first training. */
export async function getActiveModelId(db: Executor): Promise<number | null> {
  return (await db.selectFrom('hotline_models').select('id').where('active', '=', true).executeTakeFirst())?.id ?? null;
}

/** One stored model with its weights. */
export async function getModelRow(db: Executor, id: number) {
  return db.selectFrom('hotline_models').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a model and makes it the active one; prunes old inactive models. */
export async function insertActiveModel(
  db: Kysely<DB>,
  m: { model: string; metrics: ModelMetrics; examples: number; trigger: 'seed' | 'schedule' | 'admin' | 'bootstrap'; trainedBy: string | null },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('hotline_models').set({ active: false }).where('active', '=', true).execute();
    const row = await trx
      .insertInto('hotline_models')
      .values({ model: m.model, metrics: JSON.stringify(m.metrics), examples: m.examples, trigger: m.trigger, trained_by: m.trainedBy, active: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    const keep = await trx
      .selectFrom('hotline_models')
      .select('id')
      .orderBy('id', 'desc')
      .limit(KEEP_MODELS + 1)
      .execute();
    await trx
      .deleteFrom('hotline_models')
      .where('active', '=', false)
      .where(
        'id',
        'not in',
        keep.map((k) => k.id),
      )
      .execute();
    return row.id;
  });
}

/** Models newest first, without the (large) model text. */
export async function findModelSummaries(db: Executor) {
  return db
    .selectFrom('hotline_models')
    .select(['id', 'metrics', 'examples', 'trigger', 'trained_by', 'active', 'created_at'])
    .orderBy('id', 'desc')
    .limit(KEEP_MODELS + 1)
    .execute();
}

/** Text and final category of live tickets staff have confirmed by handling them. */
export async function findHandledExamples(db: Executor, limit: number): Promise<Array<{ text: string; categoryCode: string }>> {
  return db
    .selectFrom('hotline_tickets')
    .select(['text', 'category_code as categoryCode'])
    .where('origin', '=', 'live')
    .where('status', 'in', ['replied', 'closed'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** Corrections of suggested categories, newest first. */
export async function findCorrections(db: Executor, limit: number): Promise<Array<{ text: string; categoryCode: string }>> {
  return db.selectFrom('hotline_training_corrections').select(['text', 'chosen_category as categoryCode']).orderBy('id', 'desc').limit(limit).execute();
}

/** Records that staff changed a suggested category. */
export async function insertCorrection(
  db: Executor,
  c: { ticketId: string | null; text: string; suggested: string | null; chosen: string; actorId: string | null },
): Promise<void> {
  await db
    .insertInto('hotline_training_corrections')
    .values({ ticket_id: c.ticketId, text: c.text, suggested_category: c.suggested, chosen_category: c.chosen, actor_id: c.actorId })
    .execute();
}

/** Live tickets handled and corrections made after `since`. */
export async function countExamplesSince(db: Executor, since: Date): Promise<number> {
  const [t, c] = await Promise.all([
    db
      .selectFrom('hotline_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('origin', '=', 'live')
      .where('status', 'in', ['replied', 'closed'])
      .where('updated_at', '>', since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('hotline_training_corrections')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow(),
  ]);
  return Number(t.n) + Number(c.n);
}

/** How many corrections were recorded. */
export async function countCorrections(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('hotline_training_corrections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
