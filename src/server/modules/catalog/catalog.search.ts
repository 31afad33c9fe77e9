import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError } from '../../platform/errors';
import { cached } from '../../platform/cache';
import { CATALOG_ERR } from './catalog.errors';
import { findDepartments } from './catalog.repository';
import { findSynonyms } from './catalog.reference.repository';
import { highlightSpans, highlightTerms, type Span } from './catalog.search.highlight';
import { FIELD_WEIGHTS, parseTsvector, SearchIndex, type IndexDoc, type IndexQuery } from './catalog.search.index';
import { Lexicon, type TermSource } from './catalog.search.lexicon';
import { loadBundleIndexRows, loadBundleLinks, loadItemIndexRows, searchFingerprint, type ItemSummaryRow } from './catalog.search.repository';
import { normalizeText, queryTerms, tokenize } from './catalog.tokenize';

/** Longest query accepted; longer ones are answered with QUERY_TOO_LONG. */
export const MAX_QUERY_LENGTH = 100;
/** At most this many synonym expansions per query, so one query cannot fan out without bound. */
const MAX_EXPANSIONS = 12;
/** How long a node trusts its index before asking the database whether anything changed. */
const RECHECK_MS = 5_000;
/** Below this many hits a query may be a typo: the closest known words are suggested. */
const SUGGEST_WHEN_FEWER = 3;
/**
 * A best hit scoring under this covers under half of the query in any name (户口前移 finds 户口
 * items, nothing 前移): the query may be a typo too.
 */
const WEAK_BEST = 0.5;
/**
 * A best hit under this matched only in materials, law or by trigram closeness: the query found
 * nothing it meant, so a suggestion that finds more is searched instead (社宝 → 社保).
 */
const NOTHING_BELOW = 0.2;
/**
 * Score factor of an item that is not for the caller's audience (an enterprise item for a
 * citizen): it still shows, after the caller's own items of similar relevance.
 */
const OTHER_AUDIENCE_FACTOR = 0.75;

/** Department names and order, read by lists and guides. */
export const departmentCache = cached({ ttlMs: 60_000, load: findDepartments });

/** A bundle as search results and guides name it. */
export interface BundleMeta {
  code: string;
  nameZh: string;
  nameEn: string;
}

interface LoadedIndex {
  items: SearchIndex<ItemSummaryRow>;
  bundles: SearchIndex<BundleMeta>;
  synonyms: { term: string; expansions: string[]; tokens: string[][] }[];
  /** Current published version of each item. */
  versions: Map<string, number>;
  /** The bundles each item belongs to. */
  bundlesOfItem: Map<string, BundleMeta[]>;
  /** The catalog's words with their pinyin: pinyin queries and typo suggestions (D26). */
  lexicon: Lexicon;
}

const HAN_TOKEN = /^\p{Script=Han}{2,12}$/u;

/** Chinese runs of a text (names split at brackets, punctuation and latin words). */
const hanRuns = (text: string): string[] => text.match(/\p{Script=Han}+/gu) ?? [];

/**
 * The words of the lexicon and how likely each is meant. A catalog word counts by how many items
 * carry it and where (name > keywords/result > materials), on a log scale so that a word in every
 * item does not drown the rest. Everyday words — a synonym's term, a topic, a bundle's name or
 * keyword, an item's keyword — are what people type, so they come first when a short input
 * (initials) could be several words.
 */
function lexiconSources(
  items: SearchIndex<ItemSummaryRow>,
  bundles: readonly IndexDoc<BundleMeta>[],
  synonyms: readonly { term: string; expansions: string[] }[],
): TermSource[] {
  const EVERYDAY = 100;
  const df = new Map<string, number>();
  const add = (text: string, w: number) => df.set(text, (df.get(text) ?? 0) + w);
  const everyday = new Set<string>();
  // Name, keyword/topic/result and condition/material tokens; not department names and laws.
  for (const [token, w] of items.tokenWeights(FIELD_WEIGHTS.C)) if (HAN_TOKEN.test(token)) add(token, w);
  for (const d of items.docs) {
    const zh = d.meta.nameZh;
    for (const run of hanRuns(zh)) add(run, 1);
    // After the Chinese and English names, the search name holds the item's keywords.
    for (const run of hanRuns(d.name.slice(zh.length))) everyday.add(run);
    for (const topic of d.meta.topics) everyday.add(topic);
  }
  for (const b of bundles) for (const run of hanRuns(b.name)) everyday.add(run);
  for (const syn of synonyms) {
    for (const run of hanRuns(syn.term)) everyday.add(run);
    for (const e of syn.expansions) for (const run of hanRuns(normalizeText(e))) add(run, 1);
  }
  const out: TermSource[] = [...df].map(([text, w]) => ({ text, weight: Math.log2(1 + w) }));
  for (const text of everyday) out.push({ text, weight: EVERYDAY });
  return out;
}

async function loadIndex(db: Kysely<DB>): Promise<LoadedIndex> {
  const [items, bundles, synonyms, links] = await Promise.all([loadItemIndexRows(db), loadBundleIndexRows(db), findSynonyms(db), loadBundleLinks(db)]);
  const bundlesOfItem = new Map<string, BundleMeta[]>();
  for (const l of links) {
    const list = bundlesOfItem.get(l.item_code) ?? [];
    list.push({ code: l.code, nameZh: l.name_zh, nameEn: l.name_en });
    bundlesOfItem.set(l.item_code, list);
  }
  const itemDocs = items.map(({ doc, name, version: _v, ...meta }) => ({ code: meta.code, weights: parseTsvector(doc), name, meta }));
  const bundleDocs = bundles.map((b) => ({
    code: b.code,
    weights: parseTsvector(b.doc),
    name: b.search_name,
    meta: { code: b.code, nameZh: b.name_zh, nameEn: b.name_en },
  }));
  const syns = synonyms.map((s) => ({ term: normalizeText(s.term), expansions: s.expansions, tokens: s.expansions.map((e) => tokenize(e)) }));
  const itemIndex = new SearchIndex(itemDocs);
  return {
    versions: new Map(items.map((i) => [i.code, i.version])),
    bundlesOfItem,
    items: itemIndex,
    bundles: new SearchIndex(bundleDocs),
    synonyms: syns,
    lexicon: new Lexicon(lexiconSources(itemIndex, bundleDocs, syns)),
  };
}

/** The node's index of the published catalog, reloaded when the database says it changed. */
const indexes = cached({ ttlMs: RECHECK_MS, fingerprint: searchFingerprint, load: loadIndex });
const currentIndex = (db: Kysely<DB>): Promise<LoadedIndex> => indexes.get(db);

/**
 * The version of an item the public sees and the bundles it belongs to, from the node's index (so
 * a guide needs no query); undefined when the item is not published.
 */
export async function findPublicVersion(db: Kysely<DB>, code: string): Promise<{ version: number; bundles: BundleMeta[] } | undefined> {
  const idx = await currentIndex(db);
  const version = idx.versions.get(code);
  return version === undefined ? undefined : { version, bundles: idx.bundlesOfItem.get(code) ?? [] };
}

/** Drops this node's index after a local change (publication, import, synonyms, seeding). */
export function invalidateSearch(db: Kysely<DB>): void {
  indexes.invalidate(db);
}

export interface SearchFilter {
  department?: string;
  mode?: string;
  audience?: string;
  type?: string;
  topic?: string;
  /** Only these codes (the items handled in a region). */
  codes?: readonly string[];
}

export interface SearchInput extends SearchFilter {
  q?: string;
  page: number;
  /** null: every row (exports). */
  pageSize: number | null;
  /** Rank this audience's items first at similar relevance (the caller's own, or the portal's choice). */
  prefer?: 'citizen' | 'enterprise';
  /** Search the text as typed: never replace a query that finds nothing by its suggestion. */
  verbatim?: boolean;
}

/** A search result row with where the query's words occur in its names. */
export type SearchRow = ItemSummaryRow & { highlights?: { name: Span[]; nameEn: Span[] } };

export interface SearchResult {
  rows: SearchRow[];
  total: number;
  bundles: (BundleMeta & { score: number })[];
  /** What the query was turned into (absent when browsing). */
  expanded?: { tokens: string[]; synonyms: string[]; readAs?: string };
  /** A query that probably has a typo: the closest known words (searches only). */
  suggestion?: { text: string } | null;
  /** Set when the query found nothing and the rows are those of `suggestion`: the query as typed. */
  correctedFrom?: string;
}

/** The filter as a predicate; null when nothing is filtered. */
function keeper(f: SearchFilter): ((m: ItemSummaryRow) => boolean) | null {
  if (!f.department && !f.mode && !f.audience && !f.type && !f.topic && !f.codes) return null;
  const codes = f.codes ? new Set(f.codes) : null;
  return (m) =>
    (!f.department || m.departmentCode === f.department) &&
    (!f.mode || m.modes.includes(f.mode)) &&
    (!f.audience || m.audience.includes(f.audience)) &&
    (!f.type || m.type === f.type) &&
    (!f.topic || m.topics.includes(f.topic)) &&
    (!codes || codes.has(m.code));
}

/** The index query of a search text: its own tokens plus the synonym expansions it triggers. */
function indexQuery(idx: LoadedIndex, q: string): { query: IndexQuery; tokens: string[]; synonyms: string[] } {
  const terms = queryTerms(q);
  const synonyms: string[] = [];
  const expansions: string[][] = [];
  for (const s of idx.synonyms) {
    if (!s.term || !terms.text.includes(s.term)) continue;
    s.expansions.forEach((e, i) => {
      if (expansions.length < MAX_EXPANSIONS && !synonyms.includes(e) && s.tokens[i].length) {
        synonyms.push(e);
        expansions.push(s.tokens[i]);
      }
    });
  }
  return { query: { text: terms.text, slots: terms.slots, expansions }, tokens: terms.tokens, synonyms };
}

/** Throws QUERY_TOO_LONG for an over-long query. */
export function checkQuery(q: string | undefined): void {
  if (q && q.length > MAX_QUERY_LENGTH) throw new AppError(CATALOG_ERR.QUERY_TOO_LONG, { max: MAX_QUERY_LENGTH });
}

/** Unknown department codes are a bad filter, not an empty result. */
export async function checkDepartmentFilter(db: Kysely<DB>, department: string | undefined): Promise<void> {
  if (department && !(await departmentCache.get(db)).has(department)) {
    throw new AppError(CATALOG_ERR.UNKNOWN_FILTER_VALUE, { name: 'department', value: department });
  }
}

function slice<T>(rows: T[], page: number, pageSize: number | null): T[] {
  return pageSize === null ? rows : rows.slice((page - 1) * pageSize, page * pageSize);
}

/** A query that has only latin letters, spaces and apostrophes: pinyin, initials or English. */
const LATIN_QUERY = /^[a-z][a-z' ]*$/;

/**
 * What to search for a text: the text itself, or for latin letters that are no English word of
 * the catalog, the Chinese words they spell in pinyin or initials (shebao, sb → 社保).
 */
function readQuery(idx: LoadedIndex, text: string): { text: string; readAs?: string } {
  if (!LATIN_QUERY.test(text)) return { text };
  const words = text.split(/[\s']+/).filter(Boolean);
  if (words.every((w) => idx.items.knows(w))) return { text };
  const reading = idx.lexicon.readLatin(text);
  return reading ? { text: reading.text, readAs: reading.text } : { text };
}

interface Ranked {
  total: number;
  hits: { doc: IndexDoc<ItemSummaryRow>; score: number }[];
  query: IndexQuery;
  tokens: string[];
  synonyms: string[];
}

function rank(idx: LoadedIndex, text: string, keep: ((m: ItemSummaryRow) => boolean) | null, limit: number, prefer?: string): Ranked {
  const { query, tokens, synonyms } = indexQuery(idx, text);
  const boost = prefer ? (m: ItemSummaryRow) => (m.audience.includes(prefer) ? 1 : OTHER_AUDIENCE_FACTOR) : undefined;
  const { total, hits } = idx.items.search(query, keep, limit, boost);
  return { total, hits, query, tokens, synonyms };
}

/**
 * The words of a search to mark in its results' names: its tokens and their aliases, and its
 * synonyms as whole phrases (their single words, such as 申领, would mark half of every name).
 */
function markedWords(r: Ranked, text: string) {
  const words = [...r.query.slots.flat(), ...r.synonyms.map(normalizeText)];
  return highlightTerms(words, [...text].length === 1);
}

/**
 * Searches the published catalog. With a query: jieba tokens plus synonym expansions, ranked by
 * weighted relevance with trigram matching for typos, and the matching bundles (first page); a
 * query in pinyin or initials is read as the Chinese it spells; a query that finds little gets a
 * suggestion (the closest known words), and one that finds nothing the suggestion's results
 * unless `verbatim` (docs/decisions.md D26). Without one: every item that passes the filters, by
 * department and name.
 */
export async function searchCatalog(db: Kysely<DB>, input: SearchInput): Promise<SearchResult> {
  checkQuery(input.q);
  await checkDepartmentFilter(db, input.department);
  const idx = await currentIndex(db);
  const keep = keeper(input);
  const text = input.q ? normalizeText(input.q) : '';
  if (!text) {
    const rows = idx.items.browse(keep).map((d) => d.meta);
    return { rows: slice(rows, input.page, input.pageSize), total: rows.length, bundles: [] };
  }
  // Only punctuation or symbols: nothing can match, and saying so beats listing everything.
  if (!/[\p{L}\p{N}]/u.test(text)) {
    const { tokens, synonyms } = indexQuery(idx, text);
    return { rows: [], total: 0, bundles: [], expanded: { tokens, synonyms }, suggestion: null };
  }
  const pageSize = input.pageSize ?? Number.MAX_SAFE_INTEGER;
  const limit = input.page * pageSize;
  const read = readQuery(idx, text);
  let searched = read.text;
  let r = rank(idx, searched, keep, limit, input.prefer);
  let suggestion: { text: string } | null = null;
  let correctedFrom: string | undefined;
  const best = (x: Ranked) => x.hits[0]?.score ?? 0;
  if ((r.total < SUGGEST_WHEN_FEWER || best(r) < WEAK_BEST) && !read.readAs) {
    const fixed = idx.lexicon.correct(searched, (w) => idx.items.knows(w));
    if (fixed) {
      const alt = rank(idx, fixed, keep, limit, input.prefer);
      // Suggested only when it finds clearly better matches than the query as typed.
      if (alt.total > 0 && best(alt) > best(r) * 1.2) {
        suggestion = { text: fixed };
        if (best(r) < NOTHING_BELOW && !input.verbatim) {
          r = alt;
          searched = fixed;
          correctedFrom = input.q!.trim();
        }
      }
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const bundles = input.page === 1 ? idx.bundles.search(r.query, null, 3).hits : [];
  const marks = markedWords(r, searched);
  return {
    rows: slice(r.hits, input.page, input.pageSize).map((h) => ({
      ...h.doc.meta,
      score: round(h.score),
      highlights: { name: highlightSpans(h.doc.meta.nameZh, marks), nameEn: highlightSpans(h.doc.meta.nameEn, marks) },
    })),
    total: r.total,
    bundles: bundles.map((b) => ({ ...b.doc.meta, score: round(b.score) })),
    expanded: { tokens: r.tokens, synonyms: r.synonyms, ...(read.readAs ? { readAs: read.readAs } : {}) },
    suggestion,
    ...(correctedFrom !== undefined ? { correctedFrom } : {}),
  };
}

export interface Suggestion {
  kind: 'item' | 'bundle';
  code: string;
  nameZh: string;
  nameEn: string;
}

/** Up to `limit` suggestions while typing: the best bundles (at most two) and then items. */
export async function suggest(db: Kysely<DB>, q: string, limit = 8): Promise<Suggestion[]> {
  checkQuery(q);
  const text = normalizeText(q);
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return [];
  const idx = await currentIndex(db);
  const { query } = indexQuery(idx, readQuery(idx, text).text);
  const out: Suggestion[] = idx.bundles.search(query, null, 2).hits.map((b) => ({ kind: 'bundle' as const, ...b.doc.meta }));
  for (const h of idx.items.search(query, null, limit).hits) {
    if (out.length >= limit) break;
    out.push({ kind: 'item', code: h.doc.meta.code, nameZh: h.doc.meta.nameZh, nameEn: h.doc.meta.nameEn });
  }
  return out;
}
