import { pinyin } from 'pinyin-pro';

/**
 * Pinyin of catalog words, for search by pinyin and initials and for typo suggestions
 * (docs/decisions.md D26). Syllables are tone-less and write ü as v, the way people type them on
 * a keyboard (绿 → lv).
 */

const HAN = /\p{Script=Han}/u;

/**
 * Syllables already worked out, kept across index rebuilds: a publication changes a few words,
 * and the pinyin of the rest is what a rebuild would otherwise spend most of its time on.
 */
const memo = new Map<string, string[]>();
const MEMO_MAX = 100_000;

/** The tone-less syllables of a text, one per Chinese character (other characters are dropped). */
export function syllablesOf(text: string): string[] {
  if (!HAN.test(text)) return [];
  const known = memo.get(text);
  if (known) return known;
  // pinyin-pro reads whole words, so a polyphone gets the reading of its word (银行 → yin hang);
  // reverse maximum matching (segmentit 1) reads catalog words as well as the default, 3× faster.
  const out = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed', segmentit: 1 }).filter((s) => /^[a-z]+$/.test(s));
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(text, out);
  return out;
}

/** The first letter of each syllable: 社会保障卡 → shbzk. */
export function initialsOf(syllables: readonly string[]): string {
  return syllables.map((s) => s[0]).join('');
}

/**
 * Pairs that people confuse when they type or hear pinyin (zh/z, ch/c, sh/s, n/l, an/ang, en/eng,
 * in/ing), folded to one spelling so that near-homophones share a key: 照 zhao and 造 zao both
 * fold to zao.
 */
export function foldSyllable(s: string): string {
  return s
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/([aei])ng$/, '$1n');
}

/** The folded syllables of a text joined by spaces: the key under which near-homophones meet. */
export function foldedKey(syllables: readonly string[]): string {
  return syllables.map(foldSyllable).join(' ');
}

/**
 * Edit distance between two sequences: inserting or deleting an element costs 1, replacing one
 * costs what `substitute` says (Levenshtein when that is 0 or 1).
 */
function weightedDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>, substitute: (x: T, y: T) => number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + substitute(a[i - 1], b[j - 1]));
    prev = cur;
  }
  return prev[b.length];
}

/** Levenshtein distance between two short strings (letters of a syllable). */
export function editDistance(a: string, b: string): number {
  return a === b ? 0 : weightedDistance(a, b, (x, y) => (x === y ? 0 : 1));
}

/**
 * What replacing one character by another costs in a typo: nothing when equal, little for a
 * homophone (the input method picked the wrong character: 宝 for 保), more for a near-homophone
 * (造 zao for 照 zhao) or a syllable one letter off, a whole edit otherwise.
 */
export function substitutionCost(a: { char: string; syllable: string | undefined }, b: { char: string; syllable: string | undefined }): number {
  if (a.char === b.char) return 0;
  if (!a.syllable || !b.syllable) return 1;
  if (a.syllable === b.syllable) return 0.3;
  if (foldSyllable(a.syllable) === foldSyllable(b.syllable)) return 0.5;
  if (editDistance(a.syllable, b.syllable) === 1) return 0.7;
  return 1;
}

/** A word as a sequence of characters with their syllables (undefined for a non-Chinese character). */
export type Spelled = { char: string; syllable: string | undefined }[];

/** Pairs each character of a Chinese word with its syllable. */
export function spell(text: string, syllables: readonly string[]): Spelled {
  const chars = [...text];
  const han = chars.filter((c) => HAN.test(c)).length;
  let k = 0;
  return chars.map((char) => ({ char, syllable: HAN.test(char) && han === syllables.length ? syllables[k++] : undefined }));
}

/**
 * Weighted edit distance between two words, character by character with `substitutionCost`;
 * inserting or deleting a character costs 1.
 */
export function typoDistance(a: Spelled, b: Spelled): number {
  return weightedDistance(a, b, substitutionCost);
}
