// How message text becomes search terms, and how a query matches them — once, in JavaScript, so both
// databases index and match the same words (SQLite's FTS5 tokenizer and PostgreSQL's parser split and
// fold differently; here they only ever see lower-case words separated by spaces).
//
// A word is a run of letters and digits. Case and diacritics are folded (NFKD, marks dropped), so
// "Café" and "cafe", "Bandung" and "bandung" are one word. No stemming: realms mix Indonesian and
// English, and an English stemmer mangles Indonesian words. Instead the last word of a query, from
// three letters on, matches every word it begins ("makan" finds "makanan", "kirim" finds "kiriman"), as
// search-as-you-type does. Only the last: each prefix is a merge of many posting lists, and three of
// them cost about twice as much as one (docs/performance.md).

/** The last query word matches as a prefix from this length on (shorter ones match whole words only). */
export const PREFIX_FROM = 3;
/** At most this many words in a query; more are refused (each one is a posting list to intersect). */
export const MAX_QUERY_TERMS = 8;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Case and diacritics folded: what a word is compared as. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The folded words of a text, in order (a word may fold into nothing, e.g. a lone mark). */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    // NFKD can split one written word ("ﬁx", "①") into several; keep each letter/digit run.
    for (const part of foldWord(match[0]).match(/[\p{L}\p{N}]+/gu) ?? []) words.push(part);
  }
  return words;
}

/** What the index stores for a message: its folded words; null when there is nothing to find. */
export function indexText(text: string | null): string | null {
  if (text === null) return null;
  const words = searchWords(text);
  return words.length > 0 ? words.join(' ') : null;
}

export interface QueryTerm {
  word: string;
  prefix: boolean;
}

/** A query's distinct words: whole words, and the last one a prefix; empty when it has no letter or digit. */
export function queryTerms(q: string): QueryTerm[] {
  const words = searchWords(q);
  const last = words.at(-1);
  if (last === undefined) return [];
  const whole = [...new Set(words.slice(0, -1))].filter((w) => w !== last).map((word) => ({ word, prefix: false }));
  return [...whole, { word: last, prefix: [...last].length >= PREFIX_FROM }];
}

function matches(terms: readonly QueryTerm[], folded: string): boolean {
  return terms.some((t) => (t.prefix ? folded.startsWith(t.word) : folded === t.word));
}

export interface Snippet {
  text: string;
  /** Where the matched words are in `text`: [start, end) in UTF-16 code units, as JavaScript slices. */
  highlights: Array<[number, number]>;
}

/** About this many characters of context around the first match. */
const SNIPPET_LENGTH = 160;

/**
 * The part of a message to show for a result: the whole text when short, else a window that starts a
 * little before the first matched word, cut at word boundaries, with "…" where text was left out.
 */
export function snippet(text: string, terms: readonly QueryTerm[]): Snippet {
  const found: Array<[number, number]> = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    const parts = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (parts.some((p) => matches(terms, p))) found.push([match.index, match.index + match[0].length]);
  }
  if (text.length <= SNIPPET_LENGTH) return { text, highlights: found };
  const first = found[0]?.[0] ?? 0;
  let start = Math.max(0, first - 40);
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  start = Math.max(0, end - SNIPPET_LENGTH);
  // Move the edges out to word boundaries (whitespace), never more than 20 characters.
  while (start > 0 && first - start < 60 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && end - start < SNIPPET_LENGTH + 20 && !/\s/.test(text[end]!)) end++;
  // Never split a surrogate pair at either edge.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
  const lead = start > 0 ? '…' : '';
  const body = text.slice(start, end).trim();
  const shift = lead.length - start - (text.slice(start, end).length - text.slice(start, end).trimStart().length);
  const highlights = found.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s + shift, e + shift]);
  return { text: lead + body + (end < text.length ? '…' : ''), highlights };
}
