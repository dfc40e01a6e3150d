import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, stem, tokenize } from '../../src/link/tokens.js';

const view = (text: string) => tokenize(text).map((t) => `${t.norm}|${t.stem}|${t.stop ? 's' : ''}${t.cap ? 'c' : ''}${t.num ? 'n' : ''}`);

describe('tokenize', () => {
  it('folds apostrophes and possessives, keeps offsets of the written word', () => {
    const text = 'NATO’s “open door” and one\'s O’Neill';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['NATO’s', 'open', 'door', 'and', "one's", 'O’Neill']);
    expect(tokens.map((t) => t.norm)).toEqual(['nato', 'open', 'door', 'and', 'one', "o'neill"]);
  });

  it('marks names by capitals except at a sentence start, and acronyms always', () => {
    expect(view('The talks began. Moscow said US troops left; “Kiev agreed.')).toEqual([
      'the|the|s',
      'talks|talk|',
      'began|began|',
      'moscow|moscow|',
      'said|said|s',
      'us|us|c',
      'troops|troop|',
      'left|left|',
      'kiev|kiev|',
      'agreed|agre|',
    ]);
    // Mid-sentence, after a quote mark or a bracket, a capital still marks a name.
    expect(view('they met (Lavrov) and “Blinken”')).toEqual(['they|they|s', 'met|met|', 'lavrov|lavrov|c', 'and|and|s', 'blinken|blinken|c']);
  });

  it('flags numbers and stopwords, and reads non-ASCII letters as words', () => {
    expect(view('In 2022 the naïve Ελληνικά 中文 3.5')).toEqual([
      'in|in|s',
      '2022|2022|n',
      'the|the|s',
      'naïve|naïv|',
      'ελληνικά|ελληνικά|c',
      '中文|中文|',
      '3|3|n',
      '5|5|n',
    ]);
  });

  it('gives the same tokens however often a spelling was seen before (the per-word cache)', () => {
    const text = 'The Ministry said. The ministry said the Ministry’s plan was "final".';
    const once = JSON.stringify(tokenize(text));
    for (let i = 0; i < 3; i++) expect(JSON.stringify(tokenize(text))).toBe(once);
  });

  it('never mistakes one spelling for another with the same hash in the per-word cache', () => {
    // "Aa"/"BB" and "AaAa"/"BBBB" hash alike under the multiply-by-31 hash the cache uses.
    expect(tokenize('Aa BB AaAa BBBB Aa BB').map((t) => t.norm)).toEqual(['aa', 'bb', 'aaaa', 'bbbb', 'aa', 'bb']);
  });

  it('keeps its answers while the cache grows and after it starts again past its limit', () => {
    const text = 'Ministers said the ministry’s talks were stalling in Geneva.';
    const before = JSON.stringify(tokenize(text));
    // Enough distinct spellings to double the table several times and pass the 200,000-spelling limit.
    for (let chunk = 0; chunk < 21; chunk++) {
      const words = Array.from({ length: 10_000 }, (_, k) => `q${(chunk * 10_000 + k).toString(36)}x`);
      const tokens = tokenize(words.join(' '));
      expect(tokens.length).toBe(words.length);
      expect(tokens[tokens.length - 1]!.norm).toBe(words[words.length - 1]);
      expect(JSON.stringify(tokenize(text))).toBe(before);
    }
  });

  it('property: tokens are ordered, disjoint, and each is its slice folded and stemmed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ’\'s .\n«(1é中 -"'.split('')), maxLength: 80 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          last = t.end;
          const raw = text.slice(t.start, t.end);
          expect(t.norm).toBe(fold(raw));
          if (!(raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase())) expect(t.stem).toBe(stem(t.norm));
        }
      }),
      { numRuns: 300 },
    );
  });
});
