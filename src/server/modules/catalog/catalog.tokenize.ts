import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Chinese (and English) tokenising for the catalog search. Index and query go through the same
 * jieba search-mode cut, so "营业执照" is stored as 营业 / 执照 / 营业执照 and a query for any of
 * those finds it. Tokens are reduced to CJK runs, latin words and numbers, so no operator, quote
 * or markup in a query survives into what is matched.
 */
let jieba: Jieba | undefined;

function cutter(): Jieba {
  // Loading the dictionary takes ~250 ms, so only when the first text is cut.
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Function words never worth indexing or matching. */
const STOP = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '等',
  '之',
  '其',
  '对',
  '由',
  '向',
  '在',
  '于',
  '为',
  '并',
  '将',
  '上',
  '下',
  '去',
  '来',
  '把',
  '被',
  '也',
  'of',
  'the',
  'and',
  'for',
  'a',
  'an',
  'to',
  'in',
  'on',
  'or',
  'by',
  'with',
]);

/**
 * Words in a query that say "I want to do something" rather than what: dropped from queries so
 * that 我想办营业执照怎么办 ranks like 营业执照. Kept in the index (names contain 申请, 办理).
 */
const QUERY_NOISE = new Set([
  '我',
  '我们',
  '你',
  '想',
  '要',
  '想要',
  '需要',
  '怎么',
  '怎么办',
  '怎样',
  '如何',
  '哪里',
  '哪儿',
  '在哪',
  '在哪里',
  '去哪',
  '去哪里',
  '什么',
  '办',
  '办理',
  '申请',
  '手续',
  '流程',
  '一下',
  '个',
  '吗',
  '呢',
  '啊',
  '吧',
  '请问',
  '可以',
  '能',
  '能否',
  '是',
  '到',
  '给',
  '多久',
  '哪些',
  'how',
  'apply',
  'application',
  'where',
  'what',
  'do',
  'i',
  'can',
  'get',
  'my',
]);

const TOKEN_RE = /[\p{Script=Han}]+|[a-z]+|[0-9]+/gu;

/** NFKC (full-width to half-width), lower case, control characters and extra spaces removed. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The search tokens of a text: jieba search-mode words reduced to CJK runs, latin words and numbers. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  for (const word of cutter().cutForSearch(normalizeText(s), true)) {
    for (const m of word.matchAll(TOKEN_RE)) {
      const t = m[0];
      if (!STOP.has(t)) out.push(t);
    }
  }
  return out;
}

/** Tokens of several texts, space-joined for `to_tsvector('simple', …)`. */
export function tokenText(parts: readonly (string | undefined | null)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => tokenize(p).join(' '))
    .join(' ');
}

/**
 * How people say it → how the catalog says it, for single words of a query. These are facts of
 * the language, not of one catalog (which has its admin-edited synonyms for whole terms): someone
 * who lost something needs a 补领/补发/遗失补证 item, someone whose card expired a 换领/换证 one.
 */
const WORD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  丢: ['遗失', '补领', '补发', '补证', '补办'],
  丢失: ['遗失', '补领', '补发', '补证', '补办'],
  掉: ['遗失', '补领', '补发', '补证'],
  找不到: ['遗失', '补领', '补发', '补证'],
  坏: ['换领', '换发', '损坏'],
  到期: ['换领', '换发', '换证', '延续', '有效期'],
  过期: ['换领', '换发', '换证', '延续', '有效期'],
  医保: ['医疗保险', '医疗', '就医'],
  社保: ['社会保险', '社会保障'],
  小学: ['义务教育', '入学'],
  初中: ['义务教育', '入学'],
  上学: ['入学', '义务教育'],
  孩子: ['子女', '儿童', '出生'],
  小孩: ['子女', '儿童', '出生'],
  房子: ['房屋', '住房'],
  买房: ['购房', '商品房', '购买'],
  租房: ['租赁', '租房'],
  车: ['机动车', '车辆'],
  证明: ['证明', '开具'],
};

/** A query broken into what to match. */
export interface QueryTerms {
  /** The normalised query, for phrase and trigram matching. */
  text: string;
  /** Distinct meaningful tokens (noise words removed unless nothing else is left). */
  tokens: string[];
  /** One slot per token: the token and the catalog's words for it. */
  slots: string[][];
}

/** Tokens of a search query, without the "how do I …" words. */
export function queryTerms(q: string): QueryTerms {
  const text = normalizeText(q);
  // Short numbers (the 1 of "1=1", list numbering) match legal citations everywhere and mean nothing.
  const all = [...new Set(tokenize(text))].filter((t) => !/^[0-9]{1,2}$/.test(t));
  const meaningful = all.filter((t) => !QUERY_NOISE.has(t));
  const tokens = meaningful.length ? meaningful : all;
  return { text, tokens, slots: tokens.map((t) => [t, ...(Object.hasOwn(WORD_ALIASES, t) ? WORD_ALIASES[t] : [])]) };
}
