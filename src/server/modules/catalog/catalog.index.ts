import type { ItemDefinition } from './catalog.types';
import { normalizeText, tokenText } from './catalog.tokenize';

/**
 * What the catalog stores to find an item: jieba token texts by weight and the names for trigram
 * matching. Weights follow what a person means when they type a word: the item's name first, then
 * the words the item is known by (keywords, topics, its result such as 营业执照), then what it asks
 * for (conditions, materials), and last who handles it and under which law.
 */
export interface IndexFields {
  a: string;
  b: string;
  c: string;
  d: string;
  /** Lower-cased Chinese and English names (and keywords), for trigram and phrase matching. */
  name: string;
}

/** The search fields of an item version. */
export function itemIndexFields(d: ItemDefinition, department: { zh: string; en: string }): IndexFields {
  return {
    a: tokenText([d.name, d.nameEn]),
    b: tokenText([...(d.keywords ?? []), ...d.topics, d.resultName]),
    c: tokenText([...d.conditions, ...d.materials.map((m) => `${m.name} ${m.nameEn}`), ...d.steps.map((s) => s.name)]),
    d: tokenText([department.zh, department.en, ...d.legalBasis, ...(d.specialProcedures ?? [])]),
    name: normalizeText([d.name, d.nameEn, ...(d.keywords ?? [])].join(' ')),
  };
}

/** The search fields of a bundle: its names and keywords first, then its items' names. */
export function bundleIndexFields(b: { nameZh: string; nameEn: string; keywords: string[]; description: string; itemNames: string[] }): IndexFields {
  return {
    a: tokenText([b.nameZh, b.nameEn]),
    b: tokenText(b.keywords),
    c: tokenText([b.description, ...b.itemNames]),
    d: '',
    name: normalizeText([b.nameZh, b.nameEn, ...b.keywords].join(' ')),
  };
}
