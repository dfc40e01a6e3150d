import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, StoreError, type Store } from '../../src/store/index.js';
import { makeArticle, makeReading, seedText, tempDir } from './helpers.js';

let cleanup: () => void;
let store: Store;
let mfa: string;
let rt: string;
let other: string;

beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  store = openStore(join(t.dir, 'collection.db'));
  mfa = store.addArticle(
    makeArticle({
      input: 'seeds/000.txt',
      title: 'Foreign Ministry releases reaction to US response on security guarantees',
      site: 'Example News',
      published: '2022-02-17',
      text: seedText('000_e65738cb91f1e9d0.txt'),
    }),
    makeReading(),
  ).id;
  rt = store.addArticle(
    makeArticle({
      input: 'seeds/004.txt',
      url: 'https://russian.rt.com/world/article/example',
      title: 'Moscow hands Washington its written reaction',
      site: 'RT',
      published: '2022-02-17T18:00:00+03:00',
      text: seedText('004_d99e5f2553e52203.txt'),
    }),
    makeReading(),
  ).id;
  other = store.addArticle(
    makeArticle({
      input: 'other.txt',
      title: 'Harvest festival draws crowds',
      site: 'rt',
      published: '2021-09-01',
      text: 'Farmers sold apples and pears. No diplomats attended.',
    }),
    makeReading(),
  ).id;
});
afterAll(() => {
  store.close();
  cleanup();
});

describe('search', () => {
  it('finds words in the text of every matching article, with a marked snippet', () => {
    const hits = store.search('"Foreign Ministry"');
    expect(hits.map((h) => h.id).sort()).toEqual([mfa, rt].sort());
    for (const hit of hits) expect(hit.snippet).toMatch(/\[Foreign Ministry\]/i);
    expect(hits.find((h) => h.id === rt)?.title).toBe('Moscow hands Washington its written reaction');
  });

  it('matches word forms through stemming, and only articles that contain the word', () => {
    // "Bucharest" occurs only in the RT text; "apples" is found by "apple".
    expect(store.search('bucharest').map((h) => h.id)).toEqual([rt]);
    expect(store.search('apple').map((h) => h.id)).toEqual([other]);
  });

  it('ranks a title match first', () => {
    const hits = store.search('reaction');
    expect(hits[0]?.id).toBe(mfa); // "reaction" is in its title, and in both texts
  });

  it('filters by outlet (case-insensitive) and by publication date', () => {
    expect(store.search('diplomats', { outlet: 'RT' }).map((h) => h.id).sort()).toEqual([rt, other].sort());
    expect(store.search('diplomats', { outlet: 'rt', since: '2022-01-01' }).map((h) => h.id)).toEqual([rt]);
    expect(store.search('diplomats', { since: '2022-02-17T16:00:00Z' }).map((h) => h.id)).toEqual([]);
    // 18:00+03:00 is 15:00Z: compared as instants.
    expect(store.search('Bucharest', { since: '2022-02-17T14:59:00Z' }).map((h) => h.id)).toEqual([rt]);
    expect(store.search('diplomats', { outlet: 'Nobody' })).toEqual([]);
  });

  it('limits the number of hits', () => {
    expect(store.search('Russia OR diplomats', { limit: 1 })).toHaveLength(1);
    expect(store.search('Russia OR diplomats', { limit: 10 }).length).toBeGreaterThan(1);
  });

  it('searches only the current version of an updated article', () => {
    const { id } = store.addArticle(makeArticle({ input: 'v.txt', text: 'The first draft mentioned zeppelins.' }), makeReading());
    expect(store.search('zeppelins').map((h) => h.id)).toEqual([id]);
    store.addArticle(makeArticle({ input: 'v.txt', text: 'The final text mentions submarines.' }), makeReading());
    expect(store.search('zeppelins')).toEqual([]);
    expect(store.search('submarines').map((h) => h.id)).toEqual([id]);
    expect(store.integrityCheck()).toBe('ok');
  });

  it('turns query syntax errors into clear StoreErrors', () => {
    const cases: [string, RegExp][] = [
      ['"unterminated', /not valid full-text query syntax \(unterminated string\)/],
      ['Russia AND', /not valid full-text query syntax/],
      ['author:Lavrov', /"author:" names a column, and only title: and text: exist/],
      ['NEAR(', /double quotes/],
    ];
    for (const [query, message] of cases) {
      expect(() => store.search(query)).toThrow(StoreError);
      expect(() => store.search(query)).toThrow(message);
    }
    expect(() => store.search('   ')).toThrow(/empty/);
    expect(() => store.search('x', { limit: 0 })).toThrow(/limit/);
    expect(() => store.search('x', { since: 'last week' })).toThrow(/ISO 8601/);
  });

  it('accepts column filters for the two indexed columns', () => {
    expect(store.search('title:harvest').map((h) => h.id)).toEqual([other]);
    expect(store.search('title:bucharest')).toEqual([]);
  });
});
