import { StoreError } from './errors.js';
import type { SearchOptions } from './types.js';

/** Marks matched terms in snippets; renderers may turn these into highlighting. */
export const SNIPPET_MARK = { open: '[', close: ']', ellipsis: '…' } as const;
export const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 1000;
/** A date, optionally with a time: enough to compare against stored ISO 8601 `published` values. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export interface SearchParams {
  query: string;
  outlet: string | null;
  since: string | null;
  limit: number;
}

/** Checks search input up front so mistakes come back as StoreErrors that say what to fix. */
export function searchParams(query: string, options: SearchOptions = {}): SearchParams {
  if (query.trim() === '') throw new StoreError('search query is empty; give at least one word to search for');
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw new StoreError(`search limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}, not ${limit}`);
  }
  const since = options.since?.trim() || null;
  if (since !== null && !ISO_DATE.test(since)) {
    throw new StoreError(`search "since" must be an ISO 8601 date such as 2022-02-17, not "${since}"`);
  }
  const outlet = options.outlet?.trim() || null;
  return { query, outlet, since, limit };
}

/** SQLite messages that mean the FTS5 query itself is malformed (rather than the store failing). */
const QUERY_ERROR = /fts5: syntax error|unterminated string|no such column|unknown special query|fts5:.*(phrase|column)/i;

/** Rewrites an FTS5 query error as a StoreError; returns undefined for any other error. */
export function queryError(query: string, error: unknown): StoreError | undefined {
  if (!(error instanceof Error) || !QUERY_ERROR.test(error.message)) return undefined;
  const column = /no such column: (\S+)/.exec(error.message)?.[1];
  const why = column
    ? `"${column}:" names a column, and only title: and text: exist`
    : error.message.replace(/^fts5: /, '');
  return new StoreError(
    `search query ${JSON.stringify(query)} is not valid full-text query syntax (${why}); ` +
      'put words or phrases in double quotes to search for them literally',
  );
}
