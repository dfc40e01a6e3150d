import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { contentHash, openStore, StoreError, type Store } from '../../src/store/index.js';
import { makeArticle, makeReading, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
let store: Store | undefined;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => {
  store?.close();
  store = undefined;
  cleanup();
});

function open(name = 'collection.db', options?: { readonly?: boolean }): Store {
  store = openStore(join(dir, name), options);
  return store;
}

describe('addArticle', () => {
  it('adds an article and returns it whole', () => {
    const s = open();
    const article = makeArticle();
    const reading = makeReading();
    const result = s.addArticle(article, reading);
    expect(result.status).toBe('added');
    expect(result.version).toBe(1);
    expect(result.id).toMatch(/^[0-9a-f]{12}$/);

    const stored = s.article(result.id);
    expect(stored).toBeDefined();
    expect(stored?.article).toEqual(article);
    expect(stored?.reading).toEqual(reading);
    expect(stored?.version).toBe(1);
    expect(stored?.contentHash).toBe(contentHash(article));
    expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(stored?.addedAt ?? ''))).toBe(false);
  });

  it('reports the same content added again as unchanged, with no new version', () => {
    const s = open();
    const first = s.addArticle(makeArticle(), makeReading());
    // Only text, title and date make content: other metadata and the reading do not.
    const again = s.addArticle(makeArticle({ authors: ['someone else'], notes: [] }), makeReading({ quotes: [] }));
    expect(again).toEqual({ id: first.id, status: 'unchanged', version: 1 });
    expect(s.versions(first.id)).toHaveLength(1);
    expect(s.articles()).toHaveLength(1);
  });

  it('keeps every version when the same identity comes back changed', () => {
    const s = open();
    const v1 = makeArticle();
    const v2 = makeArticle({ text: `${v1.text}\n\nUpdated: the ministry later added a paragraph.` });
    const v3 = makeArticle({ text: v2.text, title: 'Corrected headline' });
    const r1 = s.addArticle(v1, makeReading());
    const r2 = s.addArticle(v2, makeReading());
    const r3 = s.addArticle(v3, makeReading());
    expect(r2).toEqual({ id: r1.id, status: 'updated', version: 2 });
    expect(r3).toEqual({ id: r1.id, status: 'updated', version: 3 });
    // Re-adding the current content is unchanged; re-adding an old one makes a new version.
    expect(s.addArticle(v3, makeReading()).status).toBe('unchanged');
    expect(s.addArticle(v1, makeReading())).toEqual({ id: r1.id, status: 'updated', version: 4 });

    const versions = s.versions(r1.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(versions.map((v) => v.article.title)).toEqual([v1.title, v2.title, 'Corrected headline', v1.title]);
    expect(versions[0]?.contentHash).toBe(versions[3]?.contentHash);
    expect(s.article(r1.id)?.version).toBe(4);
    expect(s.articles()).toHaveLength(1);
  });

  it('treats a changed date as new content', () => {
    const s = open();
    const r1 = s.addArticle(makeArticle(), makeReading());
    expect(s.addArticle(makeArticle({ published: '2022-02-18' }), makeReading()).status).toBe('updated');
    expect(s.article(r1.id)?.article.published).toBe('2022-02-18');
  });

  it('identifies an article by its url when set, else by its input', () => {
    const s = open();
    const a = s.addArticle(makeArticle({ input: 'one.html', url: 'https://example.org/a' }), makeReading());
    // Same URL from another input file: the same article, new content → a new version.
    const b = s.addArticle(makeArticle({ input: 'two.html', url: 'https://example.org/a', text: 'Other text.' }), makeReading());
    expect(b).toEqual({ id: a.id, status: 'updated', version: 2 });
    // Same input, no URL: a different identity from the URL-identified article.
    const c = s.addArticle(makeArticle({ input: 'one.html', url: null }), makeReading());
    expect(c.status).toBe('added');
    expect(c.id).not.toBe(a.id);
    const d = s.addArticle(makeArticle({ input: 'one.html', url: null }), makeReading());
    expect(d).toEqual({ id: c.id, status: 'unchanged', version: 1 });
  });

  it('lists current versions in the order articles were first added', () => {
    const s = open();
    const ids = ['c', 'a', 'b'].map((name) => s.addArticle(makeArticle({ input: `${name}.txt` }), makeReading()).id);
    s.addArticle(makeArticle({ input: 'c.txt', text: 'Changed later.' }), makeReading());
    const listed = s.articles();
    expect(listed.map((a) => a.id)).toEqual(ids);
    expect(listed[0]?.version).toBe(2);
    expect(listed[0]?.article.text).toBe('Changed later.');
  });

  it('keeps unusual text exactly (unicode, nulls in metadata, empty lists)', () => {
    const s = open();
    const article = makeArticle({
      input: 'ру/статья.txt',
      title: null,
      authors: [],
      published: null,
      site: null,
      language: null,
      text: 'Мид России: «нет вторжения» — 😀 \u0000 tab\tend',
      notes: [],
    });
    const { id } = s.addArticle(article, makeReading({ actors: [], mentions: [], statements: [] }));
    expect(s.article(id)?.article).toEqual(article);
  });

  it('returns undefined and empty lists for unknown ids', () => {
    const s = open();
    expect(s.article('nope')).toBeUndefined();
    expect(s.versions('nope')).toEqual([]);
  });
});

describe('persistence', () => {
  it('keeps articles, versions and readings across close and reopen', () => {
    const path = join(dir, 'collection.db');
    const first = openStore(path);
    const a = first.addArticle(makeArticle({ input: 'a.txt' }), makeReading());
    first.addArticle(makeArticle({ input: 'a.txt', text: 'Second version.' }), makeReading());
    const b = first.addArticle(makeArticle({ input: 'b.txt' }), makeReading({ quotes: [] }));
    const before = first.articles();
    first.close();

    const again = open();
    expect(again.path).toBe(path);
    expect(again.articles()).toEqual(before);
    expect(again.versions(a.id)).toHaveLength(2);
    expect(again.article(b.id)?.reading.quotes).toEqual([]);
    expect(again.addArticle(makeArticle({ input: 'a.txt', text: 'Second version.' }), makeReading()).status).toBe(
      'unchanged',
    );
    expect(again.integrityCheck()).toBe('ok');
  });

  it('opens read-only, reads, and refuses writes', () => {
    const writer = open();
    const { id } = writer.addArticle(makeArticle(), makeReading());
    writer.close();
    const reader = open('collection.db', { readonly: true });
    expect(reader.article(id)?.version).toBe(1);
    expect(() => reader.addArticle(makeArticle({ input: 'x' }), makeReading())).toThrow(/read-only/);
    expect(() => reader.replaceStories([], {})).toThrow(StoreError);
    expect(reader.integrityCheck()).toBe('ok');
  });

  it('refuses calls after close with a StoreError', () => {
    const s = open();
    s.close();
    expect(() => s.articles()).toThrow(/has been closed/);
    s.close(); // closing twice is harmless
  });
});
