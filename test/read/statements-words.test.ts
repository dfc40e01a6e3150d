import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, lastStopBefore, lastWords } from '../../src/read/statement-words.js';

/** What lastWords must give: the stretch split on \s, its last n words joined by spaces. */
const reference = (text: string, from: number, to: number, n: number): string => text.slice(from, to).split(/\s+/).filter(Boolean).slice(-n).join(' ');

describe('lastWords', () => {
  it('keeps the last words before a position, however they are spaced', () => {
    expect(lastWords('Russia  does\tnot\n invade Ukraine', 0, 24, 4)).toBe('Russia does not invade');
    expect(lastWords('has no plans to', 0, 15, 2)).toBe('plans to');
    expect(lastWords('  ', 0, 2, 3)).toBe('');
    expect(lastWords('abc', 2, 1, 3)).toBe('');
  });

  it('agrees with splitting the stretch, on any text and bounds', () => {
    const ch = fc.constantFrom('a', 'b', 'n', 'o', 't', ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u0085', '“', ',', 'é');
    fc.assert(fc.property(fc.array(ch, { maxLength: 30 }).map((cs) => cs.join('')), fc.nat(31), fc.nat(31), fc.integer({ min: 1, max: 6 }), (text, a, b, n) => {
      expect(lastWords(text, a, b, n)).toBe(reference(text, a, b, n));
    }), { numRuns: 1000 });
  });

  it('tells white space as \\s does, for every UTF-16 unit', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    const spaces = new Set([...all.matchAll(/\s/g)].map((m) => m.index));
    const told = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => isSpace(c));
    expect(told).toEqual([...spaces]);
  });
});

describe('lastStopBefore', () => {
  it('finds the nearest comma or semicolon in the stretch, else -1', () => {
    const text = 'a, b; c d';
    expect(lastStopBefore(text, 0, 9)).toBe(4);
    expect(lastStopBefore(text, 0, 4)).toBe(1);
    expect(lastStopBefore(text, 2, 4)).toBe(-1);
    expect(lastStopBefore(text, 0, 0)).toBe(-1);
  });
});
