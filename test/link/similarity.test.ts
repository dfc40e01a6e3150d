import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarity } from '../../src/link/index.js';
import { collection, seed } from './helpers.js';

const words = ['bank', 'rate', 'storm', 'Russia', 'NATO', 'museum', 'harbour', 'inflation', 'the', 'of', 'talks', 'Geneva', '2022'];
const text = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' '));

describe('similarity', () => {
  it('stays in [0, 1] and is symmetric', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it('gives 1 for identical texts', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0), (a) => similarity(a, a) === 1));
  });

  it('scores the two seeds high and unrelated articles near zero', () => {
    const same = similarity(seed('000'), seed('004'));
    const docs = collection();
    const unrelated = similarity(seed('004'), 'Local farmers gathered at the county fair to show their prize pumpkins and discuss the summer drought.');
    expect(same).toBeGreaterThan(0.6);
    expect(unrelated).toBeLessThan(0.1);
    // Same actors, different story: below the same story.
    const drafts = docs.find((d) => d.id === 'drafts-tass')!.text;
    expect(similarity(seed('004'), drafts)).toBeLessThan(same);
  });
});
