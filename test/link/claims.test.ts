import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/link/index.js';
import { seed, sentences } from './helpers.js';

describe('alignClaims', () => {
  const articles = [
    { id: '000', text: seed('000'), sentences: sentences(seed('000')) },
    { id: '004', text: seed('004'), sentences: sentences(seed('004')) },
  ];
  const clusters = alignClaims(articles);
  const textOf = (article: string, s: { start: number; end: number }) =>
    articles.find((a) => a.id === article)!.text.slice(s.start, s.end);

  it('returns every sentence exactly once', () => {
    const all = clusters.flatMap((c) => c.members.map((m) => `${m.article}:${m.sentence.start}`));
    const expected = articles.flatMap((a) => a.sentences.map((s) => `${a.id}:${s.start}`));
    expect(all.sort()).toEqual(expected.sort());
  });

  it('never puts two sentences of one article in a cluster', () => {
    for (const c of clusters) expect(new Set(c.members.map((m) => m.article)).size).toBe(c.members.length);
  });

  it('clusters the two translations of the Contact Group sentence', () => {
    const c = clusters.find((k) => k.members.some((m) => m.article === '000' && textOf('000', m.sentence).includes('Contact Group')));
    expect(c).toBeDefined();
    expect(c!.members.map((m) => m.article).sort()).toEqual(['000', '004']);
    expect(textOf('004', c!.members.find((m) => m.article === '004')!.sentence)).toContain('Contact Group');
    expect(c!.cohesion).toBeGreaterThan(0.5);
  });

  it('keeps different claims apart and headings alone', () => {
    const byText = (article: string, needle: string) =>
      clusters.find((k) => k.members.some((m) => m.article === article && textOf(article, m.sentence).includes(needle)))!;
    expect(byText('000', 'Deputy US Ambassador Bart Gorman was expelled').members).toHaveLength(1);
    expect(byText('000', 'You may also like').members).toHaveLength(1);
    const crimea = byText('004', 'The issue of Crimea');
    expect(crimea.members.every((m) => !textOf(m.article, m.sentence).includes('Contact Group'))).toBe(true);
    for (const c of clusters) if (c.members.length === 1) expect(c.cohesion).toBe(1);
  });
});

describe('alignClaims on one article', () => {
  it('gives what the full alignment gives: every sentence alone, in text order, even repeated ones', () => {
    const text = `${seed('000')} ${seed('000').slice(0, 400)}`;
    const one = { id: 'one', text, sentences: sentences(text) };
    const empty = { id: 'empty', text: '', sentences: [] };
    const alone = alignClaims([one]);
    expect(alone).toHaveLength(one.sentences.length);
    expect(alone).toEqual(alignClaims([one, empty]));
  });
});
