import { describe, expect, it, vi } from 'vitest';
import { groupStories, StoryIndex } from '../../src/link/index.js';
import { reworded } from './helpers.js';

/** Serialises through JSON text, as the store does. */
function roundTrip(index: StoryIndex): StoryIndex {
  return StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
}

describe('StoryIndex.toJSON / fromJSON', () => {
  const articles = reworded();

  it('restores an index that grows exactly as the original', () => {
    for (const cut of [0, 1, Math.floor(articles.length / 3), articles.length - 5]) {
      const original = new StoryIndex();
      for (const a of articles.slice(0, cut)) original.add(a);
      const restored = roundTrip(original);
      expect(restored.size).toBe(cut);
      expect(restored.stories()).toEqual(original.stories());
      const assigned = articles.slice(cut).map((a) => {
        original.add(a);
        restored.add(a);
        return [original.storyOf(a.id), restored.storyOf(a.id)];
      });
      for (const [a, b] of assigned) expect(b).toBe(a);
      expect(restored.stories()).toEqual(original.stories());
      expect(restored.toJSON()).toEqual(original.toJSON());
      expect(restored.stories()).toEqual(groupStories(articles));
    }
  });

  it('keeps which pieces were re-checked, so a restored index only re-checks what grew', () => {
    const original = new StoryIndex();
    for (const a of articles) original.add(a);
    // Without the settled stories, so that both restores settle (see the next test).
    const saved = { ...(JSON.parse(JSON.stringify(original.toJSON())) as ReturnType<StoryIndex['toJSON']>), settled: undefined };
    expect(saved.checked.length).toBeGreaterThan(0);
    // Pair link values are what a re-check computes: count them.
    const spy = vi.spyOn(StoryIndex.prototype as unknown as { linkValue: (s: number, need: number) => number }, 'linkValue');
    try {
      const warm = StoryIndex.fromJSON(saved);
      spy.mockClear();
      const stories = warm.stories();
      const warmCalls = spy.mock.calls.length;
      const cold = StoryIndex.fromJSON({ ...saved, checked: [] });
      spy.mockClear();
      expect(cold.stories()).toEqual(stories);
      expect(warmCalls).toBeLessThan(spy.mock.calls.length);
      expect(stories).toEqual(original.stories());
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps the settled stories, so a restored index settles nothing until it grows', () => {
    const original = new StoryIndex();
    for (const a of articles) original.add(a);
    // Parsed afresh for each restore: a restored index takes the parsed arrays as its own.
    const text = JSON.stringify(original.toJSON());
    const saved = (): ReturnType<StoryIndex['toJSON']> => JSON.parse(text) as ReturnType<StoryIndex['toJSON']>;
    const settle = vi.spyOn(StoryIndex.prototype as unknown as { settleComponent: (c: number[]) => number[][] }, 'settleComponent');
    try {
      const warm = StoryIndex.fromJSON(saved());
      settle.mockClear();
      expect(warm.stories()).toEqual(original.stories());
      expect(settle).not.toHaveBeenCalled();
      // One more article settles only its own component.
      const extra = { ...articles[0]!, id: 'one-more' };
      warm.add(extra);
      original.add(extra);
      const grown = warm.stories();
      expect(settle).toHaveBeenCalledTimes(1);
      expect(grown).toEqual(original.stories());
      // Without the field, or with one that does not name every article once, everything settles again.
      const stories = StoryIndex.fromJSON(saved()).stories();
      const all = saved().settled!;
      for (const broken of [undefined, all.slice(1), [...all, all[0]!]]) {
        settle.mockClear();
        expect(StoryIndex.fromJSON({ ...saved(), settled: broken }).stories()).toEqual(stories);
        expect(settle.mock.calls.length).toBeGreaterThan(1);
      }
    } finally {
      settle.mockRestore();
    }
  });

  it('knows which articles it holds and refuses a duplicate after restoring', () => {
    const original = new StoryIndex();
    for (const a of articles.slice(0, 10)) original.add(a);
    const restored = roundTrip(original);
    expect(restored.has(articles[3]!.id)).toBe(true);
    expect(restored.has(articles[20]!.id)).toBe(false);
    expect(restored.storyOf(articles[3]!.id)).toBe(original.storyOf(articles[3]!.id));
    expect(() => restored.add(articles[3]!)).toThrow(/duplicate/);
  });

  it('keeps the saved options unless overridden, and refuses other data', () => {
    const strict = new StoryIndex({ threshold: 0.9 });
    for (const a of articles.slice(0, 20)) strict.add(a);
    expect(StoryIndex.fromJSON(strict.toJSON()).toJSON().options.threshold).toBe(0.9);
    expect(StoryIndex.fromJSON(strict.toJSON(), { threshold: 0.4 }).toJSON().options.threshold).toBe(0.4);
    expect(() => StoryIndex.fromJSON({ format: 99 })).toThrow(/saved story index/);
    // Format 1 kept story links as shares of each pair's own need, format 2 stories merged while articles
    // arrived (pieces are now merged only when settling), format 3 re-checked pieces without the cohesion
    // rule (its saved parts would differ from a fresh grouping's): none is comparable, so they are rebuilt.
    expect(() => StoryIndex.fromJSON({ ...strict.toJSON(), format: 1 })).toThrow(/saved story index/);
    expect(() => StoryIndex.fromJSON({ ...strict.toJSON(), format: 2 })).toThrow(/saved story index/);
    expect(() => StoryIndex.fromJSON({ ...strict.toJSON(), format: 3 })).toThrow(/saved story index/);
    expect(() => StoryIndex.fromJSON(null)).toThrow(/saved story index/);
  });
});
