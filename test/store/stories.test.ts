import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, StoreError, type Store } from '../../src/store/index.js';
import { storeBackends, type Backend } from './backends.js';
import { grouping, makeArticle, makeReading } from './helpers.js';

describe.each(storeBackends())('$name stories', (backend) => {
let path: string;
let store: Store;
let ids: string[];

beforeEach(async () => {
  path = await backend.fresh();
  store = await openStore(path);
  ids = [];
  for (const article of [
    makeArticle({ input: 'a.txt', title: 'Moscow answers Washington', site: 'RT', published: '2022-02-17T16:30:00+03:00' }),
    makeArticle({ input: 'b.txt', title: null, site: 'Example News', published: '2022-02-17T12:00:00Z' }),
    makeArticle({ input: 'c.txt', title: 'Lavrov', site: 'RT', published: null }),
    makeArticle({ input: 'd.txt', title: 'Unrelated', site: null, published: '2021-11-02' }),
  ]) ids.push((await store.addArticle(article, makeReading())).id);
});
afterEach(async () => {
  await store.close();
});

describe('stories', () => {
  it('replaces the grouping and summarises each story', async () => {
    const [a, b, c, d] = ids as [string, string, string, string];
    await store.replaceStories(
      [
        { id: 's1', articles: [b, a, c], reasons: ['shared actors: Russia, United States'] },
        { id: 's2', articles: [d], reasons: [] },
      ],
      { s1: 'Russia responds on security guarantees' },
    );
    const summaries = await store.stories();
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

    const one = await store.story('s1');
    expect(one?.summary).toEqual(summaries[0]);
    expect(one?.articles.map((x) => x.id)).toEqual([b, a, c]);
    expect(one?.reasons).toEqual(['shared actors: Russia, United States']);
    expect(await store.story('missing')).toBeUndefined();
  });

  it('replaces everything on each call and keeps a surviving story’s creation time', async () => {
    const [a, b, c] = ids as [string, string, string];
    await store.replaceStories([{ id: 'keep', articles: [a], reasons: [] }, { id: 'gone', articles: [b], reasons: [] }], {});
    const createdBefore = await storyCreatedAt('keep');
    await new Promise((r) => setTimeout(r, 5));
    await store.replaceStories([{ id: 'keep', articles: [a, c], reasons: [] }, { id: 'new', articles: [b], reasons: [] }], {});
    expect((await store.stories()).map((s) => s.id)).toEqual(['keep', 'new']);
    expect(await store.story('gone')).toBeUndefined();
    expect((await store.story('keep'))?.summary.articles).toBe(2);
    expect(await storyCreatedAt('keep')).toBe(createdBefore);
    expect((await storyCreatedAt('new')) > createdBefore).toBe(true);
    await store.replaceStories([], {});
    expect(await store.stories()).toEqual([]);
  });

  it('rejects a bad grouping and leaves the previous one in place', async () => {
    const [a, b] = ids as [string, string];
    await store.replaceStories([{ id: 's1', articles: [a, b], reasons: [] }], { s1: 'Before' });
    const before = await store.stories();
    await expect(store.replaceStories([{ id: 's2', articles: [a, 'no-such-article'], reasons: [] }], {})).rejects.toThrow(
      /story s2 lists article no-such-article, which is not in/,
    );
    await expect(
      store.replaceStories(
        [
          { id: 'x', articles: [a], reasons: [] },
          { id: 'x', articles: [b], reasons: [] },
        ],
        {},
      ),
    ).rejects.toThrow(StoreError);
    await expect(store.replaceStories([{ id: 'y', articles: [a, a], reasons: [] }], {})).rejects.toThrow(/twice/);
    expect(await store.stories()).toEqual(before);
  });

  it('summaries follow an article’s current version and survive reopening', async () => {
    const [a] = ids as [string];
    await store.replaceStories([{ id: 's', articles: [a], reasons: [] }], { s: 'Title' });
    await store.addArticle(makeArticle({ input: 'a.txt', site: 'RT', published: '2022-02-20', text: 'Revised.' }), makeReading());
    await store.close();
    store = await openStore(path);
    expect((await store.stories())[0]).toMatchObject({ firstPublished: '2022-02-20', lastPublished: '2022-02-20' });
    expect((await store.story('s'))?.articles[0]?.version).toBe(2);
  });
});

describe('applyGrouping', () => {
  const rows = () => memberRows(backend, path);

  it('rewrites changed stories in place: positions swapped, members added, dropped or reordered, creation times kept', async () => {
    const [a, b, c, d] = ids as [string, string, string, string];
    const { generation } = await store.linkGeneration();
    const write = (id: string, articles: string[], position: number) => ({ story: { id, articles, reasons: [`r${position}`] }, position, title: `T ${id}`, digest: id + articles.join() });
    let g = await store.applyGrouping({ generation, write: [write('s1', [a, b], 0), write('s2', [c], 1), write('s3', [d], 2)], remove: [] });
    const created = { s1: await storyCreatedAt('s1'), s2: await storyCreatedAt('s2') };
    const before = await rows();
    // s1 and s2 swap positions; s1 gains c at its end; s3 goes.
    g = await store.applyGrouping({ generation: g, write: [write('s2', [d], 0), write('s1', [a, b, c], 1)], remove: ['s3'] });
    expect(await grouping(store)).toEqual([
      { id: 's2', title: 'T s2', articles: [d], reasons: ['r0'] },
      { id: 's1', title: 'T s1', articles: [a, b, c], reasons: ['r1'] },
    ]);
    expect(await storyCreatedAt('s1')).toBe(created.s1);
    expect(await storyCreatedAt('s2')).toBe(created.s2);
    const after = await rows();
    // Only the member past what s1 kept is a new row; s2's only member changed, so its row is new.
    expect(after.get(`s1 ${a}`)).toBe(before.get(`s1 ${a}`));
    expect(after.get(`s1 ${b}`)).toBe(before.get(`s1 ${b}`));
    expect(after.get(`s1 ${c}`)).toBeDefined();
    expect(after.has(`s2 ${c}`)).toBe(false);
    // Reordered and shrunk: rows from the first difference on are rewritten; the listing follows.
    g = await store.applyGrouping({ generation: g, write: [write('s1', [a, c], 1)], remove: [] });
    expect(((await store.story('s1'))?.articles ?? []).map((x) => x.id)).toEqual([a, c]);
    expect((await rows()).get(`s1 ${a}`)).toBe(before.get(`s1 ${a}`));
    expect((await rows()).has(`s1 ${b}`)).toBe(false);
    // A write that fails (an unknown article) leaves everything as it was.
    const kept = await grouping(store);
    await expect(store.applyGrouping({ generation: g, write: [write('s2', [d, 'nope'], 0)], remove: ['s1'] })).rejects.toThrow(/not in/);
    expect(await grouping(store)).toEqual(kept);
  });
});

async function storyCreatedAt(id: string): Promise<string> {
  return createdAt(backend, path, id);
}
});

/** Each story member row's physical identity ("story article" → rowid or ctid): a rewritten row gets a new one. */
async function memberRows(backend: Backend, path: string): Promise<Map<string, string>> {
  if (backend.name === 'postgres') {
    const client = new pg.Client({ connectionString: path });
    await client.connect();
    try {
      const result = await client.query<{ key: string; row: string }>(
        `SELECT story_id || ' ' || article_id AS key, ctid::text AS row FROM corroborate.story_articles`,
      );
      return new Map(result.rows.map((r) => [r.key, r.row]));
    } finally {
      await client.end();
    }
  }
  const db = new Database(path, { readonly: true });
  try {
    const list = db.prepare<[], { key: string; row: number }>(`SELECT story_id || ' ' || article_id AS key, rowid AS row FROM story_articles`).all();
    return new Map(list.map((r) => [r.key, String(r.row)]));
  } finally {
    db.close();
  }
}

/** Read through a separate plain connection: the store does not expose creation times. */
async function createdAt(backend: Backend, path: string, id: string): Promise<string> {
  if (backend.name === 'postgres') {
    const client = new pg.Client({ connectionString: path });
    await client.connect();
    try {
      const result = await client.query<{ created_at: string }>('SELECT created_at FROM corroborate.stories WHERE id = $1', [id]);
      return result.rows[0]?.created_at ?? '';
    } finally {
      await client.end();
    }
  }
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[string], string>('SELECT created_at FROM stories WHERE id = ?').pluck().get(id) ?? '';
  } finally {
    db.close();
  }
}
