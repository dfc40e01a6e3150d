import { describe, expect, it, vi } from 'vitest';
import { StoryIndex } from '../../src/link/index.js';
import { reworded, shuffled } from './helpers.js';

type Settling = { settleComponent: (pieces: number[]) => number[][] };

describe('StoryIndex.storyWith', () => {
  const articles = reworded();

  it('gives each article the story, id included, that the full list gives it, after every add', () => {
    for (const order of [articles, shuffled(articles, 3)]) {
      const index = new StoryIndex();
      for (const a of order) {
        index.add(a);
        const own = index.storyWith(a.id)!;
        // Later stories shift their ids when a re-settled component splits: the id must follow.
        const listed = index.stories();
        expect(own).toEqual(listed.find((s) => s.articles.includes(a.id)));
        expect(index.storyOf(a.id)).toBe(own.id);
      }
      expect(index.storyWith('no-such-article')).toBeNull();
    }
  });

  it('settles only the component a new article changed', () => {
    const index = new StoryIndex();
    for (const a of articles) index.add(a);
    index.stories();
    const spy = vi.spyOn(StoryIndex.prototype as unknown as Settling, 'settleComponent');
    try {
      const late = { ...articles[0]!, id: 'late' };
      index.add(late);
      const own = index.storyWith('late')!;
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0]![0]!.length).toBeLessThan(index.toJSON().stories.length);
      expect(own.articles).toContain(articles[0]!.id);
      // Nothing changed since: no settling at all.
      spy.mockClear();
      index.stories();
      index.storyWith(articles[5]!.id);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('answers the same on a restored index as on the original', () => {
    const original = new StoryIndex();
    for (const a of articles.slice(0, 40)) original.add(a);
    const restored = StoryIndex.fromJSON(JSON.parse(JSON.stringify(original.toJSON())));
    for (const a of articles.slice(40)) {
      original.add(a);
      restored.add(a);
      expect(restored.storyWith(a.id)).toEqual(original.storyWith(a.id));
    }
    expect(restored.stories()).toEqual(original.stories());
  });
});
