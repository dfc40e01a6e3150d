import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, StoreError, type Store } from '../../src/store/index.js';
import { makeArticle, makeReading, tempDir } from './helpers.js';

let cleanup: () => void;
let path: string;
let store: Store;
let ids: string[];

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  path = join(t.dir, 'collection.db');
  store = openStore(path);
  ids = [
    makeArticle({ input: 'a.txt', title: 'Moscow answers Washington', site: 'RT', published: '2022-02-17T16:30:00+03:00' }),
    makeArticle({ input: 'b.txt', title: null, site: 'Example News', published: '2022-02-17T12:00:00Z' }),
    makeArticle({ input: 'c.txt', title: 'Lavrov', site: 'RT', published: null }),
    makeArticle({ input: 'd.txt', title: 'Unrelated', site: null, published: '2021-11-02' }),
  ].map((article) => store.addArticle(article, makeReading()).id);
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('stories', () => {
  it('replaces the grouping and summarises each story', () => {
    const [a, b, c, d] = ids as [string, string, string, string];
    store.replaceStories(
      [
        { id: 's1', articles: [b, a, c], reasons: ['shared actors: Russia, United States'] },
        { id: 's2', articles: [d], reasons: [] },
      ],
      { s1: 'Russia responds on security guarantees' },
    );
    const summaries = store.stories();
    expect(summaries).toEqual([
      {
        id: 's1',
        title: 'Russia responds on security guarantees',
        articles: 3,
        outlets: ['Example News', 'RT'],
        // 16:30+03:00 is 13:30Z, after 12:00Z: compared as instants, not as text.
        firstPublished: '2022-02-17T12:00:00Z',
        lastPublished: '2022-02-17T16:30:00+03:00',
      },
      // No title given: the first article title stands in.
      { id: 's2', title: 'Unrelated', articles: 1, outlets: [], firstPublished: '2021-11-02', lastPublished: '2021-11-02' },
    ]);

    const one = store.story('s1');
    expect(one?.summary).toEqual(summaries[0]);
    expect(one?.articles.map((x) => x.id)).toEqual([b, a, c]);
    expect(one?.reasons).toEqual(['shared actors: Russia, United States']);
    expect(store.story('missing')).toBeUndefined();
  });

  it('replaces everything on each call and keeps a surviving story’s creation time', async () => {
    const [a, b, c] = ids as [string, string, string];
    store.replaceStories([{ id: 'keep', articles: [a], reasons: [] }, { id: 'gone', articles: [b], reasons: [] }], {});
    const createdBefore = storyCreatedAt('keep');
    await new Promise((r) => setTimeout(r, 5));
    store.replaceStories([{ id: 'keep', articles: [a, c], reasons: [] }, { id: 'new', articles: [b], reasons: [] }], {});
    expect(store.stories().map((s) => s.id)).toEqual(['keep', 'new']);
    expect(store.story('gone')).toBeUndefined();
    expect(store.story('keep')?.summary.articles).toBe(2);
    expect(storyCreatedAt('keep')).toBe(createdBefore);
    expect(storyCreatedAt('new') > createdBefore).toBe(true);
    store.replaceStories([], {});
    expect(store.stories()).toEqual([]);
  });

  it('rejects a bad grouping and leaves the previous one in place', () => {
    const [a, b] = ids as [string, string];
    store.replaceStories([{ id: 's1', articles: [a, b], reasons: [] }], { s1: 'Before' });
    const before = store.stories();
    expect(() => store.replaceStories([{ id: 's2', articles: [a, 'no-such-article'], reasons: [] }], {})).toThrow(
      /story s2 lists article no-such-article, which is not in/,
    );
    expect(() =>
      store.replaceStories(
        [
          { id: 'x', articles: [a], reasons: [] },
          { id: 'x', articles: [b], reasons: [] },
        ],
        {},
      ),
    ).toThrow(StoreError);
    expect(() => store.replaceStories([{ id: 'y', articles: [a, a], reasons: [] }], {})).toThrow(/twice/);
    expect(store.stories()).toEqual(before);
  });

  it('summaries follow an article’s current version and survive reopening', () => {
    const [a] = ids as [string];
    store.replaceStories([{ id: 's', articles: [a], reasons: [] }], { s: 'Title' });
    store.addArticle(makeArticle({ input: 'a.txt', site: 'RT', published: '2022-02-20', text: 'Revised.' }), makeReading());
    store.close();
    store = openStore(path);
    expect(store.stories()[0]).toMatchObject({ firstPublished: '2022-02-20', lastPublished: '2022-02-20' });
    expect(store.story('s')?.articles[0]?.version).toBe(2);
  });
});

function storyCreatedAt(id: string): string {
  // Read through a separate plain connection: the store does not expose creation times.
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[string], string>('SELECT created_at FROM stories WHERE id = ?').pluck().get(id) ?? '';
  } finally {
    db.close();
  }
}
