// The store: a SQLite collection of articles (every version), their readings, a full-text index
// and the current story grouping, kept between runs of corroborate.
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './types.js';

export { StoreError } from './errors.js';
export { articleIdentity, contentHash } from './identity.js';
export { LATEST_VERSION as STORE_SCHEMA_VERSION } from './migrations.js';
export { SNIPPET_MARK } from './search.js';
export type { AddResult, SearchHit, SearchOptions, Store, StoredArticle, StorySummary } from './types.js';

/**
 * Opens the store at `path`, creating it (but never its directory) when missing and upgrading an
 * older schema. Throws StoreError for a path that is not a corroborate store, a missing directory,
 * or a store written by a newer corroborate.
 */
export function openStore(path: string, options?: { readonly?: boolean }): Store {
  return new SqliteStore(path, options);
}
