/**
 * Serialising classifier models to JSON and checking the shape of models read back, so a
 * corrupt or outdated row fails loudly instead of classifying nonsense.
 */
import { MODEL_FORMAT, MODEL_VERSION, type Model } from './model-types';

/** A stored model that cannot be used. */
export class ModelFormatError extends Error {
  override readonly name = 'ModelFormatError';
}

/** The model as a JSON string. */
export function serializeModel(model: Model): string {
  return JSON.stringify(model);
}

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ModelFormatError(message);
}

/** Parses and validates a serialised model; throws ModelFormatError when it is not usable. */
export function deserializeModel(json: string): Model {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ModelFormatError('Model is not valid JSON');
  }
  check(typeof parsed === 'object' && parsed !== null, 'Model must be an object');
  const model = parsed as Partial<Model>;
  check(model.format === MODEL_FORMAT, `Unknown model format ${String(model.format)}`);
  check(model.version === MODEL_VERSION, `Model version ${String(model.version)} is not ${MODEL_VERSION}; retrain the model`);
  check(Array.isArray(model.labels) && model.labels.length >= 2 && model.labels.every((label) => typeof label === 'string'), 'Model labels are invalid');
  check(Array.isArray(model.vocabulary) && model.vocabulary.every((term) => typeof term === 'string'), 'Model vocabulary is invalid');
  const size = model.vocabulary.length;
  check(isNumberArray(model.idf) && model.idf.length === size, 'Model idf does not match the vocabulary');
  check(isNumberArray(model.bias) && model.bias.length === model.labels.length, 'Model bias does not match the labels');
  check(typeof model.temperature === 'number' && model.temperature > 0, 'Model temperature must be positive');
  const labelCount = model.labels.length;
  check(
    Array.isArray(model.weights) &&
      model.weights.length === size &&
      model.weights.every(
        (pairs) =>
          isNumberArray(pairs) &&
          pairs.length % 2 === 0 &&
          pairs.every((value, i) => i % 2 === 1 || (Number.isInteger(value) && value >= 0 && value < labelCount)),
      ),
    'Model weights are invalid',
  );
  check(typeof model.training === 'object' && model.training !== null, 'Model training metadata is missing');
  return model as Model;
}
