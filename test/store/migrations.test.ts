import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, StoreError } from '../../src/store/index.js';
import { MIGRATIONS, migrate, type Migration } from '../../src/store/migrations.js';
import { placeStories } from '../../src/worker/regroup.js';
import { makeArticle, makeReading, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

function tableNames(db: Database.Database): string[] {
  return db.prepare<[], string>(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all();
}

describe('migrate', () => {
  it('applies only the migrations a store has not had, in order', async () => {
    const path = join(dir, 'collection.db');
    const store = await openStore(path);
    const { id } = await store.addArticle(makeArticle(), makeReading());
    await store.close();

    const next: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, description: 'tags', sql: 'CREATE TABLE tags (article_id TEXT, tag TEXT)' },
      { version: MIGRATIONS.length + 2, description: 'tag index', sql: 'CREATE INDEX tags_by_tag ON tags (tag)' },
    ];
    const db = new Database(path);
    migrate(db, path, false, next);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 2);
    expect(tableNames(db)).toContain('tags');
    expect(db.prepare('SELECT count(*) FROM articles WHERE id = ?').pluck().get(id)).toBe(1);
    migrate(db, path, false, next); // already current: nothing to do, no error
    db.close();
  });

  it('rolls back a failing migration entirely and says so', async () => {
    const path = join(dir, 'collection.db');
    await (await openStore(path)).close();
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, description: 'half done', sql: 'CREATE TABLE half (a); SELECT * FROM missing_table;' },
    ];
    const db = new Database(path);
    expect(() => migrate(db, path, false, broken)).toThrow(
      new RegExp(`upgrading .* to store schema ${MIGRATIONS.length + 1} \\(half done\\) failed.*left unchanged`),
    );
    expect(tableNames(db)).not.toContain('half');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses to upgrade through a read-only connection', async () => {
    const path = join(dir, 'collection.db');
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    const next: Migration[] = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: 'x', sql: 'SELECT 1' }];
    expect(() => migrate(db, path, true, next)).toThrow(StoreError);
    expect(() => migrate(db, path, true, next)).toThrow(/without read-only mode/);
    db.close();
  });

  it('rejects a migration list that is out of order', async () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, ':memory:', false, [{ version: 2, description: 'x', sql: '' }])).toThrow(/numbered 2/);
    db.close();
  });
});

describe('schema 4: story index log, grouping generation, story digests', () => {
  it('upgrades a schema-4 store with the article totals counted from its articles, then kept by triggers', async () => {
    const path = join(dir, 'totals.db');
    const store = await openStore(path);
    for (const i of [0, 1, 2]) await store.addArticle(makeArticle({ input: `t${i}.txt`, text: `Text ${i}.` }), makeReading({ mentions: [] }));
    await store.addArticle(makeArticle({ input: 't0.txt', text: 'Text 0, revised.' }), makeReading({ mentions: [] }));
    await store.close();
    const db = new Database(path);
    db.exec(
      `DROP TRIGGER article_totals_insert; DROP TRIGGER article_totals_update; DROP TRIGGER article_totals_delete; DROP TABLE article_totals;
       ALTER TABLE grouping_state DROP COLUMN seen_seq; ALTER TABLE grouping_state DROP COLUMN seen_versions;`,
    );
    db.pragma('user_version = 4');
    db.close();
    const upgraded = await openStore(path);
    expect(await upgraded.manifestAfter(0)).toMatchObject({ articles: 3, versions: 4 });
    // No position saved before the upgrade: unknown, so the first regroup reads the whole list.
    expect((await upgraded.loadLinkLog()).seen).toBeNull();
    await upgraded.addArticle(makeArticle({ input: 't1.txt', text: 'Text 1, revised.' }), makeReading({ mentions: [] }));
    await upgraded.addArticle(makeArticle({ input: 't3.txt', text: 'Text 3.' }), makeReading({ mentions: [] }));
    expect(await upgraded.manifestAfter(0)).toMatchObject({ articles: 4, versions: 6 });
    expect(await upgraded.integrityCheck()).toBe('ok');
    await upgraded.close();
  });

  it('upgrades a schema-3 store whose saved index is then resumed, not rebuilt', async () => {
    const path = join(dir, 'collection.db');
    const store = await openStore(path);
    const texts = ['Moscow replied to the US on security guarantees.', 'Moscow sent its reply on security guarantees to Washington.', 'A storm hit the coast.'];
    for (const [i, text] of texts.entries()) {
      await store.addArticle(makeArticle({ input: `a${i}.txt`, text, published: `2022-02-1${i}` }), makeReading({ mentions: [] }));
    }
    const first = await placeStories(store);
    const before = await store.stories();
    await store.close();
    // What a schema-3 store looks like: no log, no generation, no digests (its link_state is the same).
    const db = new Database(path);
    db.exec(
      `DROP TABLE link_log; DROP TABLE grouping_state; ALTER TABLE stories DROP COLUMN digest; DROP INDEX article_versions_manifest;
       DROP TRIGGER article_totals_insert; DROP TRIGGER article_totals_update; DROP TRIGGER article_totals_delete; DROP TABLE article_totals;`,
    );
    db.pragma('user_version = 3');
    db.close();

    const upgraded = await openStore(path);
    expect(await upgraded.linkGeneration()).toEqual({ generation: 0, snapshotGeneration: 0 });
    expect(await upgraded.loadLinkLog()).toMatchObject({ log: [] });
    expect(await upgraded.stories()).toEqual(before);
    await upgraded.addArticle(makeArticle({ input: 'a3.txt', text: 'The storm left the coast.', published: '2022-02-20' }), makeReading({ mentions: [] }));
    const next = await placeStories(upgraded);
    expect(next).toMatchObject({ rebuilt: false, placed: 1, articles: 4 });
    expect(first.rebuilt).toBe(true);
    // Stories stored before the upgrade carry no digest: they are rewritten once, then compared.
    expect((await upgraded.storyKeys()).every((k) => k.digest !== null)).toBe(true);
    await upgraded.close();
  });
});
