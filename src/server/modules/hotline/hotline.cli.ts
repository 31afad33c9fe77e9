import type { AppContext } from '../../context';
import { seedBase } from '../../seed/seed';
import { ensureCategories } from './kb/categories.repository';
import { retrainModel } from './classifier/classifier.service';
import { runEvaluation } from './classifier/eval/report';

/**
 * `tongban hotline retrain`: trains the classifier on the demo history, handled tickets and
 * corrections now, stores it as the active model (running servers pick it up within 30 s) and
 * returns its held-out figures as a line of text.
 * `tongban hotline evaluate`: trains as the first model is trained and reports its figures on the
 * hand-written independent set and the emergency sets (nothing is stored).
 * Null for an unknown subcommand.
 */
export async function runHotlineCommand(ctx: AppContext, sub: string | undefined): Promise<string | null> {
  if (sub === 'evaluate') return runEvaluation();
  if (sub !== 'retrain') return null;
  // A fresh data directory has no departments yet, and categories point at them.
  await seedBase(ctx.db);
  await ensureCategories(ctx.db);
  const { id, metrics: m } = await retrainModel(ctx.db, { trigger: 'admin' });
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  return `model ${id}: ${m.examples} examples, held-out accuracy ${pct(m.accuracy)}, top-3 ${pct(m.top3Accuracy)} (${m.testSize} held out), trained in ${m.trainMs} ms`;
}
