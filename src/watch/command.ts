// `corroborate watch <feed-url | opml-file>...`: poll feeds into a collection, incrementally and
// resumably (feed state lives in the store).
import { readFile } from 'node:fs/promises';
import type { Io, RunState } from '../cli/context.js';
import { openCollection, stopSignal, UsageError, warn, writeJsonLine } from '../cli/context.js';
import { OpmlError, parseOpml } from './opml.js';
import type { PollReport } from './poll.js';
import { DEFAULT_INTERVAL_MS, runWatch } from './watcher.js';

export interface WatchFlags {
  db: string;
  interval?: string;
  once?: boolean;
  json?: boolean;
}

const URL_ARGUMENT = /^https?:\/\//i;

/** Feed URLs from the arguments: URLs as given, OPML files expanded, each feed once. */
export async function feedsFrom(args: readonly string[]): Promise<string[]> {
  const feeds: string[] = [];
  for (const arg of args) {
    if (URL_ARGUMENT.test(arg)) {
      try {
        feeds.push(new URL(arg).href);
      } catch {
        throw new UsageError(`${arg} is not a valid URL`);
      }
      continue;
    }
    let text: string;
    try {
      text = await readFile(arg, 'utf8');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      throw new UsageError(code === 'ENOENT' ? `${arg}: no such file (give a feed URL or an OPML file)` : `${arg}: ${(error as Error).message}`);
    }
    let urls: string[];
    try {
      urls = parseOpml(text);
    } catch (error) {
      if (error instanceof OpmlError) throw new UsageError(`${arg} ${error.message}; give feed URLs or OPML files`);
      throw error;
    }
    if (urls.length === 0) throw new UsageError(`${arg}: the OPML file lists no feeds (no <outline xmlUrl="http…">)`);
    feeds.push(...urls);
  }
  return [...new Set(feeds)];
}

function intervalMs(value: string | undefined): number {
  if (value === undefined) return DEFAULT_INTERVAL_MS;
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new UsageError(`--interval must be a positive number of minutes, not "${value}"`);
  return minutes * 60_000;
}

/** The human line for one poll. */
export function describePoll(report: PollReport): string {
  switch (report.status) {
    case 'not-modified':
      return `${report.feed}: 304 not modified`;
    case 'failed':
      return `${report.feed}: failed (${report.error}); ${report.failures} failure(s) in a row, next poll at ${report.nextPoll}`;
    case 'waiting':
      return `${report.feed}: backing off after ${report.failures} failure(s) (${report.error}); next poll at ${report.nextPoll}`;
    case 'ok': {
      const parts = [`${report.new} new`, `${report.known} known`];
      const stored = report.articles.filter((a) => a.status !== 'unchanged').length;
      if (stored !== report.new) parts.push(`${stored} stored`);
      if (report.problems > 0) parts.push(`${report.problems} unreadable`);
      if (report.deferred > 0) parts.push(`${report.deferred} left for the next poll`);
      return `${report.feed}: ${parts.join(', ')}`;
    }
  }
}

export async function watchCommand(args: string[], flags: WatchFlags, io: Io, state: RunState): Promise<void> {
  const feeds = await feedsFrom(args);
  const interval = intervalMs(flags.interval);
  const store = await openCollection(flags.db);
  const { signal, release } = stopSignal();
  try {
    const summary = await runWatch(store, {
      feeds,
      intervalMs: interval,
      once: flags.once,
      web: state.ingest.web,
      maxBytes: state.ingest.maxBytes,
      signal,
      onReport: (report) => {
        if (flags.json) writeJsonLine(io, report);
        else io.stdout.write(`${describePoll(report)}\n`);
      },
      onProblem: (message) => warn(io, message),
      onRegroup: (stories) => {
        if (flags.json) writeJsonLine(io, { regrouped: stories });
      },
    });
    // With --once the exit status tells cron whether every feed and item was read.
    if (summary.failedPolls > 0 || summary.problems > 0) state.failed = true;
    const line = `${store.path}: watch ${signal.aborted ? 'stopped' : 'finished'}: ${summary.polls} poll(s), ${summary.failedPolls} failed, ${summary.added} article(s) stored`;
    io.stderr.write(`${line}\n`);
  } finally {
    release();
    await store.close();
  }
}
