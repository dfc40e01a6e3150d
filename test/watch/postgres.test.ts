// Feed state and identity look-ups behave the same on PostgreSQL as on SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreError, type FeedState, type Store } from '../../src/store/index.js';
import { makeArticle, makeReading } from '../store/helpers.js';
import { usePostgres } from '../store/postgres-server.js';

const server = usePostgres();
const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-pg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backends: [string, () => Promise<string>][] = [
  ['sqlite', async () => join(dir, `${Math.random().toString(36).slice(2)}.db`)],
  ['postgres', () => server().createDatabase('watch')],
];

const state = (url: string, overrides: Partial<FeedState> = {}): FeedState => ({
  url,
  etag: '"v1"',
  lastModified: 'Fri, 18 Feb 2022 00:01:00 GMT',
  lastPolled: '2022-02-18T12:00:00.000Z',
  nextPoll: '2022-02-18T12:15:00.000Z',
  failures: 0,
  lastError: null,
  ...overrides,
});

describe.each(backends)('feed state on %s', (_name, fresh) => {
  it('saves, replaces and lists feed states, and survives reopening', async () => {
    const target = await fresh();
    let store: Store = await openStore(target);
    try {
      expect(await store.feedStates()).toEqual([]);
      expect(await store.feedState('https://b.example/rss')).toBeUndefined();
      await store.saveFeedState(state('https://b.example/rss'));
      await store.saveFeedState(state('https://a.example/atom', { etag: null }));
      await store.saveFeedState(state('https://b.example/rss', { failures: 2, lastError: 'HTTP 500 \u0000Internal', nextPoll: '2022-02-18T13:00:00.000Z' }));
      await store.close();
      store = await openStore(target);
      expect((await store.feedStates()).map((s) => s.url)).toEqual(['https://a.example/atom', 'https://b.example/rss']);
      expect(await store.feedState('https://b.example/rss')).toEqual(
        state('https://b.example/rss', { failures: 2, lastError: 'HTTP 500 Internal', nextPoll: '2022-02-18T13:00:00.000Z' }),
      );
      await expect(store.saveFeedState(state('https://c.example/', { failures: -1 }))).rejects.toThrow(StoreError);
      await expect(store.saveFeedState(state(' '))).rejects.toThrow(StoreError);
    } finally {
      await store.close();
    }
    const readonly = await openStore(target, { readonly: true });
    try {
      await expect(readonly.saveFeedState(state('https://d.example/'))).rejects.toThrow(/read-only/);
    } finally {
      await readonly.close();
    }
  });

  it('tells which identities the store already holds', async () => {
    const store = await openStore(await fresh());
    try {
      await store.addArticle(makeArticle({ url: 'https://news.example/a', input: 'https://news.example/a' }), makeReading());
      await store.addArticle(makeArticle({ url: null, input: 'saved/b.txt' }), makeReading());
      const known = await store.knownIdentities(['https://news.example/a', 'https://news.example/c', 'saved/b.txt', 'https://news.example/a']);
      expect([...known].sort()).toEqual(['https://news.example/a', 'saved/b.txt']);
      expect(await store.knownIdentities([])).toEqual(new Set());
    } finally {
      await store.close();
    }
  });
});
