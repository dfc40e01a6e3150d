import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, StoreError } from '../../src/store/index.js';
import { MIGRATIONS, migrate, type Migration } from '../../src/store/migrations.js';
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
