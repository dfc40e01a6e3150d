import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasWords, sliceClean, spanCleaner, wordCount } from '../../src/dossier/text.js';

describe('spanCleaner', () => {
  it('folds white space runs and trims, like sliceClean', () => {
    const text = 'One  two\n\nthree\u00a0four \t five';
    const clean = spanCleaner(text);
    expect(clean({ start: 0, end: text.length })).toBe('One two three four five');
    expect(clean({ start: 4, end: 13 })).toBe('two thr');
    expect(clean({ start: 3, end: 5 })).toBe('');
  });

  it('property: gives exactly sliceClean for every span of every text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab .\n\t\r\u00a0\u2003\ufeffé'.split('')), maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const clean = spanCleaner(text);
          const a = x % (text.length + 1);
          const b = y % (text.length + 1);
          const span = { start: Math.min(a, b), end: Math.max(a, b) };
          expect(clean(span)).toBe(sliceClean(text, span));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('hasWords', () => {
  it('property: agrees with wordCount for every threshold', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1 ’\'.é'.split('')), maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (text, min) => {
        expect(hasWords(text, min)).toBe(wordCount(text) >= min);
      }),
      { numRuns: 1000 },
    );
  });
});
