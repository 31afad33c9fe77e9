import { editDistance, foldedKey, initialsOf, spell, syllablesOf, typoDistance, type Spelled } from './catalog.search.pinyin';

/**
 * The words the catalog knows — from item names and keywords, the index's name/keyword/material
 * tokens, synonyms and topics — with their pinyin, built once per index. It reads a pinyin or
 * initials query as Chinese (shebao, she bao, sb → 社保) and suggests the closest known words for a
 * query that finds nothing (社宝 → 社保). docs/decisions.md D26 says how and why.
 */

/** A known word and how likely it is to be what someone means. */
export interface LexiconTerm {
  text: string;
  /** Higher: more items use it, or it is a word people type (a synonym's term). */
  popularity: number;
  syllables: string[];
  spelled: Spelled;
}

/** Where a known word comes from, which makes it more or less likely to be meant. */
export interface TermSource {
  text: string;
  /** Added to the word's popularity (a word from several sources adds each). */
  weight: number;
}

const HAN_WORD = /^\p{Script=Han}{2,12}$/u;
/** Initials are read only for 2–6 letters: one letter means anything, seven is a sentence. */
const INITIALS_MIN = 2;
const INITIALS_MAX = 6;
/** Longest pinyin of one known word that a latin query is split into. */
const MAX_PIECE = 40;

/** The most a correction may cost, by the length of the text it corrects (see `typoDistance`). */
function maxCost(length: number): number {
  if (length <= 2) return 0.5;
  if (length === 3) return 0.7;
  if (length <= 5) return 1;
  return 1.5;
}

/**
 * How many letters a misspelt pinyin word may be off by (shebo, gongjijing, sheboa → 社保, 公积金):
 * none under five letters, where one letter changes the word, then one, and two from nine.
 */
function pinyinBudget(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** Letters apart, counting two neighbours typed the wrong way round as one slip. */
function letterDistance(a: string, b: string): number {
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 1;
  }
  return editDistance(a, b);
}

/** A correction: the text to suggest and what it cost. */
interface Correction {
  text: string;
  cost: number;
  popularity: number;
}

/** What a latin query reads as in Chinese. */
export interface LatinReading {
  /** The Chinese words, joined: what to search for. */
  text: string;
  /** How it was read. */
  by: 'pinyin' | 'initials';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function better(a: { popularity: number; text: string }, b: { popularity: number; text: string }): number {
  return b.popularity - a.popularity || a.text.length - b.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** The keys of a word with one character left out each (and the word itself), for typo lookups. */
function deletionKeys(text: string): string[] {
  const chars = [...text];
  const out = [text];
  if (chars.length >= 3) for (let i = 0; i < chars.length; i++) out.push(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return out;
}

/** The known words of a catalog with their pinyin, and the lookups built from them. */
export class Lexicon {
  private readonly terms = new Map<string, LexiconTerm>();
  /** Full pinyin without spaces (shebao) → words. */
  private readonly byPinyin = new Map<string, LexiconTerm[]>();
  /** Initials (sb) → words. */
  private readonly byInitials = new Map<string, LexiconTerm[]>();
  /** Folded pinyin (se bao) → words: near-homophones meet here. */
  private readonly byFolded = new Map<string, LexiconTerm[]>();
  /** A word and its one-character deletions → words: character typos meet here. */
  private readonly byDeletion = new Map<string, LexiconTerm[]>();
  private readonly longestPiece: number;

  /** Builds the lexicon; a source that is not 2–12 Chinese characters is ignored. */
  constructor(sources: Iterable<TermSource>) {
    const popularity = new Map<string, number>();
    for (const s of sources) {
      if (HAN_WORD.test(s.text)) popularity.set(s.text, (popularity.get(s.text) ?? 0) + s.weight);
    }
    let longest = 0;
    for (const [text, pop] of popularity) {
      const syllables = syllablesOf(text);
      if (syllables.length !== [...text].length) continue;
      const term: LexiconTerm = { text, popularity: pop, syllables, spelled: spell(text, syllables) };
      this.terms.set(text, term);
      const joined = syllables.join('');
      longest = Math.max(longest, joined.length);
      push(this.byPinyin, joined, term);
      if (syllables.length >= INITIALS_MIN && syllables.length <= INITIALS_MAX) push(this.byInitials, initialsOf(syllables), term);
      push(this.byFolded, foldedKey(syllables), term);
      for (const key of deletionKeys(text)) push(this.byDeletion, key, term);
    }
    for (const list of [this.byPinyin, this.byInitials, this.byFolded]) for (const terms of list.values()) terms.sort(better);
    this.longestPiece = Math.min(longest, MAX_PIECE);
  }

  /** How many words it knows. */
  get size(): number {
    return this.terms.size;
  }

  /** Whether the text is a known word. */
  has(text: string): boolean {
    return this.terms.has(text);
  }

  /**
   * Reads a latin query as Chinese: full pinyin, with or without spaces, split into known words
   * (gongjijin tiqu → 公积金提取), or the initials of one known word (sb → 社保, hkqy → 户口迁移).
   * Initials must be those of a whole word and at least two letters, so that a short latin word
   * does not stand for every word that starts with the same letters. Null when it does not read.
   */
  readLatin(query: string): LatinReading | null {
    const text = query.toLowerCase().trim();
    if (!/^[a-z][a-z' ]*$/.test(text)) return null;
    const joined = text.replace(/[' ]+/g, '');
    const pieces = this.splitPinyin(joined);
    if (pieces) return { text: pieces.map((t) => t.text).join(''), by: 'pinyin' };
    if (!/[ ']/.test(text) && joined.length >= INITIALS_MIN && joined.length <= INITIALS_MAX) {
      const best = this.byInitials.get(joined)?.[0];
      if (best) return { text: best.text, by: 'initials' };
    }
    const near = this.closestPinyin(joined);
    return near ? { text: near.text, by: 'pinyin' } : null;
  }

  /**
   * The known word whose whole pinyin is nearest a misspelt one (a letter missing, extra, wrong
   * or two swapped), within `pinyinBudget`; the more popular word wins a tie. Read only when the
   * query reads no other way, so a correct spelling is never second-guessed.
   */
  private closestPinyin(letters: string): LexiconTerm | null {
    const budget = pinyinBudget(letters.length);
    if (budget === 0) return null;
    let best: { term: LexiconTerm; cost: number } | null = null;
    for (const [key, terms] of this.byPinyin) {
      if (key.length < 5 || Math.abs(key.length - letters.length) > budget) continue;
      const cost = letterDistance(letters, key);
      const term = terms[0];
      if (!term || cost > budget) continue;
      if (!best || cost < best.cost || (cost === best.cost && better(term, best.term) < 0)) best = { term, cost };
    }
    return best?.term ?? null;
  }

  /**
   * Splits a run of pinyin into the fewest known words (then the most popular ones), by dynamic
   * programming over the letters; null when no split covers it all.
   */
  private splitPinyin(letters: string): LexiconTerm[] | null {
    const n = letters.length;
    if (n < 2) return null;
    const best: ({ count: number; popularity: number; term: LexiconTerm; from: number } | null)[] = Array.from({ length: n + 1 }, () => null);
    const start = { count: 0, popularity: 0 };
    for (let end = 1; end <= n; end++) {
      for (let from = Math.max(0, end - this.longestPiece); from < end; from++) {
        const before = from === 0 ? start : best[from];
        if (!before) continue;
        const term = this.byPinyin.get(letters.slice(from, end))?.[0];
        if (!term) continue;
        const count = before.count + 1;
        const popularity = before.popularity + term.popularity;
        const cur = best[end];
        if (!cur || count < cur.count || (count === cur.count && popularity > cur.popularity)) best[end] = { count, popularity, term, from };
      }
    }
    if (!best[n]) return null;
    const out: LexiconTerm[] = [];
    for (let at = n; at > 0;) {
      const step = best[at]!;
      out.unshift(step.term);
      at = step.from;
    }
    return out;
  }

  /** The closest known word to a Chinese text, within what a typo may cost for its length. */
  private closest(text: string, sameLength: boolean): Correction | null {
    const syllables = syllablesOf(text);
    const chars = [...text];
    if (syllables.length !== chars.length || chars.length < 2) return null;
    const spelled = spell(text, syllables);
    const candidates = new Set<LexiconTerm>(this.byFolded.get(foldedKey(syllables)) ?? []);
    if (chars.length >= 3) for (const key of deletionKeys(text)) for (const t of this.byDeletion.get(key) ?? []) candidates.add(t);
    const limit = maxCost(chars.length);
    let best: Correction | null = null;
    for (const t of candidates) {
      if (t.text === text || (sameLength && t.spelled.length !== chars.length)) continue;
      const cost = typoDistance(spelled, t.spelled);
      if (cost > limit) continue;
      const c = { text: t.text, cost, popularity: t.popularity };
      if (!best || cost < best.cost || (cost === best.cost && better(c, best) < 0)) best = c;
    }
    return best;
  }

  /**
   * The query with its unknown words replaced by the closest known ones, or null when nothing in
   * it looks like a typo. Each run of Chinese characters is corrected as a whole first (户口前移 →
   * 户口迁移); failing that, its unknown stretches of 2–6 characters are, longest first, keeping
   * their length (公基金提取 → 公积金提取). `known` says whether a word is in the index already.
   */
  correct(query: string, known: (word: string) => boolean): string | null {
    let changed = false;
    const out = query.replace(/\p{Script=Han}+/gu, (run) => {
      const fixed = this.correctRun(run, known);
      if (fixed === null || fixed === run) return run;
      changed = true;
      return fixed;
    });
    return changed ? out : null;
  }

  private correctRun(run: string, known: (word: string) => boolean): string | null {
    const chars = [...run];
    if (chars.length < 2 || this.has(run) || known(run)) return null;
    const whole = this.closest(run, false);
    if (whole) return whole.text;
    const fixed = [...chars];
    const taken = new Array<boolean>(chars.length).fill(false);
    let changed = false;
    for (let len = Math.min(6, chars.length - 1); len >= 2; len--) {
      for (let at = 0; at + len <= chars.length; at++) {
        if (taken.slice(at, at + len).some(Boolean)) continue;
        const window = chars.slice(at, at + len).join('');
        if (this.has(window) || known(window)) {
          taken.fill(true, at, at + len);
          continue;
        }
        const c = this.closest(window, true);
        // Inside a longer text only a (near-)homophone or, from four characters, one wrong character.
        if (!c || c.cost > (len >= 4 ? 1 : 0.5)) continue;
        fixed.splice(at, len, ...[...c.text]);
        taken.fill(true, at, at + len);
        changed = true;
      }
    }
    return changed ? fixed.join('') : null;
  }
}
