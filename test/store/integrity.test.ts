import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { makeArticle, makeReading, tempDir } from './helpers.js';

let path: string;
let cleanup: () => void;
let id: string;
beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  path = join(t.dir, 'collection.db');
  const store = await openStore(path);
  id = (await store.addArticle(makeArticle(), makeReading())).id;
  await store.addArticle(makeArticle({ text: 'A second version replaces the first in the index.' }), makeReading());
  expect(await store.integrityCheck()).toBe('ok');
  await store.close();
});
afterEach(() => cleanup());

/** Changes the file behind the store's back, as a buggy tool or a hand edit might. */
function tamper(sql: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

describe('integrityCheck', () => {
  it('reports a full-text index that no longer matches the stored text', async () => {
    tamper(`UPDATE article_versions SET text = 'edited behind the index' WHERE version = 2`);
    const store = await openStore(path);
    expect(await store.integrityCheck()).toMatch(/^full-text index: /);
    await store.close();
  });

  it('reports stories that point at missing articles', async () => {
    tamper(`INSERT INTO stories (id, position, title, reasons, created_at) VALUES ('s', 0, 'S', '[]', '2024-01-01T00:00:00Z');
            INSERT INTO story_articles VALUES ('s', 'no-such-article', 0);`);
    const store = await openStore(path);
    expect(await store.integrityCheck()).toMatch(/row \d+ of story_articles refers to a missing row of articles/);
    await store.close();
  });

  it('reports article totals that no longer match the articles', async () => {
    tamper(`UPDATE article_totals SET versions = versions + 1`);
    const store = await openStore(path);
    expect(await store.integrityCheck()).toBe('article totals: 1 articles, 3 versions kept, 1 articles, 2 versions counted');
    await store.close();
  });

  it('reports an article whose current version is missing', async () => {
    tamper(`DELETE FROM article_versions WHERE id = '${id}' AND version = 2`);
    const store = await openStore(path);
    expect(await store.integrityCheck()).toMatch(/articles refers to a missing row of article_versions/);
    await store.close();
  });
});
