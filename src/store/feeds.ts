// Feed state rows (the `feeds` table, both backends) ↔ FeedState.
import { StoreError } from './errors.js';
import type { FeedState } from './types.js';

export interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_polled: string | null;
  next_poll: string | null;
  failures: number;
  last_error: string | null;
}

export const FEED_COLUMNS = 'url, etag, last_modified, last_polled, next_poll, failures, last_error';

export function toFeedState(row: FeedRow): FeedState {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolled: row.last_polled,
    nextPoll: row.next_poll,
    failures: Number(row.failures),
    lastError: row.last_error,
  };
}

/** The row for a state; rejects what the table would (empty URL, negative or fractional failures). */
export function toFeedRow(state: FeedState): FeedRow {
  if (state.url.trim() === '') throw new StoreError('a feed state needs a URL');
  if (!Number.isInteger(state.failures) || state.failures < 0) {
    throw new StoreError(`feed ${state.url}: failures must be a whole number ≥ 0, not ${state.failures}`);
  }
  return {
    url: state.url,
    etag: state.etag,
    last_modified: state.lastModified,
    last_polled: state.lastPolled,
    next_poll: state.nextPoll,
    failures: state.failures,
    // PostgreSQL text cannot hold U+0000; an error message is the only free text here.
    last_error: state.lastError === null ? null : state.lastError.replace(/\u0000/g, ''),
  };
}
