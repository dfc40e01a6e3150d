// Which article pairs of a story are aligned for shared passages: all of a small story, a bounded number
// of the closest partners per article in a large one.
import { describe, expect, it } from 'vitest';
import { pairsToAlign } from '../../src/link/index.js';
import { contentWords } from '../../src/link/reuse.js';
import { seed } from './helpers.js';

const base = seed('000').split(/\n\s*\n/);

/** Article k: the seed with one paragraph dropped (varies with k), so copies are near but not identical. */
function copies(n: number): Map<string, string> {
  return new Map(Array.from({ length: n }, (_, k) => [`a${k}`, base.filter((_, i) => i !== k % base.length).join('\n\n')]));
}

describe('pairsToAlign', () => {
  it('aligns every pair of a story of up to twelve articles', () => {
    const texts = copies(12);
    const pairs = pairsToAlign([...texts.keys()], (id) => contentWords(texts.get(id)!));
    expect(pairs).toHaveLength((12 * 11) / 2);
  });

  it('bounds a large story of near-copies to a few partners per article, each article keeping some', () => {
    const texts = copies(60);
    const ids = [...texts.keys()];
    const pairs = pairsToAlign(ids, (id) => contentWords(texts.get(id)!));
    expect(pairs.length).toBeLessThanOrEqual(6 * 60);
    expect(pairs.length).toBeGreaterThanOrEqual(3 * 60);
    const partnered = new Set(pairs.flat());
    expect(partnered.size).toBe(60);
    for (const [i, j] of pairs) expect(i).toBeLessThan(j);
  });

  it('keeps an exact copy paired with its original in a large story', () => {
    const texts = copies(30);
    const unrelated = 'Heavy rain flooded several streets in the old town on Sunday, the fire service said, and two bridges were closed.';
    texts.set('lone', `${unrelated} ${seed('004')}`);
    texts.set('lone-copy', `${unrelated} ${seed('004')}`);
    const ids = [...texts.keys()];
    const pairs = pairsToAlign(ids, (id) => contentWords(texts.get(id)!));
    expect(pairs).toContainEqual([ids.indexOf('lone'), ids.indexOf('lone-copy')]);
  });
});
