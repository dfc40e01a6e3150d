import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findReuse } from '../../src/link/index.js';
import { contentWords, seeds, SEED_SPAN } from '../../src/link/reuse.js';

/** Dice of the distinct content stems inside [start, end) of a text, computed independently. */
function stemsIn(text: string, start: number, end: number): Set<string> {
  const words = contentWords(text);
  return new Set(words.stems.filter((_, k) => words.starts[k]! >= start && words.ends[k]! <= end));
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

const VOCAB = 'treaty alliance missile troops border minister statement guarantee security expansion withdrawal response draft talks'.split(' ');

describe('shared passage similarity', () => {
  it('is the Dice coefficient of the two sides\u2019 distinct content words', () => {
    let passages = 0;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: VOCAB.length - 1 }), { minLength: 12, maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 79 }), { maxLength: 10 }),
        fc.integer({ min: 0, max: VOCAB.length - 1 }),
        (words, edits, swap) => {
          const a = words.map((w) => VOCAB[w]!);
          const b = a.slice();
          for (const e of edits) if (e < b.length) b[e] = VOCAB[swap]!;
          const ta = `${a.join(' ')}.`;
          const tb = `Reported: ${b.join(' ')}.`;
          for (const p of findReuse(ta, tb, { method: 'words' })) {
            passages++;
            const expected = Math.round(dice(stemsIn(ta, p.a.start, p.a.end), stemsIn(tb, p.b.start, p.b.end)) * 1000) / 1000;
            expect(p.similarity).toBe(expected);
          }
        },
      ),
      { numRuns: 150, seed: 7 },
    );
    expect(passages).toBeGreaterThan(100);
  });
});

describe('word-pair seeds', () => {
  it('are every matching pair position (order-free pairs), skipping pairs repeated more than three times, in order', () => {
    const pairKey = (s: string[], i: number) => [s[i]!, s[i + 1]!].sort().join(' ');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 60 }),
        (x, y) => {
          const a = contentWords(x.map((w) => VOCAB[w]!).join(' '));
          const b = contentWords(y.map((w) => VOCAB[w]!).join(' '));
          const count = (s: string[], key: string) => s.slice(0, -1).filter((_, i) => pairKey(s, i) === key).length;
          const expected: number[] = [];
          for (let i = 0; i + 1 < a.stems.length; i++) {
            const key = pairKey(a.stems, i);
            if (count(a.stems, key) > 3 || count(b.stems, key) > 3) continue;
            for (let j = 0; j + 1 < b.stems.length; j++) if (pairKey(b.stems, j) === key) expected.push(i * SEED_SPAN + j);
          }
          expect([...seeds(a, b)]).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
