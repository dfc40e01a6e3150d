// When a feed is due, and its state after a poll. Pure: the time is given.
import type { FeedState } from '../store/index.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';

const iso = (ms: number): string => new Date(ms).toISOString();
const ms = (value: string | null): number | null => {
  if (value === null) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
};

/**
 * When `state`'s feed should next be polled, in ms (−Infinity: now). A failing feed waits for its
 * backoff in every mode; a healthy one waits one interval after its last poll, except with --once
 * (cron decides the interval then). Counting from the last poll rather than the stored next-poll
 * time lets a restart with another --interval take effect at once.
 */
export function dueAt(state: FeedState | undefined, intervalMs: number, once: boolean): number {
  if (!state) return -Infinity;
  if (state.failures > 0) return ms(state.nextPoll) ?? -Infinity;
  if (once) return -Infinity;
  const last = ms(state.lastPolled);
  return last === null ? -Infinity : last + intervalMs;
}

/** State after a successful poll: failures reset, validators as given, next poll one interval on. */
export function afterSuccess(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  now: number,
  intervalMs: number,
): FeedState {
  return { url, ...validators, lastPolled: iso(now), nextPoll: iso(now + intervalMs), failures: 0, lastError: null };
}

/** State after a failed poll: validators kept, one more failure, next poll after the backoff. */
export function afterFailure(
  url: string,
  previous: FeedState | undefined,
  error: string,
  now: number,
  policy: BackoffPolicy,
  random: () => number,
): FeedState {
  const failures = (previous?.failures ?? 0) + 1;
  return {
    url,
    etag: previous?.etag ?? null,
    lastModified: previous?.lastModified ?? null,
    lastPolled: iso(now),
    nextPoll: iso(now + backoffDelay(failures, policy, random)),
    failures,
    lastError: error,
  };
}
