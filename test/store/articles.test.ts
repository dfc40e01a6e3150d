import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, openStore, StoreError, type Store } from '../../src/store/index.js';
import { storeBackends } from './backends.js';
import { makeArticle, makeReading } from './helpers.js';

describe.each(storeBackends())('$name store', (backend) => {
  let target: string;
  let store: Store | undefined;

  beforeEach(async () => {
    target = await backend.fresh();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function open(options?: { readonly?: boolean }): Promise<Store> {
    store = await openStore(target, options);
    return store;
  }

  describe('addArticle', () => {
    it('adds an article and returns it whole', async () => {
      const s = await open();
      expect(s.backend).toBe(backend.name);
      const article = makeArticle();
      const reading = makeReading();
      const result = await s.addArticle(article, reading);
      expect(result.status).toBe('added');
      expect(result.version).toBe(1);
      expect(result.id).toMatch(/^[0-9a-f]{12}$/);

      const stored = await s.article(result.id);
      expect(stored).toBeDefined();
      expect(stored?.article).toEqual(article);
      expect(stored?.reading).toEqual(reading);
      expect(stored?.version).toBe(1);
      expect(stored?.contentHash).toBe(contentHash(article));
      expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(Number.isNaN(Date.parse(stored?.addedAt ?? ''))).toBe(false);
    });

    it('reports the same content added again as unchanged, with no new version', async () => {
      const s = await open();
      const first = await s.addArticle(makeArticle(), makeReading());
      // Only text, title and date make content: other metadata and the reading do not.
      const again = await s.addArticle(makeArticle({ authors: ['someone else'], notes: [] }), makeReading({ quotes: [] }));
      expect(again).toEqual({ id: first.id, status: 'unchanged', version: 1 });
      expect(await s.versions(first.id)).toHaveLength(1);
      expect(await s.articles()).toHaveLength(1);
    });

    it('keeps every version when the same identity comes back changed', async () => {
      const s = await open();
      const v1 = makeArticle();
      const v2 = makeArticle({ text: `${v1.text}\n\nUpdated: the ministry later added a paragraph.` });
      const v3 = makeArticle({ text: v2.text, title: 'Corrected headline' });
      const r1 = await s.addArticle(v1, makeReading());
      const r2 = await s.addArticle(v2, makeReading());
      const r3 = await s.addArticle(v3, makeReading());
      expect(r2).toEqual({ id: r1.id, status: 'updated', version: 2 });
      expect(r3).toEqual({ id: r1.id, status: 'updated', version: 3 });
      // Re-adding the current content is unchanged; re-adding an old one makes a new version.
      expect((await s.addArticle(v3, makeReading())).status).toBe('unchanged');
      expect(await s.addArticle(v1, makeReading())).toEqual({ id: r1.id, status: 'updated', version: 4 });

      const versions = await s.versions(r1.id);
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
      expect(versions.map((v) => v.article.title)).toEqual([v1.title, v2.title, 'Corrected headline', v1.title]);
      expect(versions[0]?.contentHash).toBe(versions[3]?.contentHash);
      expect((await s.article(r1.id))?.version).toBe(4);
      expect(await s.articles()).toHaveLength(1);
    });

    it('treats a changed date as new content', async () => {
      const s = await open();
      const r1 = await s.addArticle(makeArticle(), makeReading());
      expect((await s.addArticle(makeArticle({ published: '2022-02-18' }), makeReading())).status).toBe('updated');
      expect((await s.article(r1.id))?.article.published).toBe('2022-02-18');
    });

    it('identifies an article by its url when set, else by its input', async () => {
      const s = await open();
      const a = await s.addArticle(makeArticle({ input: 'one.html', url: 'https://example.org/a' }), makeReading());
      // Same URL from another input file: the same article, new content → a new version.
      const b = await s.addArticle(makeArticle({ input: 'two.html', url: 'https://example.org/a', text: 'Other text.' }), makeReading());
      expect(b).toEqual({ id: a.id, status: 'updated', version: 2 });
      // Same input, no URL: a different identity from the URL-identified article.
      const c = await s.addArticle(makeArticle({ input: 'one.html', url: null }), makeReading());
      expect(c.status).toBe('added');
      expect(c.id).not.toBe(a.id);
      const d = await s.addArticle(makeArticle({ input: 'one.html', url: null }), makeReading());
      expect(d).toEqual({ id: c.id, status: 'unchanged', version: 1 });
    });

    it('gives the same id to the same identity in every store and backend', async () => {
      const s = await open();
      // Ids derive from the identity alone, so two collections can be compared by id.
      const { id } = await s.addArticle(makeArticle({ input: 'x', url: 'https://example.org/same' }), makeReading());
      expect(id).toBe(createHash('sha256').update('https://example.org/same').digest('hex').slice(0, 12));
    });

    it('lists current versions in the order articles were first added', async () => {
      const s = await open();
      const ids: string[] = [];
      for (const name of ['c', 'a', 'b']) ids.push((await s.addArticle(makeArticle({ input: `${name}.txt` }), makeReading())).id);
      await s.addArticle(makeArticle({ input: 'c.txt', text: 'Changed later.' }), makeReading());
      const listed = await s.articles();
      expect(listed.map((a) => a.id)).toEqual(ids);
      expect(listed[0]?.version).toBe(2);
      expect(listed[0]?.article.text).toBe('Changed later.');
    });

    it('keeps unusual text exactly (unicode, NUL characters, backslashes, nulls in metadata, empty lists)', async () => {
      const s = await open();
      const article = makeArticle({
        input: 'ру/статья\\0.txt',
        title: null,
        authors: ['a\u0000b'],
        published: null,
        site: null,
        language: null,
        text: 'Мид России: «нет вторжения» — 😀 \u0000 tab\tend \\0 and \\\\ stay',
        notes: [],
      });
      const { id } = await s.addArticle(article, makeReading({ actors: [], mentions: [], statements: [] }));
      expect((await s.article(id))?.article).toEqual(article);
      expect((await s.addArticle(article, makeReading())).status).toBe('unchanged');
      // A different identity whose escaped form could be confused with the one above.
      const other = makeArticle({ input: 'ру/статья\u0000.txt' });
      expect((await s.addArticle(other, makeReading())).status).toBe('added');
      expect((await s.articles()).map((a) => a.article.input)).toEqual([article.input, other.input]);
    });

    it('returns undefined and empty lists for unknown ids', async () => {
      const s = await open();
      expect(await s.article('nope')).toBeUndefined();
      expect(await s.versions('nope')).toEqual([]);
    });

    it('adds the same articles from concurrent calls exactly once', async () => {
      const s = await open();
      const articles = Array.from({ length: 12 }, (_, i) => makeArticle({ input: `same-${i % 4}.txt` }));
      const results = await Promise.all(articles.map((a) => s.addArticle(a, makeReading())));
      expect(results.filter((r) => r.status === 'added')).toHaveLength(4);
      expect(results.filter((r) => r.status === 'unchanged')).toHaveLength(8);
      expect(await s.articles()).toHaveLength(4);
      expect(await s.integrityCheck()).toBe('ok');
    });
  });

  describe('persistence', () => {
    it('keeps articles, versions and readings across close and reopen', async () => {
      const first = await openStore(target);
      const a = await first.addArticle(makeArticle({ input: 'a.txt' }), makeReading());
      await first.addArticle(makeArticle({ input: 'a.txt', text: 'Second version.' }), makeReading());
      const b = await first.addArticle(makeArticle({ input: 'b.txt' }), makeReading({ quotes: [] }));
      const before = await first.articles();
      await first.close();

      const again = await open();
      expect(again.path).toBe(target);
      expect(await again.articles()).toEqual(before);
      expect(await again.versions(a.id)).toHaveLength(2);
      expect((await again.article(b.id))?.reading.quotes).toEqual([]);
      expect((await again.addArticle(makeArticle({ input: 'a.txt', text: 'Second version.' }), makeReading())).status).toBe(
        'unchanged',
      );
      expect(await again.integrityCheck()).toBe('ok');
    });

    it('opens read-only, reads, and refuses writes', async () => {
      const writer = await open();
      const { id } = await writer.addArticle(makeArticle(), makeReading());
      await writer.close();
      const reader = await open({ readonly: true });
      expect((await reader.article(id))?.version).toBe(1);
      await expect(reader.addArticle(makeArticle({ input: 'x' }), makeReading())).rejects.toThrow(/read-only/);
      await expect(reader.replaceStories([], {})).rejects.toThrow(StoreError);
      expect(await reader.integrityCheck()).toBe('ok');
    });

    it('refuses to open a store that has never been written read-only', async () => {
      await expect(openStore(target, { readonly: true })).rejects.toThrow(StoreError);
    });

    it('refuses calls after close with a StoreError', async () => {
      const s = await open();
      await s.close();
      await expect(s.articles()).rejects.toThrow(/has been closed/);
      await s.close(); // closing twice is harmless
    });
  });
});
