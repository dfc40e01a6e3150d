// The store: a collection of articles (every version), their readings, a full-text index and the
// current story grouping, kept between runs of corroborate — in a SQLite file, or in a PostgreSQL
// database that several processes share.
import { PgStore } from './postgres/pg-store.js';
import { SqliteStore } from './sqlite-store.js';
import { isPostgresTarget, redactTarget } from './target.js';
import type { OpenOptions, Store } from './types.js';

export { StaleGroupingError, StoreError } from './errors.js';
export { articleIdentity, contentHash } from './identity.js';
export { LATEST_VERSION as STORE_SCHEMA_VERSION } from './migrations.js';
export { PG_MIGRATIONS, PG_SCHEMA } from './postgres/migrations.js';
export { PgStore } from './postgres/pg-store.js';
export { SNIPPET_MARK } from './search.js';
export { isPostgresTarget, redactTarget } from './target.js';
export type {
  AddResult,
  FeedState,
  GroupingChange,
  LinkGeneration,
  LinkLog,
  ManifestEntry,
  ManifestSlice,
  OpenOptions,
  SearchHit,
  SearchOptions,
  Store,
  StoredArticle,
  StoredStoryKey,
  StorySummary,
  StoryWrite,
  TitleFields,
  SeenPosition,
} from './types.js';

/**
 * Opens the store at `target`: a `postgres://` or `postgresql://` URL is a PostgreSQL database
 * (its schema "corroborate" is created and upgraded as needed), anything else a SQLite file
 * (created, but never its directory, when missing). Rejects with a StoreError that names the target
 * (passwords redacted) for something that is not a corroborate store, a store written by a newer
 * corroborate, or one that cannot be reached.
 */
export async function openStore(target: string, options: OpenOptions & { connections?: number } = {}): Promise<Store> {
  if (isPostgresTarget(target)) return PgStore.open(target.trim(), redactTarget(target.trim()), options);
  return new SqliteStore(target, options);
}
export { searchCollection, type CollectionQuery } from './search-collection.js';
