/**
 * The in-memory ranking index of the published catalog. The database keeps the durable index (a
 * weighted tsvector of jieba tokens per item, written when an item is published); every node loads
 * those tsvectors into postings here and ranks in process, because ranking thousands of rows per
 * query inside PGlite (WebAssembly, one session for the whole process) costs tens of milliseconds
 * and would queue every other request behind it.
 *
 * Score = idf-weighted share of the query's tokens found, each at its best field weight
 * (name 1.0 > keywords/topics/result 0.5 > conditions/materials 0.2 > department/law 0.05)
 * + 0.7 × the best synonym expansion scored the same way
 * + a bonus when the whole query appears in the name
 * + trigram closeness of the name, used when too few items match by tokens (typos, partial words).
 */
export const FIELD_WEIGHTS = { A: 1.0, B: 0.5, C: 0.2, D: 0.05 } as const;
type WeightLetter = keyof typeof FIELD_WEIGHTS;

export interface IndexDoc<M> {
  code: string;
  /** Token → best weight in the document. */
  weights: Map<string, number>;
  /** Lower-cased names (and keywords) for phrase and trigram matching. */
  name: string;
  meta: M;
}

/** Parses PostgreSQL's text form of a tsvector (`'营业':1A,4 'passport':2A`) into token → best weight. */
export function parseTsvector(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g;
  for (const m of text.matchAll(re)) {
    const lexeme = m[1].replace(/''/g, "'");
    let best = 0;
    for (const pos of (m[2] ?? '').split(',')) {
      const letter = (/[A-D]$/.exec(pos)?.[0] ?? 'D') as WeightLetter;
      best = Math.max(best, FIELD_WEIGHTS[letter]);
    }
    out.set(lexeme, Math.max(out.get(lexeme) ?? 0, best || FIELD_WEIGHTS.D));
  }
  return out;
}

/**
 * Trigrams of each word, the way pg_trgm pads them (two spaces before, one after). With `query`,
 * latin words under three letters and numbers are left out: "or" of "' OR 1=1" is not a typo of
 * "ordinary".
 */
export function trigrams(text: string, query = false): Set<string> {
  const out = new Set<string>();
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const word of query ? words.filter((w) => /\p{Script=Han}/u.test(w) || (/^\p{L}+$/u.test(w) && w.length >= 3)) : words) {
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 2 < chars.length; i++) out.add(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return out;
}

/**
 * A query as the index takes it. A slot is one word of the query with its alternatives (丢 →
 * 遗失 / 补领 …): the slot counts once, at its best alternative. Each synonym expansion is scored on
 * its own, one slot per token.
 */
export interface IndexQuery {
  text: string;
  slots: string[][];
  expansions: string[][];
}

export interface Hit<M> {
  doc: IndexDoc<M>;
  score: number;
  /** Position in browse order, which breaks ties. */
  rank: number;
}

const SYNONYM_FACTOR = 0.7;
const PHRASE_BONUS = 0.6;
const EXACT_NAME_BONUS = 0.4;
/** Own-word coverage from which a name may contain the whole query (see `search`). */
const PHRASE_CHECK_FROM = 0.5;
const TRIGRAM_FACTOR = 0.4;
const TRIGRAM_MIN = 0.5;
/** Below this many token matches the trigram pass runs. */
const TRIGRAM_WHEN_FEWER = 3;
/**
 * Hits scoring under this share of the best hit are dropped: a query for 身份证丢了 should not list
 * the thousands of items that merely ask for an identity card among their materials, and 社保 should
 * not go on, past the social-insurance items, into every item whose name shares a word such as 申领
 * with one of its synonyms (pages 2–3 drifting into unrelated items).
 */
export const RELATIVE_CUTOFF = 0.5;

/** Documents of one token: parallel arrays of document numbers and weights. */
interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** A slot's matches: the documents and the best weight in each. */
interface SlotHits {
  docs: number[];
  weights: number[];
}

/** A ranking index over a set of documents (items or bundles), given in browse order. */
export class SearchIndex<M> {
  private readonly postings = new Map<string, Postings>();
  /** Trigram → the documents whose name has it, for the typo pass. */
  private readonly gramDocs = new Map<string, Int32Array>();
  /** Latin index tokens, sorted, for prefix lookups. */
  private readonly latinKeys: string[];
  private readonly prefixKeys = new Map<string, string[]>();
  /**
   * Per-query scratch space, one entry per document, always left zeroed: queries run synchronously
   * one at a time, and reusing these keeps a search from allocating (and collecting) per call.
   */
  private readonly scratch: Float64Array;
  private readonly own: Float64Array;
  private readonly syn: Float64Array;
  private readonly one: Float64Array;
  private readonly seen: Uint8Array;
  private readonly mark: Uint8Array;
  private readonly shared: Uint16Array;

  constructor(readonly docs: readonly IndexDoc<M>[]) {
    const lists = new Map<string, { docs: number[]; weights: number[] }>();
    docs.forEach((d, i) => {
      for (const [token, weight] of d.weights) {
        let list = lists.get(token);
        if (!list) lists.set(token, (list = { docs: [], weights: [] }));
        list.docs.push(i);
        list.weights.push(weight);
      }
    });
    for (const [token, l] of lists) this.postings.set(token, { docs: Int32Array.from(l.docs), weights: Float32Array.from(l.weights) });
    const gramLists = new Map<string, number[]>();
    docs.forEach((d, i) => {
      for (const g of trigrams(d.name)) {
        let list = gramLists.get(g);
        if (!list) gramLists.set(g, (list = []));
        list.push(i);
      }
    });
    for (const [g, list] of gramLists) this.gramDocs.set(g, Int32Array.from(list));
    this.latinKeys = [...this.postings.keys()].filter((k) => /^[a-z]/.test(k)).sort();
    this.scratch = new Float64Array(docs.length);
    this.own = new Float64Array(docs.length);
    this.syn = new Float64Array(docs.length);
    this.one = new Float64Array(docs.length);
    this.seen = new Uint8Array(docs.length);
    this.mark = new Uint8Array(docs.length);
    this.shared = new Uint16Array(docs.length);
  }

  /**
   * The index tokens a query token stands for: itself, or for a latin word of 3+ letters every
   * token it begins (pass → passport, permits → permit), since English is not stemmed.
   */
  private keysOf(token: string): string[] {
    if (!/^[a-z]{3,}$/.test(token)) return [token];
    const known = this.prefixKeys.get(token);
    if (known) return known;
    const stem = token.length > 4 && token.endsWith('s') ? token.slice(0, -1) : token;
    const keys = this.latinKeys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < keys.length && keys[i].startsWith(stem); i++) out.push(keys[i]);
    if (this.prefixKeys.size < 10_000) this.prefixKeys.set(token, out);
    return out;
  }

  /** The documents any alternative of a slot matches, each at its best weight. */
  private slotHits(slot: readonly string[]): SlotHits {
    const best = this.scratch;
    const docs: number[] = [];
    for (const t of slot) {
      for (const key of this.keysOf(t)) {
        const p = this.postings.get(key);
        if (!p) continue;
        for (let j = 0; j < p.docs.length; j++) {
          const d = p.docs[j];
          if (best[d] === 0) docs.push(d);
          if (p.weights[j] > best[d]) best[d] = p.weights[j];
        }
      }
    }
    const weights = docs.map((d) => best[d]);
    for (const d of docs) best[d] = 0;
    return { docs, weights };
  }

  /**
   * idf-weighted coverage of the slots, added per matching document into `out`; documents seen for
   * the first time are appended to `touched`. Rare words count more than words found everywhere.
   */
  private coverage(slots: readonly (readonly string[])[], out: Float64Array, touched: number[], seen: Uint8Array): void {
    const hits = slots.map((slot) => this.slotHits(slot));
    const idfs = hits.map((h) => Math.log(1 + (this.docs.length + 1) / (h.docs.length + 1)));
    const total = idfs.reduce((sum, x) => sum + x, 0);
    if (total === 0) return;
    hits.forEach((h, k) => {
      const f = idfs[k] / total;
      for (let j = 0; j < h.docs.length; j++) {
        const d = h.docs[j];
        out[d] += f * h.weights[j];
        if (!seen[d]) {
          seen[d] = 1;
          touched.push(d);
        }
      }
    });
  }

  /**
   * The typo pass: every document whose name shares at least TRIGRAM_MIN of the query's trigrams
   * (pg_trgm's word_similarity, approximately) gets TRIGRAM_FACTOR × that share, and joins `cand`.
   * Shared trigrams are counted from the trigrams' postings, so only names sharing one are visited.
   */
  private addTrigramMatches(text: string, keep: ((m: M) => boolean) | null, cand: number[]): void {
    const qg = trigrams(text, true);
    if (qg.size === 0) return;
    const { own, seen, shared } = this;
    const visited: number[] = [];
    for (const g of qg) {
      const docs = this.gramDocs.get(g);
      if (!docs) continue;
      for (let j = 0; j < docs.length; j++) if (shared[docs[j]]++ === 0) visited.push(docs[j]);
    }
    for (const d of visited) {
      const sim = shared[d] / qg.size;
      shared[d] = 0;
      if (sim < TRIGRAM_MIN || (keep && !keep(this.docs[d].meta))) continue;
      own[d] += TRIGRAM_FACTOR * sim;
      if (!seen[d]) {
        seen[d] = 1;
        cand.push(d);
      }
    }
  }

  /**
   * Documents matching the query and passing `keep`: how many there are, and the best `limit` of
   * them, best first (only those are sorted: a common word can match thousands). `boost` scales a
   * document's score (1: unchanged).
   */
  search(q: IndexQuery, keep: ((m: M) => boolean) | null, limit: number, boost?: (m: M) => number): { total: number; hits: Hit<M>[] } {
    const { own, syn, one, seen, mark } = this;
    const touched: number[] = [];
    this.coverage(q.slots, own, touched, seen);
    // A name that contains the whole query contains each of its words, so it already scores near
    // the top on the query's own words: only those documents need the (costly) substring check.
    if (q.text) {
      for (const d of touched) {
        if (own[d] < PHRASE_CHECK_FROM) continue;
        const name = this.docs[d].name;
        if (name.includes(q.text)) own[d] += PHRASE_BONUS + (name.split(' ')[0] === q.text ? EXACT_NAME_BONUS : 0);
      }
    }
    if (q.expansions.length) {
      // Each expansion is scored on its own; a document keeps its best one.
      const mine: number[] = [];
      for (const e of q.expansions) {
        mine.length = 0;
        this.coverage(
          e.map((t) => [t]),
          one,
          mine,
          mark,
        );
        for (const d of mine) {
          if (one[d] > syn[d]) syn[d] = one[d];
          one[d] = 0;
          mark[d] = 0;
          if (!seen[d]) {
            seen[d] = 1;
            touched.push(d);
          }
        }
      }
      for (const d of touched) {
        own[d] += SYNONYM_FACTOR * syn[d];
        syn[d] = 0;
      }
    }
    const cand = keep ? touched.filter((d) => keep(this.docs[d].meta)) : touched.slice();
    if (cand.length < TRIGRAM_WHEN_FEWER && q.text) this.addTrigramMatches(q.text, keep, cand);
    // A preference (the caller's audience) scales whole scores, so it reorders hits of similar
    // relevance without lifting a weak match over a strong one.
    if (boost) for (const d of cand) own[d] *= boost(this.docs[d].meta);
    let top = 0;
    for (const d of cand) if (own[d] > top) top = own[d];
    const floor = top * RELATIVE_CUTOFF;
    let kept = cand.filter((d) => own[d] > 0 && own[d] >= floor);
    const total = kept.length;
    if (kept.length > limit) {
      // The limit-th best score, by a comparator-free typed-array sort; ties at it are all kept.
      const scores = Float64Array.from(kept, (d) => own[d]).sort();
      const kth = scores[scores.length - limit];
      kept = kept.filter((d) => own[d] >= kth);
    }
    kept.sort((a, b) => own[b] - own[a] || a - b);
    const hits = kept.slice(0, limit).map((d) => ({ doc: this.docs[d], score: own[d], rank: d }));
    for (const d of touched) {
      own[d] = 0;
      seen[d] = 0;
    }
    for (const d of cand) {
      own[d] = 0;
      seen[d] = 0;
    }
    return { total, hits };
  }

  /** Each index token with the sum of its weights of at least `min` over the documents. */
  *tokenWeights(min: number): Generator<[token: string, weight: number]> {
    for (const [token, p] of this.postings) {
      let sum = 0;
      for (let j = 0; j < p.weights.length; j++) if (p.weights[j] >= min) sum += p.weights[j];
      if (sum > 0) yield [token, sum];
    }
  }

  /** Whether a query token matches anything in the index (a latin word also as a prefix). */
  knows(token: string): boolean {
    return this.keysOf(token).some((k) => this.postings.has(k));
  }

  /** Every document passing `keep`, in browse order. */
  browse(keep: ((m: M) => boolean) | null): IndexDoc<M>[] {
    return keep ? this.docs.filter((d) => keep(d.meta)) : [...this.docs];
  }
}
