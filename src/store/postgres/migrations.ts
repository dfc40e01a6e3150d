import type { PoolClient } from 'pg';
import { StoreError } from '../errors.js';

/** Every table of a PostgreSQL store lives in this schema, so a database shared with other programs is safe. */
export const PG_SCHEMA = 'corroborate';
/** pg_advisory_xact_lock key serialising migrations across processes ("CROB" + 1). */
export const MIGRATION_LOCK = 0x43524f4201;

export interface PgMigration {
  version: number;
  description: string;
  sql: string;
}

/**
 * Ordered schema history, recorded one row per applied migration in schema_migrations. Never edit
 * a released migration: append one. All DDL runs in one transaction (PostgreSQL DDL is
 * transactional), so a failing migration leaves the store as it was.
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    description: 'articles with versions, full-text search, stories',
    sql: `
      -- One row per article identity; seq gives first-add order, current_version the version that
      -- articles(), search and stories use. identity is escaped (see nul-text.ts) and unique: two
      -- processes adding the same article meet on this constraint.
      CREATE TABLE articles (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        identity text NOT NULL UNIQUE,
        current_version integer NOT NULL
      );

      CREATE TABLE article_versions (
        vid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
        version integer NOT NULL CHECK (version >= 1),
        content_hash text NOT NULL,
        -- true when the strings below are stored escaped because one held U+0000
        escaped boolean NOT NULL DEFAULT false,
        input text NOT NULL,
        url text,
        title text,
        authors text NOT NULL,
        published text,
        -- published as an instant (isoInstant), for the search "since" filter
        published_at timestamptz,
        site text,
        language text,
        text text NOT NULL,
        notes text NOT NULL,
        reading text NOT NULL,
        added_at text NOT NULL,
        -- Title weighs more than text in ranking; a generated column cannot drift from the text.
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
        ) STORED,
        UNIQUE (id, version)
      );
      CREATE INDEX article_versions_search ON article_versions USING gin (search);

      ALTER TABLE articles ADD CONSTRAINT articles_current_version_fkey
        FOREIGN KEY (id, current_version) REFERENCES article_versions (id, version) DEFERRABLE INITIALLY DEFERRED;

      CREATE TABLE stories (
        id text PRIMARY KEY,
        position integer NOT NULL UNIQUE,
        title text NOT NULL,
        reasons text NOT NULL DEFAULT '[]',
        created_at text NOT NULL
      );

      CREATE TABLE story_articles (
        story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        article_id text NOT NULL REFERENCES articles (id),
        position integer NOT NULL,
        PRIMARY KEY (story_id, position),
        UNIQUE (story_id, article_id)
      );
      CREATE INDEX story_articles_by_article ON story_articles (article_id);
    `,
  },
  {
    version: 2,
    description: 'job queue for worker processes',
    sql: `
      CREATE TABLE jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('ingest', 'analyze', 'link')),
        payload text NOT NULL,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL DEFAULT 3,
        run_after timestamptz NOT NULL DEFAULT now(),
        -- a running job whose lease has passed belonged to a worker that died: it is taken again
        locked_until timestamptz,
        locked_by text,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      CREATE INDEX jobs_ready ON jobs (id) WHERE state IN ('queued', 'running');
      -- At most one regroup waiting at a time: adds that arrive while one waits share it.
      CREATE UNIQUE INDEX jobs_one_queued_link ON jobs (kind) WHERE kind = 'link' AND state = 'queued';
    `,
  },
  {
    version: 3,
    description: 'feed state for watch',
    sql: `
      -- One row per polled feed: validators for conditional GET and the backoff schedule, so a
      -- restarted watch resumes where it stopped. Times are ISO 8601 text, as elsewhere.
      CREATE TABLE feeds (
        url text PRIMARY KEY,
        etag text,
        last_modified text,
        last_polled text,
        next_poll text,
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        last_error text
      );
    `,
  },
  {
    version: 4,
    description: 'saved story index for incremental linking',
    sql: `
      -- At most one row: the serialised story index (StoryIndex.toJSON as JSON text) and how many
      -- articles it covers, so adding articles places only the new ones instead of regrouping all.
      CREATE TABLE link_state (
        one integer PRIMARY KEY CHECK (one = 1),
        articles integer NOT NULL CHECK (articles >= 0),
        state text NOT NULL
      );
    `,
  },
  {
    version: 5,
    description: 'story index log, grouping generation and story digests for incremental regroups',
    sql: `
      -- Articles added to the saved index since its snapshot (link_state), in the order they were added:
      -- a regroup that places a few articles appends them here instead of rewriting the snapshot.
      CREATE TABLE link_log (
        position integer PRIMARY KEY CHECK (position >= 0),
        article_id text NOT NULL,
        version integer NOT NULL CHECK (version >= 1)
      );
      -- Moves with every write of the grouping or the saved index (and its row lock serialises those
      -- writes): a long-lived process that finds it where it left it knows nobody else wrote.
      -- snapshot_generation: the generation that wrote the snapshot; while it stays, the index only grew
      -- by the log, so a process can catch up by re-adding the logged articles it has not seen.
      CREATE TABLE grouping_state (
        one integer PRIMARY KEY CHECK (one = 1),
        generation bigint NOT NULL CHECK (generation >= 0),
        snapshot_generation bigint NOT NULL DEFAULT 0
      );
      INSERT INTO grouping_state (one, generation) VALUES (1, 0);
      -- Digest of each story's members and reasons, so a regroup rewrites only the stories that changed.
      ALTER TABLE stories ADD COLUMN digest text;
      -- Lets the manifest (id, version, published of every current article) avoid the large version rows.
      CREATE INDEX article_versions_manifest ON article_versions (id, version) INCLUDE (published, escaped);
    `,
  },
  {
    version: 6,
    description: 'what the saved story index covers',
    sql: `
      -- What the saved index covers (SeenPosition), written with the grouping: a fresh process then reads
      -- only the articles added since, not the whole list (NULL: unknown, read it all).
      ALTER TABLE grouping_state ADD COLUMN seen_seq bigint;
      ALTER TABLE grouping_state ADD COLUMN seen_versions bigint;
    `,
  },
];

async function appliedVersion(client: PoolClient): Promise<number | null> {
  const table = await client.query<{ found: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS found`,
    [`${PG_SCHEMA}.schema_migrations`],
  );
  if (!table.rows[0]?.found) return null;
  const result = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${PG_SCHEMA}.schema_migrations`);
  return result.rows[0]?.version ?? 0;
}

async function schemaHasTables(client: PoolClient): Promise<boolean> {
  const result = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1`,
    [PG_SCHEMA],
  );
  return Number(result.rows[0]?.n ?? 0) > 0;
}

/**
 * Brings the store's schema up to the last of `migrations`. The transaction-level advisory lock
 * makes concurrent openers queue: the first applies the migrations, the others then find them
 * applied. Throws StoreError (naming `target`) for a newer schema, a schema of another program, a
 * read-only open of an unmigrated store, or a failing migration (rolled back whole).
 */
export async function migratePg(
  client: PoolClient,
  target: string,
  readonly: boolean,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
): Promise<void> {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`store migration ${index + 1} is numbered ${migration.version}`);
  });
  const latest = migrations.length;
  const check = async (): Promise<number> => {
    let found = await appliedVersion(client);
    // A concurrent opener may commit its migrations between the two reads: tables then appear with the
    // migrations table, so look for it once more before calling the schema foreign.
    if (found === null && (await schemaHasTables(client))) found = await appliedVersion(client);
    if (found === null && (await schemaHasTables(client))) {
      throw new StoreError(
        `${target} is not a corroborate store: its schema "${PG_SCHEMA}" holds tables of another program`,
      );
    }
    if ((found ?? 0) > latest) {
      throw new StoreError(
        `${target} was written by a newer version of corroborate (store schema ${found}; this version ` +
          `knows up to ${latest}). Upgrade corroborate to open it.`,
      );
    }
    return found ?? 0;
  };
  const current = await check();
  if (current === latest) return;
  if (readonly) {
    throw new StoreError(
      current === 0
        ? `${target} holds no corroborate store yet (nothing has been added to it)`
        : `${target} uses store schema ${current}, older than this version's ${latest}; ` +
            'open it once without read-only mode to upgrade it.',
    );
  }
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const found = await check(); // another process may have migrated while we waited
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${PG_SCHEMA}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${PG_SCHEMA}.schema_migrations (
         version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const migration of migrations) {
      if (migration.version <= found) continue;
      try {
        await client.query(`SET LOCAL search_path TO ${PG_SCHEMA}`);
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${PG_SCHEMA}.schema_migrations (version, description) VALUES ($1, $2)`, [
          migration.version,
          migration.description,
        ]);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreError(
          `upgrading ${target} to store schema ${migration.version} (${migration.description}) failed: ${reason}; ` +
            'the store was left unchanged',
        );
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
