import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldSpace, hasWords, isSpaceCode, sliceClean, spanCleaner, wordCount } from '../../src/dossier/text.js';

describe('foldSpace', () => {
  it('isSpaceCode is exactly \\s, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('property: folds and trims exactly as replace(/\\s+/g, " ").trim()', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab  .\n\t\r\u00a0\u2003\u3000\ufeff\u180eé'.split('')), maxLength: 50 }), (text) => {
        expect(foldSpace(text)).toBe(text.replace(/\s+/g, ' ').trim());
        expect(sliceClean(`x${text}y`, { start: 1, end: text.length + 1 })).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

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

describe('wordCount', () => {
  const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  const byRegex = (text: string) => text.match(WORD)?.length ?? 0;

  it('counts letters and digits, with an apostrophe and letters after it in the word', () => {
    expect(wordCount("Don't stop: rock'n'roll, 42's 3'4 l'été")).toBe(8);
    expect(wordCount('Ⅻ ½ ٣ 𝐀𝐁 𠀀x')).toBe(5);
    expect(wordCount('')).toBe(0);
  });

  it('property: counts what the Unicode word expression matches, astral letters and lone surrogates included', () => {
    const units = [...'aZ09 .’\'-é²½Ⅻ٣ß\u00a0', '𝐀', '𝟙', '𠀀', '\ud835', '\udc00', '😀'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 40 }), (text) => {
        expect(wordCount(text)).toBe(byRegex(text));
      }),
      { numRuns: 3000 },
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
