import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/audit';
import { authorize } from '../../../platform/auth/policy';
import type { Actor } from '../../../platform/auth/roles';
import { AppError } from '../../../platform/errors';
import { detectEmergency } from './emergency';
import { classifyByKeywords } from './fallback';
import { classify, deserializeModel, LOW_CONFIDENCE_BELOW, serializeModel, type Model, type TrainingExample } from './model';
import { ModelFormatError } from './model-format';
import type { ModelMetrics } from './train-evaluate';
import { trainInWorker } from './train-in-worker';
import { findCategoryRows } from '../kb/categories.repository';
import { categoryMap } from '../kb/categories.service';
import { EMERGENCY_LINES, type EmergencyLine } from '../data/emergency-lines';
import { HOTLINE_ERR } from '../hotline.errors';
import { hotlinePolicy } from '../hotline.policy';
import * as repo from './model.repository';

/**
 * Suggested routing (分类转接): the stored classifier, loaded once per node and reloaded when
 * another node trains a new one; emergency detection first; the category's current department.
 * Training runs in a worker thread and only from jobs, the CLI or tests — never on a request or at
 * start-up; until a first model exists, classifyText answers from keywords, flagged as unsure.
 */

/** Queue of classifier training (the first model, the nightly run, an admin's request). */
export const RETRAIN_QUEUE = 'hotline.retrain';

/** How long a node trusts its loaded model and category table before checking for newer ones. */
const RECHECK_MS = 30_000;
/** Live tickets and corrections learnt from at most (newest first). */
const MAX_LIVE_EXAMPLES = 50_000;
/** A correction counts this many times: a person said the model was wrong. */
const CORRECTION_WEIGHT = 2;

interface Loaded {
  id: number;
  model: Model;
  checkedAt: number;
}

const loaded = new WeakMap<Kysely<DB>, Loaded>();
const loading = new WeakMap<Kysely<DB>, Promise<Loaded | null>>();

/**
 * The live part of the training set: staff-confirmed tickets and corrections (weighted), and the
 * category codes that may be learnt. The training worker adds the base corpus — the demo history
 * and weakly labelled texts about every category (classifier/corpus.ts) — itself.
 */
export async function buildLiveCorpus(db: Kysely<DB>): Promise<{ live: TrainingExample[]; known: string[] }> {
  const [handled, corrections, categories] = await Promise.all([
    repo.findHandledExamples(db, MAX_LIVE_EXAMPLES),
    repo.findCorrections(db, MAX_LIVE_EXAMPLES),
    findCategoryRows(db),
  ]);
  const known = new Set(categories.map((c) => c.code));
  const weighted = corrections.flatMap((c) => Array.from({ length: CORRECTION_WEIGHT }, () => c));
  return { live: [...handled, ...weighted].filter((e) => known.has(e.categoryCode) && e.text.trim().length > 0), known: [...known] };
}

// One training per database at a time on this node: the seed's job and the demo-ticket job may
// both ask for the first model.
const training = new WeakMap<Kysely<DB>, Promise<{ id: number; metrics: ModelMetrics }>>();

/** Trains on the corpus, stores the model as the active one and loads it on this node. */
export function retrainModel(
  db: Kysely<DB>,
  opts: { trigger: 'seed' | 'schedule' | 'admin' | 'bootstrap'; by?: { id: string; name: string; regionCode: string } | null },
): Promise<{ id: number; metrics: ModelMetrics }> {
  const pending = training.get(db);
  if (pending) return pending;
  const run = trainAndStore(db, opts).finally(() => training.delete(db));
  training.set(db, run);
  return run;
}

/** Trains the first model if none is stored yet (jobs and tests that need one); the stored one otherwise. */
export async function ensureModel(db: Kysely<DB>, trigger: 'seed' | 'bootstrap' = 'bootstrap'): Promise<void> {
  if (await usableActiveModel(db)) return;
  await retrainModel(db, { trigger });
}

/** Whether the active model can be loaded (one stored with older features must be retrained). */
export async function usableActiveModel(db: Kysely<DB>): Promise<boolean> {
  try {
    return (await loadStored(db)) !== null;
  } catch (err) {
    if (err instanceof ModelFormatError) return false;
    throw err;
  }
}

async function trainAndStore(
  db: Kysely<DB>,
  opts: { trigger: 'seed' | 'schedule' | 'admin' | 'bootstrap'; by?: { id: string; name: string; regionCode: string } | null },
): Promise<{ id: number; metrics: ModelMetrics }> {
  const { live, known } = await buildLiveCorpus(db);
  const mode = opts.trigger === 'seed' || opts.trigger === 'bootstrap' ? 'fast' : 'full';
  const { model, metrics } = await trainInWorker(live, { mode, known });
  const id = await repo.insertActiveModel(db, {
    model: serializeModel(model),
    metrics,
    examples: model.training.examples,
    trigger: opts.trigger,
    trainedBy: opts.by?.id ?? null,
  });
  loaded.set(db, { id, model, checkedAt: Date.now() });
  if (opts.by) {
    await recordAudit(db, {
      action: 'hotline.model_trained',
      actorId: opts.by.id,
      actorName: opts.by.name,
      regionCode: opts.by.regionCode,
      subjectType: 'hotline_model',
      subjectId: String(id),
      data: { accuracy: metrics.accuracy, examples: metrics.examples },
    });
  }
  return { id, metrics };
}

/** A scheduled run retrains only a model at least this old… */
const MIN_MODEL_AGE_MS = 12 * 3_600_000;

/**
 * …and only when staff handled or corrected something since it was trained: the schedule also
 * fires right after the first start, when the seed has just trained one.
 */
export async function hasNewTrainingData(db: Kysely<DB>, now: Date): Promise<boolean> {
  const id = await repo.getActiveModelId(db);
  if (id === null || !(await usableActiveModel(db))) return true;
  const row = await repo.getModelRow(db, id);
  if (!row) return true;
  if (now.getTime() - new Date(row.created_at).getTime() < MIN_MODEL_AGE_MS) return false;
  return (await repo.countExamplesSince(db, new Date(row.created_at))) > 0;
}

/** The stored models, newest first, with their figures (not the weights). */
/** The stored models and how many corrections wait for the next training, for an admin. */
export async function describeModels(db: Kysely<DB>, actor: Actor) {
  authorize(actor, hotlinePolicy, 'model.view');
  const [items, corrections] = await Promise.all([listModels(db), repo.countCorrections(db)]);
  return { items, corrections };
}

/** Suggested routing for a text, for staff at the console. */
export function suggestRouting(db: Kysely<DB>, actor: Actor, text: string): Promise<ClassificationResult> {
  authorize(actor, hotlinePolicy, 'classify');
  return classifyText(db, text);
}

export async function listModels(db: Kysely<DB>) {
  return (await repo.findModelSummaries(db)).map((m) => ({
    id: m.id,
    active: m.active,
    trigger: m.trigger,
    examples: m.examples,
    createdAt: m.created_at,
    metrics: m.metrics as unknown as ModelMetrics,
  }));
}

/** The stored active model, or null when none is stored; throws ModelFormatError for an outdated one. */
async function loadStored(db: Kysely<DB>): Promise<Loaded | null> {
  const id = await repo.getActiveModelId(db);
  const current = loaded.get(db);
  if (current && current.id === id) return { ...current, checkedAt: Date.now() };
  if (id === null) return null;
  const row = await repo.getModelRow(db, id);
  return row ? { id, model: deserializeModel(row.model), checkedAt: Date.now() } : null;
}

/**
 * The active model of this node, (re)loaded at most every RECHECK_MS; null while none usable is
 * stored (the first training is a queued job, and a model of older features waits for its
 * retraining).
 */
async function findModel(db: Kysely<DB>): Promise<Loaded | null> {
  const current = loaded.get(db);
  if (current && Date.now() - current.checkedAt < RECHECK_MS) return current;
  let pending = loading.get(db);
  if (!pending) {
    pending = loadStored(db)
      .catch((err: unknown) => {
        if (err instanceof ModelFormatError) return null;
        throw err;
      })
      .finally(() => loading.delete(db));
    loading.set(db, pending);
  }
  try {
    const next = await pending;
    if (next) loaded.set(db, next);
    return next ?? current ?? null;
  } catch (err) {
    if (current) return current;
    throw new AppError(HOTLINE_ERR.MODEL_UNAVAILABLE, {}, { reason: (err as Error).message });
  }
}

/**
 * Loads the stored model on this node if there is a usable one, and never trains: for start-up,
 * so the first call does not wait for the load. A model of older features is left to the
 * retrain job (the schedule fires right after start), and classification falls back meanwhile.
 */
export async function preloadModel(db: Kysely<DB>): Promise<boolean> {
  return (await findModel(db)) !== null;
}

/** The active model of this database; trains the first one (in a worker thread) when none is usable. */
export async function getModel(db: Kysely<DB>): Promise<{ id: number; model: Model }> {
  const found = await findModel(db);
  if (found) return found;
  await ensureModel(db);
  const trained = await findModel(db);
  if (!trained) throw new AppError(HOTLINE_ERR.MODEL_UNAVAILABLE, {}, { reason: 'no model after training' });
  return trained;
}

export interface Suggestion {
  categoryCode: string;
  nameZh: string;
  nameEn: string;
  departmentCode: string;
  confidence: number;
}

/** What a classification rests on: the trained model, or keywords while no model exists yet. */
export type ClassificationSource = 'model' | 'keywords';

export interface ClassificationResult {
  category: string;
  categoryNameZh: string;
  categoryNameEn: string;
  departmentCode: string;
  confidence: number;
  /** The suggestion is unsure (confidence below LOW_CONFIDENCE_BELOW, or no model yet): the agent chooses. */
  lowConfidence: boolean;
  source: ClassificationSource;
  emergency: EmergencyLine | null;
  emergencyReason: string | null;
  linkedHotline: '12315' | null;
  alternatives: Suggestion[];
  /** The model that answered; null when the keyword fallback did. */
  modelId: number | null;
}

// With no model and no keyword match there is nothing to go on: offer the general enquiry category.
const NOTHING_MATCHED = { categoryCode: 'gov-services.consultation', confidence: 0, alternatives: [] };

/** Suggests a category and department for a text, and flags emergencies first. */
export async function classifyText(db: Kysely<DB>, text: string, k = 4): Promise<ClassificationResult> {
  const emergency = detectEmergency(text);
  const [found, cats] = await Promise.all([findModel(db), categoryMap(db)]);
  const source: ClassificationSource = found ? 'model' : 'keywords';
  // Inactive categories are never suggested; the model may still know them from its history.
  const ranked = (() => {
    const r = found ? classify(found.model, text, k + 4) : (classifyByKeywords(text, k + 4) ?? NOTHING_MATCHED);
    return [r, ...r.alternatives].filter((s) => cats.get(s.categoryCode)?.active).slice(0, k);
  })();
  const toSuggestion = (s: { categoryCode: string; confidence: number }): Suggestion => {
    const c = cats.get(s.categoryCode)!;
    return { categoryCode: c.code, nameZh: c.nameZh, nameEn: c.nameEn, departmentCode: c.departmentCode, confidence: Math.round(s.confidence * 1e4) / 1e4 };
  };
  const [best, ...alternatives] = ranked.map(toSuggestion);
  if (!best) throw new AppError(HOTLINE_ERR.MODEL_UNAVAILABLE, {}, { reason: 'no active category' });
  return {
    category: best.categoryCode,
    categoryNameZh: best.nameZh,
    categoryNameEn: best.nameEn,
    departmentCode: best.departmentCode,
    confidence: best.confidence,
    lowConfidence: source === 'keywords' || best.confidence < LOW_CONFIDENCE_BELOW,
    source,
    emergency: emergency?.line ?? null,
    emergencyReason: emergency?.reason ?? null,
    linkedHotline: cats.get(best.categoryCode)?.linkedHotline ?? null,
    alternatives,
    modelId: found?.id ?? null,
  };
}

/** The emergency line's names, for messages. */
export function emergencyNames(line: EmergencyLine) {
  return EMERGENCY_LINES[line];
}
