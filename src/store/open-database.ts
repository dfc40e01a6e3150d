import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors.js';
import { APPLICATION_ID, migrate } from './migrations.js';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** How long a write waits for another corroborate process holding the lock before failing. */
export const BUSY_TIMEOUT_MS = 5000;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns a SQLite failure while opening into a StoreError that names the file. */
export function openFailure(path: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = errorCode(error) ?? '';
  if (code === 'SQLITE_NOTADB') return new StoreError(`${path} is not a corroborate store (not a SQLite database)`);
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError(`${path} is a damaged SQLite database (${describe(error)}); restore it from a backup`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(`${path} is locked by another process; try again when it has finished`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_READONLY')) {
    return new StoreError(`cannot open ${path}: ${describe(error)} (check its permissions)`);
  }
  return new StoreError(`cannot open ${path}: ${describe(error)}`);
}

/**
 * Checks the path before SQLite touches it, so nothing is ever written to a file that is not a
 * store: the directory must exist, and an existing non-empty file must carry the SQLite header.
 */
function checkPath(path: string, readonly: boolean): void {
  const dir = dirname(resolve(path));
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) throw new StoreError(`cannot open store ${path}: directory ${dir} does not exist (create it first)`);
  if (!dirStat.isDirectory()) throw new StoreError(`cannot open store ${path}: ${dir} is not a directory`);

  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    if (readonly) throw new StoreError(`${path} does not exist (nothing has been added to this store yet)`);
    return;
  }
  if (stat.isDirectory()) throw new StoreError(`${path} is a directory, not a corroborate store`);
  if (!stat.isFile()) throw new StoreError(`${path} is not a regular file, so not a corroborate store`);
  if (stat.size === 0) return; // an empty file (e.g. from `touch`) holds nothing to protect

  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, header, 0, header.length, 0);
  } catch (error) {
    throw new StoreError(`cannot read ${path}: ${describe(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) throw new StoreError(`${path} is not a corroborate store (not a SQLite database)`);
}

/**
 * A SQLite file that is neither ours nor empty belongs to some other program: refuse it before
 * any pragma writes to its header.
 */
function checkOwnership(db: Database.Database, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === APPLICATION_ID) return;
  const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (applicationId !== 0 || objects > 0 || userVersion !== 0) {
    throw new StoreError(`${path} is not a corroborate store (it is a SQLite database of another program)`);
  }
}

/**
 * Opens (creating if needed) and migrates a store database.
 *
 * Durability: WAL with synchronous=NORMAL. A commit is in the WAL file before it returns, so a
 * crash or kill of corroborate never loses or corrupts committed articles; only an OS crash or
 * power cut can lose the last few commits (never corrupt the file). That is an acceptable trade for
 * a collection that is rebuilt by re-running `add` (re-adding is idempotent), and it avoids one
 * fsync per article that FULL would cost.
 */
export function openDatabase(path: string, readonly: boolean): Database.Database {
  const inMemory = path === ':memory:';
  if (!inMemory) checkPath(path, readonly);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw openFailure(path, error);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!inMemory) checkOwnership(db, path);
    if (!readonly) {
      const mode = db.pragma('journal_mode = WAL', { simple: true }) as string;
      if (!inMemory && mode.toLowerCase() !== 'wal') {
        throw new StoreError(`cannot use write-ahead logging for ${path} (journal mode stayed "${mode}")`);
      }
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path, readonly);
    return db;
  } catch (error) {
    db.close();
    throw openFailure(path, error);
  }
}
