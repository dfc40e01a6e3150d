import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/link/story-entry.js';
import { storyReasons } from '../../src/link/story-reasons.js';

/** The reasons' shared keys as plainly as they can be said: a map per member, a tally per key. */
function plainCommon(members: Entry[], pick: (m: Entry) => [Int32Array, Float32Array], quorum: number, limit: number): number[] {
  const tally = new Map<number, [number, number]>();
  for (const m of members) {
    const [keys, weights] = pick(m);
    const own = new Map<number, number>();
    keys.forEach((k, i) => own.set(k, weights[i]!));
    for (const [k, w] of own) {
      const t = tally.get(k) ?? [0, 0];
      tally.set(k, [t[0] + 1, t[1] + w]);
    }
  }
  return [...tally]
    .filter(([, t]) => t[0] >= quorum)
    .sort((x, y) => y[1][1] - x[1][1] || x[0] - y[0])
    .slice(0, limit)
    .map(([k]) => k);
}

function plainReasons(all: Entry[], nameForms: string[], termForms: string[]): string[] {
  if (all.length < 2) return ['only article of this story'];
  const members = all.length > 48 ? all.slice(0, 24).concat(all.slice(-24)) : all;
  const quorum = Math.max(2, Math.ceil(members.length * 0.6));
  const out: string[] = [];
  const actors = plainCommon(members, (m) => [m.names, m.nameWeights], quorum, 5).map((k) => nameForms[k] ?? String(k));
  if (actors.length) out.push(`shared actors: ${actors.join(', ')}`);
  const first = new Set(members[0]!.names);
  const terms = plainCommon(members, (m) => [m.terms, m.weights], quorum, 6)
    .filter((k) => !first.has(k))
    .slice(0, 5)
    .map((k) => termForms[k] || String(k));
  if (terms.length) out.push(`shared terms: ${terms.join(', ')}`);
  const times = all.map((m) => m.time).filter((t): t is number => t !== null);
  if (times.length >= 2) {
    const days = Math.round((Math.max(...times) - Math.min(...times)) / 86_400_000);
    out.push(`published within ${days} day${days === 1 ? '' : 's'}`);
  }
  return out;
}

const forms = Array.from({ length: 40 }, (_, i) => `w${i}`);
// Few distinct keys and weights, so shared keys, equal sums (ties) and keys listed twice in one member all occur.
const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 39 }), fc.constantFrom(0.5, 0.25, 0.125, 0.3, 1)), { maxLength: 12 });
const entry = fc.record({ terms: pairs, names: pairs, time: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) }).map(
  ({ terms, names, time }): Entry => ({
    id: 'a',
    order: 0,
    time: time === null ? null : time * 86_400_000,
    story: 0,
    terms: Int32Array.from(terms.map((p) => p[0])),
    weights: Float32Array.from(terms.map((p) => p[1])),
    names: Int32Array.from(names.map((p) => p[0])),
    nameWeights: Float32Array.from(names.map((p) => p[1])),
    nameTotal: names.reduce((s, p) => s + p[1], 0),
  }),
);

describe('storyReasons', () => {
  it('names the keys most members share, as a per-member map tally would (ties, repeats, large stories)', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 60 }), (all) => {
        expect(storyReasons(all, forms, forms)).toEqual(plainReasons(all, forms, forms));
      }),
      { numRuns: 300 },
    );
  });

  it('says which actors and terms a story shares and how far apart it was published', () => {
    const make = (terms: number[], names: number[], day: number): Entry => ({
      id: String(day),
      order: day,
      time: day * 86_400_000,
      story: 0,
      terms: Int32Array.from(terms),
      weights: Float32Array.from(terms.map(() => 0.5)),
      names: Int32Array.from(names),
      nameWeights: Float32Array.from(names.map(() => 2)),
      nameTotal: 2 * names.length,
    });
    const reasons = storyReasons([make([1, 2, 3], [7], 0), make([1, 2, 4], [7, 8], 1), make([1, 5], [7], 3)], forms, forms);
    expect(reasons).toEqual(['shared actors: w7', 'shared terms: w1, w2', 'published within 3 days']);
  });
});
