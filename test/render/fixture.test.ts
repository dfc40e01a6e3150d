import { describe, expect, it } from 'vitest';
import { dossierSchema } from '../../src/dossier/schema.js';
import { hostileDossier, largeDossier, seedDossier } from './dossiers.js';

describe('render fixtures', () => {
  it('the seed dossier validates and its spans index the article texts', () => {
    const d = seedDossier();
    expect(() => dossierSchema.parse(d)).not.toThrow();
    const text = new Map(d.articles.map((a) => [a.id, a.text]));
    const slice = (id: string, s: { start: number; end: number }) => text.get(id)!.slice(s.start, s.end);
    const story = d.stories[0]!;
    for (const c of story.claims) for (const e of c.evidence) expect(slice(e.article, e.sentence)).toBe(e.text);
    for (const g of story.quotes)
      for (const q of g.quotes) {
        expect(slice(q.article, q.content)).toBe(q.text);
        expect(q.content.start).toBeGreaterThanOrEqual(q.sentence.start);
        expect(q.content.end).toBeLessThanOrEqual(q.sentence.end);
      }
    for (const t of story.timeline) for (const e of t.sources) expect(slice(e.article, e.sentence)).toBe(e.text);
    for (const r of story.reuse)
      for (const p of r.passages) {
        expect(slice(r.a, p.a)).toBe(p.textA);
        expect(slice(r.b, p.b)).toBe(p.textB);
      }
  });

  it('the seed dossier has the shape the brief asks for', () => {
    const d = seedDossier();
    const story = d.stories[0]!;
    expect(d.articles).toHaveLength(2);
    expect(story.claims.length).toBeGreaterThanOrEqual(8);
    expect(story.shared.length).toBeGreaterThan(0);
    expect(story.unique.every((u) => u.claims.length > 0)).toBe(true);
    expect(story.quotes.map((q) => q.name)).toEqual(expect.arrayContaining(['Russian Foreign Ministry', 'Sergei Lavrov', 'Andrey Kortunov']));
    expect(story.timeline.map((t) => t.date)).toEqual(expect.arrayContaining(['2021-12-17', '2022-01-26', '2022-02-15', '2022-02-17']));
    expect(story.reuse[0]!.passages.length).toBeGreaterThan(0);
  });

  it('the hostile and large dossiers validate', () => {
    expect(hostileDossier().stories).toHaveLength(1);
    expect(largeDossier(100, 200).stories[0]!.outlets).toHaveLength(100);
  });
});
