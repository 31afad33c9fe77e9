/**
 * Turns hotline text into classifier features: jieba words (lower-cased, stop words dropped)
 * plus character bigrams, which still match when a typo (暖汽 for 暖气) breaks the word.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_WORDS, STOP_CHARS, STOP_WORDS } from './lexicon';

/** Prefix that keeps bigram features apart from two-character words. */
export const BIGRAM_PREFIX = '~';

// Loading the dictionary takes a few hundred milliseconds, so it happens once, on first use.
let jieba: Jieba | undefined;

function getJieba(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(DOMAIN_WORDS.map((word) => `${word} 20000 n`).join('\n')));
  }
  return jieba;
}

const MEANINGFUL = /[\p{Script=Han}\p{L}]/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** jieba words of the text, lower-cased, without punctuation, pure numbers or stop words. */
export function segmentWords(text: string): string[] {
  const words = getJieba().cut(text.normalize('NFKC').toLowerCase(), true);
  return words.filter((word) => MEANINGFUL.test(word) && !STOP_WORDS.has(word)).map((word) => word.trim());
}

/** Overlapping two-character windows over each run of Chinese characters, prefixed with `~`. */
export function characterBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of text.normalize('NFKC').matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      if (STOP_CHARS.has(chars[i]) || STOP_CHARS.has(chars[i + 1])) continue;
      bigrams.push(`${BIGRAM_PREFIX}${chars[i]}${chars[i + 1]}`);
    }
  }
  return bigrams;
}

/** Prefix of single-character features. */
export const UNIGRAM_PREFIX = '^';

/**
 * Single Chinese characters, prefixed `^`: when a typo or a wrong homophone breaks every word and
 * bigram (物叶费 for 物业费), the characters that remain (物, 费) still point somewhere.
 */
export function characterUnigrams(text: string): string[] {
  const unigrams: string[] = [];
  for (const [run] of text.normalize('NFKC').matchAll(HAN_RUN)) {
    for (const ch of run) if (!STOP_CHARS.has(ch)) unigrams.push(`${UNIGRAM_PREFIX}${ch}`);
  }
  return unigrams;
}

/** All features of a text: words, character bigrams and single characters, duplicates kept (they are counts). */
export function tokenize(text: string): string[] {
  return [...segmentWords(text), ...characterBigrams(text), ...characterUnigrams(text)];
}
