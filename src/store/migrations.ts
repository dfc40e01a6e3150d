import type Database from 'better-sqlite3';
import { StoreError } from './errors.js';

/** Written to the SQLite header so a corroborate store can be told apart from other SQLite files. */
export const APPLICATION_ID = 0x43524f42; // "CROB"

export interface Migration {
  /** Schema version after this migration; versions are 1, 2, 3… in order. */
  version: number;
  description: string;
  sql: string;
}

/**
 * Ordered schema history. Never edit a released migration: append a new one, so stores created by
 * any earlier version upgrade step by step. `PRAGMA user_version` records the last one applied.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles with versions, full-text index, stories',
    sql: `
      -- One row per article identity. seq gives insertion order; current_version points at the
      -- version that articles(), search and stories use.
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        identity TEXT NOT NULL UNIQUE,
        current_version INTEGER NOT NULL,
        FOREIGN KEY (id, current_version) REFERENCES article_versions (id, version)
          DEFERRABLE INITIALLY DEFERRED
      );

      -- Every version ever added; old versions are kept for versions().
      CREATE TABLE article_versions (
        vid INTEGER PRIMARY KEY,
        id TEXT NOT NULL REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
        version INTEGER NOT NULL CHECK (version >= 1),
        content_hash TEXT NOT NULL,
        input TEXT NOT NULL,
        url TEXT,
        title TEXT,
        authors TEXT NOT NULL CHECK (json_valid(authors)),
        published TEXT,
        site TEXT,
        language TEXT,
        text TEXT NOT NULL,
        notes TEXT NOT NULL CHECK (json_valid(notes)),
        reading TEXT NOT NULL CHECK (json_valid(reading)),
        added_at TEXT NOT NULL,
        UNIQUE (id, version)
      );

      CREATE VIEW current_versions AS
        SELECT v.*, a.identity, a.seq
        FROM articles a JOIN article_versions v ON v.id = a.id AND v.version = a.current_version;

      -- External-content index over the view of current versions: the text is stored once (in
      -- article_versions) and FTS5's own integrity-check compares the index with exactly the rows
      -- it should contain. Rows are added and removed by the store, never by 'rebuild' triggers.
      -- Porter stemming: collections are mostly English (or English translations), and a search
      -- for "sanction" should find "sanctions".
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = 'current_versions', content_rowid = 'vid',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL,
        reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
        created_at TEXT NOT NULL
      );

      CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, position),
        UNIQUE (story_id, article_id)
      );
      CREATE INDEX story_articles_by_article ON story_articles (article_id);
    `,
  },
  {
    version: 2,
    description: 'feed state for watch',
    sql: `
      -- One row per polled feed: validators for conditional GET and the backoff schedule, so a
      -- restarted watch resumes where it stopped. Times are ISO 8601 text.
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_polled TEXT,
        next_poll TEXT,
        failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        last_error TEXT
      );
    `,
  },
  {
    version: 3,
    description: 'saved story index for incremental linking',
    sql: `
      -- At most one row: the serialised story index (StoryIndex.toJSON as JSON text) and how many
      -- articles it covers, so adding articles places only the new ones instead of regrouping all.
      CREATE TABLE link_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        articles INTEGER NOT NULL CHECK (articles >= 0),
        state TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    description: 'story index log, grouping generation and story digests for incremental regroups',
    sql: `
      -- Articles added to the saved index since its snapshot (link_state), in the order they were added:
      -- a regroup that places a few articles appends them here instead of rewriting the snapshot.
      CREATE TABLE link_log (
        position INTEGER PRIMARY KEY CHECK (position >= 0),
        article_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1)
      );
      -- Moves with every write of the grouping or the saved index: a long-lived process that finds it
      -- where it left it knows nobody else wrote, and keeps its index in memory.
      -- snapshot_generation: the generation that wrote the snapshot; while it stays, the index only grew
      -- by the log, so a process can catch up by re-adding the logged articles it has not seen.
      CREATE TABLE grouping_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        generation INTEGER NOT NULL CHECK (generation >= 0),
        snapshot_generation INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO grouping_state (one, generation) VALUES (1, 0);
      -- Digest of each story's members and reasons, so a regroup rewrites only the stories that changed.
      ALTER TABLE stories ADD COLUMN digest TEXT;
      -- The manifest (id, version, published of every current article) read from this index alone,
      -- never from the large version rows (text, reading): about 40 % less time at 10k articles.
      CREATE INDEX article_versions_manifest ON article_versions (id, version, published);
    `,
  },
  {
    version: 5,
    description: 'article totals kept by triggers, and what the saved index covers',
    sql: `
      -- How many articles there are and the sum of their current versions (versions only grow), kept by
      -- triggers: a long-lived regrouper checks that nothing but new articles changed since it last looked
      -- from this one row instead of scanning every article (about 10 ms per add at 100k articles).
      CREATE TABLE article_totals (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        articles INTEGER NOT NULL,
        versions INTEGER NOT NULL
      );
      INSERT INTO article_totals (one, articles, versions)
        SELECT 1, count(*), coalesce(sum(current_version), 0) FROM articles;
      CREATE TRIGGER article_totals_insert AFTER INSERT ON articles BEGIN
        UPDATE article_totals SET articles = articles + 1, versions = versions + NEW.current_version WHERE one = 1;
      END;
      CREATE TRIGGER article_totals_update AFTER UPDATE OF current_version ON articles BEGIN
        UPDATE article_totals SET versions = versions - OLD.current_version + NEW.current_version WHERE one = 1;
      END;
      CREATE TRIGGER article_totals_delete AFTER DELETE ON articles BEGIN
        UPDATE article_totals SET articles = articles - 1, versions = versions - OLD.current_version WHERE one = 1;
      END;
      -- What the saved index covers (SeenPosition), written with the grouping: a fresh process then reads
      -- only the articles added since, not the whole list (NULL: unknown, read it all).
      ALTER TABLE grouping_state ADD COLUMN seen_seq INTEGER;
      ALTER TABLE grouping_state ADD COLUMN seen_versions INTEGER;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.length;

function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the last of `migrations` in one transaction, so a failing migration
 * leaves the store exactly as it was. BEGIN IMMEDIATE takes the write lock first, so two processes
 * opening a new store at once cannot both run migration 1.
 */
export function migrate(
  db: Database.Database,
  path: string,
  readonly: boolean,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`store migration ${index + 1} is numbered ${migration.version}`);
  });
  const latest = migrations.length;
  const refuseNewer = (found: number): void => {
    if (found > latest) {
      throw new StoreError(
        `${path} was written by a newer version of corroborate (store schema ${found}; this version ` +
          `knows up to ${latest}). Upgrade corroborate to open it.`,
      );
    }
  };
  const current = schemaVersion(db);
  refuseNewer(current);
  if (current === latest) return;
  if (readonly) {
    throw new StoreError(
      `${path} uses store schema ${current}, older than this version's ${latest}; ` +
        'open it once without read-only mode to upgrade it.',
    );
  }
  db.transaction(() => {
    const found = schemaVersion(db); // another process may have migrated while we waited
    refuseNewer(found);
    for (const migration of migrations) {
      if (migration.version <= found) continue;
      try {
        db.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreError(
          `upgrading ${path} to store schema ${migration.version} (${migration.description}) failed: ${reason}; ` +
            'the store was left unchanged',
        );
      }
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}
