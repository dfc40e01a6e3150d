// What grouping compares of a text (link/features.ts): contractions are function words, not rare terms.
import { describe, expect, it } from 'vitest';
import { features } from '../../src/link/features.js';
import { topicScore } from '../../src/link/similarity.js';

describe('features', () => {
  it('leaves contractions out of the term vector and the names', () => {
    const f = features("They don't know it. I'll say we've seen what they're doing, Mr O'Brien said in Dublin.");
    for (const k of ["don't", "i'll", "we'v", "we've", "they'r", "they're"]) {
      expect(f.vector.has(k), k).toBe(false);
      expect(f.names.has(k), k).toBe(false);
    }
    // A name written with an apostrophe is a name.
    expect([...f.names.keys()].some((k) => k.startsWith("o'brien"))).toBe(true);
    expect([...f.names.keys()]).toContain('dublin');
  });

  it('does not let shared contractions make two unrelated texts alike', () => {
    const a = features("We don't think the bridge won't open. They're sure it isn't ready and we can't wait.");
    const b = features("Farmers don't expect rain. They're worried the harvest won't last and can't be saved.");
    const plainA = features('We think the bridge will open. They are sure it is ready and we wait.');
    const plainB = features('Farmers expect rain. They are worried the harvest will last and be saved.');
    expect(topicScore(a, b)).toBeCloseTo(topicScore(plainA, plainB), 1);
  });
});
