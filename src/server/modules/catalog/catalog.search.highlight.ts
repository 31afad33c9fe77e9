/**
 * Where the words a search looked for occur in a result's name, so the page can mark them. Spans
 * are UTF-16 offsets into the name as the API returns it, sorted and never overlapping.
 */

export interface Span {
  start: number;
  end: number;
}

/** The words to mark: Chinese words are found anywhere, latin ones at the start of a word. */
export interface HighlightTerms {
  han: string[];
  latin: string[];
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The words of a search worth marking: Chinese words of two characters or more (a single
 * character would mark half the page), unless the query is itself a single character; latin
 * words of two letters or more. Duplicates removed.
 */
export function highlightTerms(words: Iterable<string>, singleCharacterQuery = false): HighlightTerms {
  const han = new Set<string>();
  const latin = new Set<string>();
  for (const raw of words) {
    const w = raw.toLowerCase().trim();
    if (/^\p{Script=Han}+$/u.test(w) && (w.length >= 2 || singleCharacterQuery)) han.add(w);
    else if (/^[a-z]{2,}$/.test(w)) latin.add(w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w);
  }
  return { han: [...han], latin: [...latin] };
}

/**
 * The spans of `text` to mark. A latin word is matched at the start of a word of the text and
 * marked to that word's end, since search matches it as a prefix (permit → permits).
 */
export function highlightSpans(text: string, terms: HighlightTerms): Span[] {
  const lower = text.toLowerCase();
  // Lower-casing changes the length of a few letters (İ); offsets must stay those of `text`.
  const hay = lower.length === text.length ? lower : text;
  const spans: Span[] = [];
  for (const w of terms.han) {
    for (let at = hay.indexOf(w); at !== -1; at = hay.indexOf(w, at + w.length)) spans.push({ start: at, end: at + w.length });
  }
  if (terms.latin.length) {
    for (const m of hay.matchAll(/[a-z0-9]+/g)) {
      const word = m[0];
      if (terms.latin.some((w) => (w.length >= 3 ? word.startsWith(w) : word === w))) spans.push({ start: m.index, end: m.index + word.length });
    }
  }
  return merge(spans);
}
