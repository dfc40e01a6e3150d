// Per-story time budgets in link and dossier: a story past its budget keeps what was found, the dossier
// names what was left out, and every article is still in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDocuments, dossierFor } from '../../src/pipeline/index.js';
import { alignClaims } from '../../src/link/claims.js';
import { link } from '../../src/link/index.js';
import { checkpoint, OverBudget, UNLIMITED, type Budget } from '../../src/common/budget.js';
import { dossierSchema } from '../../src/dossier/index.js';
import type { SourceDocument } from '../../src/types.js';

const SEED_A = readFileSync(new URL('../../examples/security-guarantees/000_e65738cb91f1e9d0.txt', import.meta.url), 'utf8');
const SEED_B = readFileSync(new URL('../../examples/security-guarantees/004_d99e5f2553e52203.txt', import.meta.url), 'utf8');
const doc = (input: string, content: string): SourceDocument => ({ input, origin: input, format: 'text', content, meta: { published: '2022-02-17' } });
const spent: Budget = { expired: () => true };

describe('checkpoint', () => {
  it('asks the budget only every n steps and throws OverBudget once it is spent', () => {
    let asked = 0;
    const step = checkpoint({ expired: () => ++asked >= 2 }, 'test', 10);
    for (let i = 0; i < 19; i++) step();
    expect(asked).toBe(1);
    expect(() => step()).toThrow(OverBudget);
  });

  it('costs nothing without a budget', () => {
    const step = checkpoint(UNLIMITED, 'test', 1);
    for (let i = 0; i < 5000; i++) step();
  });
});

describe('claim alignment under a budget', () => {
  // Many sentences sharing telling words: thousands of candidate pairs, well past one checkpoint interval.
  const sentencesOf = (seed: number) =>
    Array.from({ length: 400 }, (_, i) => `Minister Lavrov ${i % 7} told Kortunov ${(i + seed) % 11} about Brussels sanctions ${i % 5}.`);
  const articleOf = (id: string, seed: number) => {
    const parts = sentencesOf(seed);
    let at = 0;
    const sentences = parts.map((p) => {
      const span = { start: at, end: at + p.length };
      at += p.length + 1;
      return span;
    });
    return { id, text: parts.join(' '), sentences };
  };

  it('throws OverBudget when its budget is spent', () => {
    expect(() => alignClaims([articleOf('a', 0), articleOf('b', 3)], { budget: spent })).toThrow(OverBudget);
  });

  it('gives the same clusters with an unspent budget as with none', () => {
    const input = [articleOf('a', 0), articleOf('b', 3)];
    expect(alignClaims(input, { budget: { expired: () => false } })).toEqual(alignClaims(input));
  });
});

describe('link under a story budget', () => {
  it('counts the pairs a spent budget left unaligned and finds no passages for them', () => {
    const inputs = [SEED_A, SEED_B].map((text, i) => ({ id: `a${i}`, text, published: '2022-02-17' }));
    const spentLink = link(inputs, { storyBudget: () => spent });
    expect(spentLink.stories).toHaveLength(1);
    expect(spentLink.reuse).toEqual([]);
    expect(spentLink.skipped).toEqual([{ story: spentLink.stories[0]!.id, pairs: 1 }]);
    const free = link(inputs, { storyBudget: () => UNLIMITED });
    expect(free.skipped).toEqual([]);
    expect(free.reuse.length).toBeGreaterThan(0);
  });
});

describe('story budgets in the pipeline', () => {
  const docs = [doc('a.txt', SEED_A), doc('b.txt', SEED_B)];

  it('with a spent link budget, notes the story\'s skipped pairs and keeps both articles in one story', () => {
    const dossier = analyze(docs, [], { toolVersion: 't', limits: { storyMs: { link: 0 } } });
    expect(dossier.articles.map((a) => a.id).sort()).toEqual(['a.txt', 'b.txt']);
    expect(dossier.stories).toHaveLength(1);
    expect(dossier.stories[0]!.reuse).toEqual([]);
    expect(dossier.problems).toEqual([
      { input: expect.any(String), message: expect.stringMatching(/^story s\d+: shared passages of 1 article pair skipped: too slow \(over 0 s in link\)$/) },
    ]);
    expect(dossierSchema.safeParse(dossier).success).toBe(true);
  });

  it('with a spent link budget on stored stories, notes the skipped pairs too', () => {
    const { analyzed } = analyzeDocuments(docs);
    const dossier = dossierFor(analyzed, [], { toolVersion: 't', limits: { storyMs: { link: 0 } } }, [{ id: 's1', articles: ['a.txt', 'b.txt'], reasons: [] }]);
    expect(dossier.problems.map((p) => p.message)).toEqual(['story s1: shared passages of 1 article pair skipped: too slow (over 0 s in link)']);
  });

  it('with a spent dossier budget on a long story, notes the claims left out and keeps every article', () => {
    const long = (seed: number) => Array.from({ length: 400 }, (_, i) => `Minister Lavrov ${i % 7} told Kortunov ${(i + seed) % 11} about Brussels sanctions ${i % 5}.`).join(' ');
    const dossier = analyze([doc('x.txt', long(0)), doc('y.txt', long(3))], [], { toolVersion: 't', limits: { storyMs: { dossier: 0 } } });
    expect(dossier.articles.map((a) => a.id).sort()).toEqual(['x.txt', 'y.txt']);
    expect(dossier.stories).toHaveLength(1);
    expect(dossier.stories[0]!.claims).toEqual([]);
    expect(dossier.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^story s\d+: claims not aligned skipped: too slow \(over 0 s in dossier\)$/)]);
    expect(dossierSchema.safeParse(dossier).success).toBe(true);
  });

  it('without budgets, the example has shared passages and no problems', () => {
    const dossier = analyze(docs, [], { toolVersion: 't', limits: { storyMs: { link: null, dossier: null } } });
    expect(dossier.stories[0]!.reuse.length).toBeGreaterThan(0);
    expect(dossier.problems).toEqual([]);
  });
});
