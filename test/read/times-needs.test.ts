import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NeedSet } from '../../src/read/time-needs.js';
import { matches } from '../../src/read/time-scan.js';

const WORDS = ['year', 'years', 'ties', 'nineties', "0's", '0s', ':', 'st day', 'year’s end', 'now', 'i̇s', 'k'];

/** What the scan must agree with: the lower-cased text's includes, word by word. */
const expected = (text: string, words: string[]): boolean[] => words.map((w) => text.toLowerCase().includes(w));
const scanned = (text: string, words: string[]): boolean[] => {
  const set = new NeedSet();
  for (const w of words) set.add(w);
  const found = set.scan(text);
  return words.map((w) => found[set.id(w)] === 1);
};

describe('NeedSet', () => {
  it('finds overlapping words, words inside words and words across case', () => {
    const text = 'In the NINETIES, two YEARS later; the 1980s and 1990\'s; the 21st day. Now KNOWN.';
    expect(scanned(text, WORDS)).toEqual(expected(text, WORDS));
    expect(scanned(text, ['nineties', 'ties', 'year', 'years'])).toEqual([true, true, true, true]);
  });

  it('lower-cases beyond ASCII as toLowerCase does (İ → i̇, Kelvin sign → k, curly apostrophe kept)', () => {
    for (const text of ['İS', 'a \u212A b', 'YEAR’S END', "YEAR'S END", 'ΣΑΣ', '𐐀 year']) expect(scanned(text, WORDS)).toEqual(expected(text, WORDS));
  });

  it('takes words added after a scan', () => {
    const set = new NeedSet();
    set.add('ago');
    expect(set.scan('two weeks ago')[set.id('ago')]).toBe(1);
    set.add('weeks');
    expect(set.scan('two weeks ago')[set.id('weeks')]).toBe(1);
    expect(set.id('never added')).toBe(-1);
  });

  it('extends a scan with words added since, as a fresh scan of the same text would find them', () => {
    const alphabet = fc.constantFrom('a', 'e', 'r', 's', 'y', 't', 'i', 'Y', 'E', 'A', 'R', 'S', 'T', 'İ', '\u212A', 'Σ', '\ud801', '\udc00', '0', ':', ' ', '’', 'n', 'w', 'o');
    const words = [...WORDS, 'σ', 'ς', '\ud801\udc28', '\ud801\udc00'];
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), fc.integer({ min: 0, max: words.length }), (text, cut) => {
      const set = new NeedSet();
      for (const w of words.slice(0, cut)) set.add(w);
      let found = set.scan(text);
      for (const w of words.slice(cut)) {
        set.add(w);
        found = set.extend(text, found);
      }
      expect(words.map((w) => found[set.id(w)] === 1)).toEqual(scanned(text, words));
    }), { numRuns: 500 });
  });

  it('agrees with includes on any text', () => {
    const alphabet = fc.constantFrom('a', 'e', 'r', 's', 'y', 't', 'i', 'Y', 'E', 'A', 'R', 'S', 'T', 'İ', '\u212A', '0', ':', ' ', '’', "'", 'n', 'w', 'o', 'N');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      expect(scanned(text, WORDS)).toEqual(expected(text, WORDS));
    }), { numRuns: 500 });
  });
});

describe('matches (pooled patterns)', () => {
  it('starts a fresh scan after an earlier one of the same pattern stopped early', () => {
    for (const m of matches('a1 a2 a3', 'a\\d')) if (m[0] === 'a2') break;
    expect([...matches('a1 a2 a3', 'a\\d')].map((m) => m.index)).toEqual([0, 3, 6]);
  });

  it('keeps case-sensitive and insensitive scans of one source apart', () => {
    expect([...matches('May may', 'May', 'g')].map((m) => m.index)).toEqual([0]);
    expect([...matches('May may', 'May', 'gi')].map((m) => m.index)).toEqual([0, 4]);
  });
});
