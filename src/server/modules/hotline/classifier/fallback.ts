/**
 * What the classifier answers before any model exists (a fresh installation, the minute after
 * start while the first training runs in the background): the categories whose names, keywords
 * and everyday phrases occur in the text, longest matches counting most. Crude, so its answers
 * are always flagged low-confidence and never claim more than `MAX_CONFIDENCE`.
 */
import { EVERYDAY_PHRASES } from '../data/phrasebook-everyday';
import { LEAF_CATEGORIES } from '../data/taxonomy';
import type { Classification } from './model-types';

/** The fallback never pretends to be sure. */
export const MAX_CONFIDENCE = 0.3;

const LIST_BREAK = /[、，,；;。\s]+/;

// Phrase → categories it names; built once, on first use.
let lexicon: Map<string, string[]> | undefined;

function getLexicon(): Map<string, string[]> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  const add = (phrase: string, code: string) => {
    const p = phrase.trim().toLowerCase();
    if (p.length < 2) return;
    const codes = lexicon!.get(p) ?? [];
    if (!codes.includes(code)) codes.push(code);
    lexicon!.set(p, codes);
  };
  for (const leaf of LEAF_CATEGORIES) {
    add(leaf.nameZh, leaf.code);
    for (const k of leaf.keywords) add(k, leaf.code);
    for (const part of leaf.descriptionZh.split(LIST_BREAK)) if (part.length <= 6) add(part, leaf.code);
  }
  for (const [code, phrases] of Object.entries(EVERYDAY_PHRASES)) for (const p of phrases) add(p, code);
  return lexicon;
}

/** Ranks categories by the phrases of theirs found in the text; `null` when nothing matches at all. */
export function classifyByKeywords(text: string, k = 3): Classification | null {
  const normalized = text.normalize('NFKC').toLowerCase();
  const scores = new Map<string, number>();
  for (const [phrase, codes] of getLexicon()) {
    if (!normalized.includes(phrase)) continue;
    // A phrase shared by several categories says less about each.
    const weight = phrase.length ** 2 / codes.length;
    for (const code of codes) scores.set(code, (scores.get(code) ?? 0) + weight);
  }
  if (scores.size === 0) return null;
  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  const ranked = [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, Math.max(1, k))
    .map(([categoryCode, score]) => ({ categoryCode, confidence: (score / total) * MAX_CONFIDENCE }));
  const [best, ...alternatives] = ranked;
  return { ...best, alternatives };
}
