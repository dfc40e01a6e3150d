import { describe, expect, it } from 'vitest';
import { groupStories, link, StoryIndex } from '../../src/link/index.js';
import type { StoryGroup } from '../../src/types.js';
import { collection, seed } from './helpers.js';

/** Stories as sets of the fixture's gold labels, for comparison. */
function labels(groups: StoryGroup[], story: Map<string, string>): string[][] {
  return groups.map((g) => g.articles.map((id) => story.get(id)!));
}

describe('groupStories', () => {
  const docs = collection();
  const gold = new Map(docs.map((d) => [d.id, d.story]));

  it('separates stories with the same actors and joins reports of one event', () => {
    const groups = groupStories(docs);
    for (const l of labels(groups, gold)) expect(new Set(l).size).toBe(1);
    expect(groups.map((g) => g.articles)).toEqual([
      ['drafts-tass', 'drafts-wire', 'drafts-analysis'],
      ['response-reuters', 'response-ap'],
      ['reply-ria', 'reply-rt', 'reply-summary'],
      ['expulsion-wire', 'expulsion-embassy'],
    ]);
    expect(groups.map((g) => g.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('explains each group in words', () => {
    const groups = groupStories(docs);
    const reply = groups[2]!;
    expect(reply.reasons.some((r) => /^shared actors: .+/.test(r))).toBe(true);
    expect(reply.reasons.some((r) => /^shared terms: .+/.test(r))).toBe(true);
    expect(reply.reasons).toContain('published within 1 day');
  });

  it('gives the same stories when articles are added one by one', () => {
    const index = new StoryIndex();
    // Asking for the stories (or an article's story) between adds must not change what later adds do.
    const assigned = docs.map((d) => {
      index.add(d);
      index.stories();
      return index.storyOf(d.id);
    });
    const batch = groupStories(docs);
    expect(index.stories()).toEqual(batch);
    for (const id of assigned) expect(id).toMatch(/^s\d+$/);
  });

  it('finds the same four stories whatever the input order', () => {
    const partition = (groups: StoryGroup[]) => groups.map((g) => g.articles.slice().sort().join(' ')).sort();
    const expected = partition(groupStories(docs));
    expect(expected).toHaveLength(4);
    expect(partition(groupStories(docs.slice().reverse()))).toEqual(expected);
    const interleaved = [...docs.filter((_, i) => i % 2 === 1), ...docs.filter((_, i) => i % 2 === 0)];
    expect(partition(groupStories(interleaved))).toEqual(expected);
  });

  it('tells which story an article is in now', () => {
    const index = new StoryIndex();
    for (const d of docs) index.add(d);
    for (const g of index.stories()) for (const a of g.articles) expect(index.storyOf(a)).toBe(g.id);
    expect(index.storyOf('no-such-article')).toBeNull();
    expect(index.size).toBe(docs.length);
  });

  it('keeps a far-apart date from joining and handles missing dates', () => {
    const moved = docs.map((d) => (d.id === 'reply-summary' ? { ...d, published: '2023-06-01' } : d));
    const groups = groupStories(moved);
    expect(groups.find((g) => g.articles.includes('reply-summary'))!.articles).toEqual(['reply-summary']);
    const undated = groupStories(docs.map((d) => ({ ...d, published: null })));
    for (const l of labels(undated, gold)) expect(new Set(l).size).toBe(1);
  });

  it('groups the two seeds and links their shared passages', () => {
    const articles = [
      { id: '000', text: seed('000'), published: '2022-02-17' },
      ...docs.filter((d) => d.story !== 'reply'),
      { id: '004', text: seed('004'), published: '2022-02-17' },
    ];
    const result = link(articles);
    const story = result.stories.find((g) => g.articles.includes('000'))!;
    expect(story.articles).toContain('004');
    expect(story.articles).not.toContain('drafts-tass');
    const pair = result.reuse.find((r) => r.a === '000' && r.b === '004');
    expect(pair?.passages.length).toBeGreaterThan(0);
    expect(story.reasons.some((r) => /shared passages?$/.test(r))).toBe(true);
    for (const r of result.reuse) {
      const sa = result.stories.find((g) => g.articles.includes(r.a));
      expect(sa!.articles).toContain(r.b);
    }
  });
});
