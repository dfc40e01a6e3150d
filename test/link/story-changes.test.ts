// StoryIndex.storyChanges: what a store applies after each add must rebuild exactly the full story list,
// and an add that touches one story must not report the collection.
import { describe, expect, it, vi } from 'vitest';
import { StoryIndex } from '../../src/link/index.js';
import type { StoryGroup } from '../../src/types.js';
import { reworded, shuffled } from './helpers.js';

/** A copy of the stories kept by applying reported changes, as the store keeps its rows. */
function apply(kept: Map<string, StoryGroup & { position: number }>, index: StoryIndex, everything = false): number {
  const report = index.storyChanges(everything);
  if (everything) kept.clear();
  for (const id of report.removed) kept.delete(id);
  for (const { story, position } of report.changed) kept.set(story.id, { ...story, position });
  expect(kept.size).toBe(report.total);
  return report.removed.length;
}

const listed = (kept: Map<string, StoryGroup & { position: number }>): StoryGroup[] =>
  [...kept.values()].sort((a, b) => a.position - b.position).map(({ id, articles, reasons }) => ({ id, articles, reasons }));

describe('StoryIndex.storyChanges', () => {
  const articles = reworded();

  it('reports every story first, then exactly what keeps a copy equal to stories() after every add', () => {
    let removed = 0;
    for (const order of [articles, shuffled(articles, 2), shuffled(articles, 7)]) {
      const index = new StoryIndex();
      const kept = new Map<string, StoryGroup & { position: number }>();
      for (const [k, a] of order.entries()) {
        index.add(a);
        // Now and then several adds between two reports, as a batch of new articles gives.
        if (k % 4 === 2) continue;
        removed += apply(kept, index);
        const stories = index.stories();
        expect(listed(kept)).toEqual(stories);
        // Positions are the stories' ranks: a story's id is its position + 1.
        for (const s of kept.values()) expect(s.id).toBe(`s${s.position + 1}`);
      }
    }
    // Stories merged as articles came (fewer stories than reported before): removals were exercised.
    expect(removed).toBeGreaterThan(0);
  });

  it('reports nothing when nothing changed, one story for an article that starts its own, and everything when asked', () => {
    const index = new StoryIndex();
    for (const a of articles) index.add(a);
    expect(index.storyChanges().changed).toHaveLength(index.stories().length);
    expect(index.storyChanges()).toEqual({ total: index.stories().length, changed: [], removed: [] });
    index.add({ id: 'unrelated', text: 'Beekeepers in the valley report a record honey harvest after a warm and wet spring season.', published: null, actors: [] });
    const report = index.storyChanges();
    expect(report.changed.map((c) => c.story.articles)).toEqual([['unrelated']]);
    expect(report.total).toBe(index.stories().length);
    expect(index.storyChanges(true).changed).toHaveLength(report.total);
  });

  it('reports on a restored index as on the original once both have reported', () => {
    const original = new StoryIndex();
    for (const a of articles.slice(0, 30)) original.add(a);
    const restored = StoryIndex.fromJSON(JSON.parse(JSON.stringify(original.toJSON())));
    original.storyChanges();
    expect(restored.storyChanges().changed).toHaveLength(restored.stories().length);
    for (const a of articles.slice(30)) {
      original.add(a);
      restored.add(a);
      expect(restored.storyChanges()).toEqual(original.storyChanges());
    }
  });
});

type Scoring = { strengthOf: (a: readonly number[], b: readonly number[]) => number };

describe('settling again after one add', () => {
  // Each story told three times, two years apart: three pieces per linked component, three stories.
  const base = reworded();
  const retold = (years: number) =>
    base.map((a) => ({ ...a, id: `${a.id}-${years}y`, published: new Date(Date.parse(a.published!) + years * 365 * 86_400_000).toISOString() }));
  const articles = [...base, ...retold(2), ...retold(4)];

  it('scores again only pairs that involve what changed, and reports only the stories that changed', () => {
    const warm = new StoryIndex();
    for (const a of articles) warm.add(a);
    expect(warm.stories()).toHaveLength(12);
    warm.storyChanges();
    // A restored copy has the same stories but nothing cached: it scores every pair of the component.
    const cold = StoryIndex.fromJSON(JSON.parse(JSON.stringify(warm.toJSON())));
    cold.storyChanges();
    const late = { ...articles.at(-1)!, id: 'late' };
    const spy = vi.spyOn(StoryIndex.prototype as unknown as Scoring, 'strengthOf');
    try {
      warm.add(late);
      const report = warm.storyChanges();
      const warmScores = spy.mock.calls.length;
      spy.mockClear();
      cold.add(late);
      expect(cold.storyChanges()).toEqual(report);
      expect(warmScores).toBeGreaterThan(0);
      expect(spy.mock.calls.length).toBeGreaterThan(warmScores);
      // The late copy joins the latest telling; the two earlier ones come out as before and are not reported.
      expect(report.changed.map((c) => c.story.articles.includes('late'))).toEqual([true]);
      expect(report.total).toBe(12);
    } finally {
      spy.mockRestore();
    }
  });
});
