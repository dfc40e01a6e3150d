// The watch loop: poll the feeds that are due, regroup the collection when articles arrived,
// sleep until the next feed is due; stop cleanly on a signal.
import { setTimeout as delay } from 'node:timers/promises';
import { WebSession, type WebOptions } from '../ingest/web.js';
import type { Store } from '../store/index.js';
import { Regrouper } from '../worker/regroup.js';
import type { BackoffPolicy } from './backoff.js';
import { pollFeed, type PollReport } from './poll.js';
import { dueAt } from './schedule.js';

export const DEFAULT_INTERVAL_MS = 15 * 60_000;
/** Longest backoff: a feed that keeps failing is still tried about once a day. */
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;

export interface WatchOptions {
  /** Feed URLs, polled in this order. */
  feeds: readonly string[];
  /** Time between two polls of a healthy feed (default 15 minutes). */
  intervalMs?: number;
  /** Poll every feed that is not backing off once, then return. */
  once?: boolean;
  /** Fetching: robots.txt, per-host delay, timeouts, size cap; maxLinks = new items read per poll (default 100). */
  web?: WebOptions;
  /** Fallback byte cap for pages when web.maxBytes is unset. */
  maxBytes?: number;
  /** Backoff of failing feeds (default: base one interval, cap one day). */
  backoff?: Partial<BackoffPolicy>;
  /** Clock in ms (default Date.now) and jitter source in [0, 1) (default Math.random): injectable for tests. */
  now?: () => number;
  random?: () => number;
  /** Waits `ms` or until the signal aborts (default: a timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Stops the watch: the current article is finished, then the loop ends. */
  signal?: AbortSignal;
  onReport?: (report: PollReport) => void;
  onProblem?: (message: string) => void;
  /** After a regroup, with the number of stories. */
  onRegroup?: (stories: number) => void;
}

export interface WatchSummary {
  rounds: number;
  polls: number;
  failedPolls: number;
  added: number;
  problems: number;
}

async function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch (error) {
    if (!(error instanceof Error && error.name === 'AbortError')) throw error;
  }
}

/** Runs the watch until `once` is done or the signal aborts; the caller opens and closes the store. */
export async function runWatch(store: Store, options: WatchOptions): Promise<WatchSummary> {
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const once = options.once ?? false;
  const maxLinks = options.web?.maxLinks ?? 100;
  const session = new WebSession({ ...options.web, maxLinks }, options.maxBytes);
  const backoff: BackoffPolicy = {
    baseMs: options.backoff?.baseMs ?? intervalMs,
    maxMs: options.backoff?.maxMs ?? Math.max(intervalMs, MAX_BACKOFF_MS),
  };
  const feeds = [...new Set(options.feeds)];
  const summary: WatchSummary = { rounds: 0, polls: 0, failedPolls: 0, added: 0, problems: 0 };
  const stopped = (): boolean => options.signal?.aborted ?? false;
  // Kept for the whole watch: each regroup places only the articles that arrived since the last.
  const regrouper = new Regrouper(store);

  while (!stopped() && feeds.length > 0) {
    summary.rounds++;
    // Read every round: another watch (PostgreSQL) may have polled a feed meanwhile.
    const states = new Map((await store.feedStates()).map((s) => [s.url, s]));
    let changed = 0;
    for (const feed of feeds) {
      if (stopped()) break;
      const previous = states.get(feed);
      if (dueAt(previous, intervalMs, once) > now()) {
        if (once && previous) {
          options.onReport?.({
            feed, status: 'waiting', new: 0, known: 0, deferred: 0, articles: [], problems: 0,
            error: previous.lastError, failures: previous.failures, nextPoll: previous.nextPoll,
          });
        }
        continue;
      }
      const { report, state } = await pollFeed(feed, previous, {
        store, session, maxLinks, intervalMs, backoff, now, random, signal: options.signal, onProblem: options.onProblem,
      });
      await store.saveFeedState(state);
      states.set(feed, state);
      summary.polls++;
      if (report.status === 'failed') summary.failedPolls++;
      summary.problems += report.problems;
      const stored = report.articles.filter((a) => a.status !== 'unchanged').length;
      summary.added += stored;
      changed += stored;
      options.onReport?.(report);
    }
    // Regroup even when stopping: the articles just stored belong in stories.
    if (changed > 0) {
      const { stories } = await regrouper.place();
      options.onRegroup?.(stories);
    }
    if (once || stopped()) break;
    const next = Math.min(...feeds.map((feed) => dueAt(states.get(feed), intervalMs, false)));
    // At least a second between rounds, so a clock that stands still cannot spin the loop.
    await sleep(Math.max(1000, next - now()), options.signal);
  }
  return summary;
}
