// The pure part of search: how text becomes index words, how a query matches, and snippets whose
// highlight offsets point at the matched words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexText, queryTerms, searchWords, snippet } from '../../src/shared/search-text.js';

const shown = (s: { text: string; highlights: Array<[number, number]> }) => s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('search text', () => {
  it('folds case, diacritics and compatibility forms; splits on everything but letters and digits', () => {
    expect(searchWords('Café São-Paulo, ZÜRICH! ﬁx ① e-mail: a_b')).toEqual(['cafe', 'sao', 'paulo', 'zurich', 'fix', '1', 'e', 'mail', 'a', 'b']);
    expect(indexText('🎉🎉 !!')).toBeNull();
    expect(indexText(null)).toBeNull();
    expect(indexText('Sudah makan?')).toBe('sudah makan');
  });

  it('makes the last query word a prefix from three letters on, the others whole words, and drops repeats', () => {
    expect(queryTerms('Makan di MAKAN rumah')).toEqual([
      { word: 'makan', prefix: false },
      { word: 'di', prefix: false },
      { word: 'rumah', prefix: true },
    ]);
    expect(queryTerms('rumah makan di')).toEqual([
      { word: 'rumah', prefix: false },
      { word: 'makan', prefix: false },
      { word: 'di', prefix: false },
    ]);
    expect(queryTerms('makan rumah makan')).toEqual([
      { word: 'rumah', prefix: false },
      { word: 'makan', prefix: true },
    ]);
    expect(queryTerms('"*" AND(')).toEqual([{ word: 'and', prefix: true }]);
    expect(queryTerms('!!!')).toEqual([]);
  });

  it('shows a short text whole, with each matched word highlighted as written', () => {
    const s = snippet('Ketemu di Café, makanannya enak. Makan!', queryTerms('cafe makan'));
    // "makan" is the last word: a prefix, so "makanannya" is highlighted too.
    expect(s.text).toBe('Ketemu di Café, makanannya enak. Makan!');
    expect(shown(s)).toEqual(['Café', 'makanannya', 'Makan']);
  });

  it('cuts a long text around the first match, at word boundaries, marking what was left out', () => {
    const words = Array.from({ length: 200 }, (_, i) => `kata${i}`);
    words[120] = 'Rapat';
    const s = snippet(words.join(' '), queryTerms('rapat'));
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThan(200);
    expect(shown(s)).toEqual(['Rapat']);
  });

  it('highlights point at the matched words for any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('rapat', 'Rápat', 'RAPATNYA', 'di', '🎉', 'x'), fc.string()), { maxLength: 120 }), (parts) => {
        const text = parts.join(' ');
        const s = snippet(text, queryTerms('rapat'));
        for (const h of shown(s)) expect(searchWords(h).some((w) => w.startsWith('rapat'))).toBe(true);
        // Never a lone surrogate at the edges.
        expect(s.text).not.toMatch(/^(…)?[\uDC00-\uDFFF]|[\uD800-\uDBFF](…)?$/);
      }),
    );
  });
});
