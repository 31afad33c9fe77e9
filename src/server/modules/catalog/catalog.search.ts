import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError } from '../../platform/errors';
import { cached } from '../../platform/cache';
import { CATALOG_ERR } from './catalog.errors';
import { findDepartments } from './catalog.repository';
import { findSynonyms } from './catalog.reference.repository';
import { parseTsvector, SearchIndex, type IndexQuery } from './catalog.search.index';
import { loadBundleIndexRows, loadBundleLinks, loadItemIndexRows, searchFingerprint, type ItemSummaryRow } from './catalog.search.repository';
import { normalizeText, queryTerms, tokenize } from './catalog.tokenize';

/** Longest query accepted; longer ones are answered with QUERY_TOO_LONG. */
export const MAX_QUERY_LENGTH = 100;
/** At most this many synonym expansions per query, so one query cannot fan out without bound. */
const MAX_EXPANSIONS = 12;
/** How long a node trusts its index before asking the database whether anything changed. */
const RECHECK_MS = 5_000;

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
}

async function loadIndex(db: Kysely<DB>): Promise<LoadedIndex> {
  const [items, bundles, synonyms, links] = await Promise.all([loadItemIndexRows(db), loadBundleIndexRows(db), findSynonyms(db), loadBundleLinks(db)]);
  const bundlesOfItem = new Map<string, BundleMeta[]>();
  for (const l of links) {
    const list = bundlesOfItem.get(l.item_code) ?? [];
    list.push({ code: l.code, nameZh: l.name_zh, nameEn: l.name_en });
    bundlesOfItem.set(l.item_code, list);
  }
  return {
    versions: new Map(items.map((i) => [i.code, i.version])),
    bundlesOfItem,
    items: new SearchIndex(items.map(({ doc, name, version: _v, ...meta }) => ({ code: meta.code, weights: parseTsvector(doc), name, meta }))),
    bundles: new SearchIndex(
      bundles.map((b) => ({ code: b.code, weights: parseTsvector(b.doc), name: b.search_name, meta: { code: b.code, nameZh: b.name_zh, nameEn: b.name_en } })),
    ),
    synonyms: synonyms.map((s) => ({ term: normalizeText(s.term), expansions: s.expansions, tokens: s.expansions.map((e) => tokenize(e)) })),
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
}

export interface SearchResult {
  rows: ItemSummaryRow[];
  total: number;
  bundles: (BundleMeta & { score: number })[];
  /** What the query was turned into (absent when browsing). */
  expanded?: { tokens: string[]; synonyms: string[] };
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

/**
 * Searches the published catalog. With a query: jieba tokens plus synonym expansions, ranked by
 * weighted relevance with trigram matching for typos, and the matching bundles (first page).
 * Without one: every item that passes the filters, by department and name.
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
  const { query, tokens, synonyms } = indexQuery(idx, text);
  // Only punctuation or symbols: nothing can match, and saying so beats listing everything.
  if (!/[\p{L}\p{N}]/u.test(text)) return { rows: [], total: 0, bundles: [], expanded: { tokens, synonyms } };
  const pageSize = input.pageSize ?? Number.MAX_SAFE_INTEGER;
  const { total, hits } = idx.items.search(query, keep, input.page * pageSize);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const bundles = input.page === 1 ? idx.bundles.search(query, null, 3).hits : [];
  return {
    rows: slice(hits, input.page, input.pageSize).map((h) => ({ ...h.doc.meta, score: round(h.score) })),
    total,
    bundles: bundles.map((b) => ({ ...b.doc.meta, score: round(b.score) })),
    expanded: { tokens, synonyms },
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
  const { query } = indexQuery(idx, text);
  const out: Suggestion[] = idx.bundles.search(query, null, 2).hits.map((b) => ({ kind: 'bundle' as const, ...b.doc.meta }));
  for (const h of idx.items.search(query, null, limit).hits) {
    if (out.length >= limit) break;
    out.push({ kind: 'item', code: h.doc.meta.code, nameZh: h.doc.meta.nameZh, nameEn: h.doc.meta.nameEn });
  }
  return out;
}
