/**
 * TF-IDF features over token lists: the vocabulary with its inverse document frequencies, and
 * sparse, L2-normalised document vectors.
 */

/** A sparse vector: parallel arrays of feature indices (ascending) and values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** Terms kept as features and their inverse document frequencies, index-aligned. */
export interface VocabularyTable {
  terms: string[];
  idf: number[];
}

/**
 * Keeps terms that occur in at least `minDf` documents (rarer ones are mostly typos and
 * addresses that do not generalise). Terms are sorted so the same data gives the same table.
 */
export function buildVocabulary(documents: readonly (readonly string[])[], minDf: number): VocabularyTable {
  const df = new Map<string, number>();
  for (const tokens of documents) {
    for (const term of new Set(tokens)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const terms = [...df.entries()]
    .filter(([, count]) => count >= minDf)
    .map(([term]) => term)
    .sort();
  const n = documents.length;
  // Smoothed idf as in scikit-learn: never zero, so a term in every document still counts a little.
  const idf = terms.map((term) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1);
  return { terms, idf };
}

/** Sublinear TF (1 + ln tf) times IDF, L2-normalised; unknown tokens are ignored. */
export function vectorize(tokens: readonly string[], index: ReadonlyMap<string, number>, idf: readonly number[]): SparseVector {
  const counts = new Map<number, number>();
  for (const token of tokens) {
    const feature = index.get(token);
    if (feature !== undefined) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  const values = indices.map((feature) => (1 + Math.log(counts.get(feature) ?? 1)) * idf[feature]);
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
  return { indices, values: norm > 0 ? values.map((value) => value / norm) : values };
}

/** Term → feature index, for vectorising. */
export function indexTerms(terms: readonly string[]): Map<string, number> {
  return new Map(terms.map((term, i) => [term, i]));
}
