import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, StoreError, type Store } from '../../src/store/index.js';
import { storeBackends } from './backends.js';
import { makeArticle, makeReading, seedText } from './helpers.js';

describe.each(storeBackends())('$name search', (backend) => {
  let store: Store;
  let mfa: string;
  let rt: string;
  let other: string;

  beforeAll(async () => {
    store = await openStore(await backend.fresh());
    mfa = (
      await store.addArticle(
        makeArticle({
          input: 'seeds/000.txt',
          title: 'Foreign Ministry releases reaction to US response on security guarantees',
          site: 'Example News',
          published: '2022-02-17',
          text: seedText('000_e65738cb91f1e9d0.txt'),
        }),
        makeReading(),
      )
    ).id;
    rt = (
      await store.addArticle(
        makeArticle({
          input: 'seeds/004.txt',
          url: 'https://russian.rt.com/world/article/example',
          title: 'Moscow hands Washington its written reaction',
          site: 'RT',
          published: '2022-02-17T18:00:00+03:00',
          text: seedText('004_d99e5f2553e52203.txt'),
        }),
        makeReading(),
      )
    ).id;
    other = (
      await store.addArticle(
        makeArticle({
          input: 'other.txt',
          title: 'Harvest festival draws crowds',
          site: 'rt',
          published: '2021-09-01',
          text: 'Farmers sold apples and pears. No diplomats attended.',
        }),
        makeReading(),
      )
    ).id;
  });
  afterAll(async () => {
    await store.close();
  });

  const ids = async (query: string, options?: Parameters<Store['search']>[1]): Promise<string[]> =>
    (await store.search(query, options)).map((h) => h.id);

  it('finds a phrase in the text of every matching article, with a marked snippet', async () => {
    const hits = await store.search('"Foreign Ministry"');
    expect(hits.map((h) => h.id).sort()).toEqual([mfa, rt].sort());
    for (const hit of hits) expect(hit.snippet).toMatch(/\[Foreign Ministry\]/i);
    for (const hit of hits) expect(hit.snippet.length).toBeLessThan(400);
    expect(hits.find((h) => h.id === rt)?.title).toBe('Moscow hands Washington its written reaction');
  });

  it('matches word forms through stemming, and only articles that contain the word', async () => {
    // "Bucharest" occurs only in the RT text; "apples" is found by "apple".
    expect(await ids('bucharest')).toEqual([rt]);
    expect(await ids('apple')).toEqual([other]);
    // Every word must match.
    expect(await ids('apple bucharest')).toEqual([]);
  });

  it('ranks a title match first', async () => {
    const hits = await ids('reaction');
    expect(hits[0]).toBe(mfa); // "reaction" is in its title, and in both texts
  });

  it('filters by outlet (case-insensitive) and by publication date', async () => {
    expect((await ids('diplomats', { outlet: 'RT' })).sort()).toEqual([rt, other].sort());
    expect(await ids('diplomats', { outlet: 'rt', since: '2022-01-01' })).toEqual([rt]);
    expect(await ids('diplomats', { since: '2022-02-17T16:00:00Z' })).toEqual([]);
    // 18:00+03:00 is 15:00Z: compared as instants.
    expect(await ids('Bucharest', { since: '2022-02-17T14:59:00Z' })).toEqual([rt]);
    expect(await store.search('diplomats', { outlet: 'Nobody' })).toEqual([]);
  });

  it('limits the number of hits, and takes OR', async () => {
    expect(await store.search('Russia OR diplomats', { limit: 1 })).toHaveLength(1);
    expect((await store.search('Russia OR diplomats', { limit: 10 })).length).toBeGreaterThan(1);
    expect((await ids('bucharest OR apple')).sort()).toEqual([rt, other].sort());
  });

  it('searches only the current version of an updated article', async () => {
    const { id } = await store.addArticle(makeArticle({ input: 'v.txt', text: 'The first draft mentioned zeppelins.' }), makeReading());
    expect(await ids('zeppelins')).toEqual([id]);
    await store.addArticle(makeArticle({ input: 'v.txt', text: 'The final text mentions submarines.' }), makeReading());
    expect(await store.search('zeppelins')).toEqual([]);
    expect(await ids('submarines')).toEqual([id]);
    expect(await store.integrityCheck()).toBe('ok');
  });

  it('rejects empty queries and bad options with StoreErrors', async () => {
    await expect(store.search('   ')).rejects.toThrow(/empty/);
    await expect(store.search('x', { limit: 0 })).rejects.toThrow(StoreError);
    await expect(store.search('x', { limit: 0 })).rejects.toThrow(/limit/);
    await expect(store.search('x', { since: 'last week' })).rejects.toThrow(/ISO 8601/);
  });

  if (backend.name === 'sqlite') {
    it('turns FTS5 query syntax errors into clear StoreErrors', async () => {
      const cases: [string, RegExp][] = [
        ['"unterminated', /not valid full-text query syntax \(unterminated string\)/],
        ['Russia AND', /not valid full-text query syntax/],
        ['author:Lavrov', /"author:" names a column, and only title: and text: exist/],
        ['NEAR(', /double quotes/],
      ];
      for (const [query, message] of cases) {
        await expect(store.search(query)).rejects.toThrow(StoreError);
        await expect(store.search(query)).rejects.toThrow(message);
      }
    });

    it('accepts column filters for the two indexed columns', async () => {
      expect(await ids('title:harvest')).toEqual([other]);
      expect(await store.search('title:bucharest')).toEqual([]);
    });
  } else {
    it('takes web-search syntax: any text is a query, -word excludes', async () => {
      const diplomats = await ids('diplomats');
      expect(diplomats).toContain(other);
      expect((await ids('diplomats -apples')).sort()).toEqual(diplomats.filter((id) => id !== other).sort());
      // Unbalanced quotes and stray operators are not errors in web-search syntax.
      expect(await ids('"bucharest')).toEqual([rt]);
      expect(await ids('apple OR')).toEqual([other]);
      // Only stop words: nothing to search for, no error.
      expect(await store.search('the and of')).toEqual([]);
    });
  }
});
