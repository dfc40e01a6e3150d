import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, STORE_SCHEMA_VERSION, StoreError } from '../../src/store/index.js';
import { makeArticle, makeReading, seedText, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

/** Expects openStore to fail with a StoreError matching `message`, and returns the error. */
async function openFails(path: string, message: RegExp, options?: { readonly?: boolean }): Promise<StoreError> {
  let caught: unknown;
  try {
    await (await openStore(path, options)).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StoreError);
  expect((caught as Error).message).toMatch(message);
  return caught as StoreError;
}

/** The file is byte-identical and SQLite left no journal or WAL beside it. */
function expectUntouched(path: string, bytes: Buffer, name: string): void {
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.startsWith(name))).toEqual([name]);
}

describe('opening a path that is not a store', () => {
  it('refuses a text file, names it, and leaves it byte-identical', async () => {
    const path = join(dir, 'notes.txt');
    const bytes = Buffer.from(seedText('000_e65738cb91f1e9d0.txt'), 'utf8');
    writeFileSync(path, bytes);
    await openFails(path, new RegExp(`${escape(path)} is not a corroborate store \\(not a SQLite database\\)`));
    await openFails(path, /is not a corroborate store/, { readonly: true });
    expectUntouched(path, bytes, 'notes.txt');
  });

  it('refuses a short binary file and a file that only starts like SQLite', async () => {
    const short = join(dir, 'short.bin');
    writeFileSync(short, Buffer.from([0x53, 0x51]));
    await openFails(short, /not a SQLite database/);
    expectUntouched(short, Buffer.from([0x53, 0x51]), 'short.bin');

    const fake = join(dir, 'fake.db');
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(200, 0x7a)]);
    writeFileSync(fake, bytes);
    const error = await openFails(fake, /fake\.db/);
    expect(error.message).toMatch(/not a corroborate store|damaged/);
    expectUntouched(fake, bytes, 'fake.db');
  });

  it('refuses another program’s SQLite database without changing it', async () => {
    const path = join(dir, 'other.sqlite');
    const other = new Database(path);
    other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');`);
    other.close();
    const bytes = readFileSync(path);
    await openFails(path, /other\.sqlite is not a corroborate store \(it is a SQLite database of another program\)/);
    expectUntouched(path, bytes, 'other.sqlite');
  });

  it('names a missing directory instead of creating it', async () => {
    const missing = join(dir, 'no', 'such', 'place');
    await openFails(join(missing, 'collection.db'), new RegExp(`directory ${escape(missing)} does not exist`));
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('refuses a directory and a parent that is a file', async () => {
    mkdirSync(join(dir, 'folder'));
    await openFails(join(dir, 'folder'), /folder is a directory, not a corroborate store/);
    writeFileSync(join(dir, 'plain'), 'x');
    await openFails(join(dir, 'plain', 'collection.db'), /plain is not a directory/);
  });

  it('refuses to open a missing store read-only, and creates nothing', async () => {
    const path = join(dir, 'collection.db');
    await openFails(path, /does not exist/, { readonly: true });
    expect(existsSync(path)).toBe(false);
  });

  it('initialises an empty file (e.g. made with touch) as a store', async () => {
    const path = join(dir, 'empty.db');
    writeFileSync(path, '');
    const store = await openStore(path);
    expect((await store.addArticle(makeArticle(), makeReading())).status).toBe('added');
    await store.close();
  });
});

describe('schema versions', () => {
  it('records the schema version and a corroborate application id', async () => {
    const path = join(dir, 'collection.db');
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(STORE_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).not.toBe(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a store written by a newer corroborate, asking to upgrade, and leaves it intact', async () => {
    const path = join(dir, 'collection.db');
    const store = await openStore(path);
    const { id } = await store.addArticle(makeArticle(), makeReading());
    await store.close();
    const db = new Database(path);
    db.pragma(`user_version = ${STORE_SCHEMA_VERSION + 1}`);
    db.close();

    await openFails(path, /written by a newer version of corroborate.*Upgrade corroborate/);
    await openFails(path, /newer version/, { readonly: true });

    // Put the version back: the data is still there.
    const fix = new Database(path);
    fix.pragma(`user_version = ${STORE_SCHEMA_VERSION}`);
    fix.close();
    const again = await openStore(path);
    expect((await again.article(id))?.version).toBe(1);
    await again.close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
