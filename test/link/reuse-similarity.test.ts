import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findReuse } from '../../src/link/index.js';
import { contentWords } from '../../src/link/reuse.js';

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
